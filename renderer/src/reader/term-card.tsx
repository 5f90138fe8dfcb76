// Definition of a defined term (Article 3), shown on hover or focus, with a link to the defining provision.
import { useTranslation } from 'react-i18next';
import type { DefinedTerm } from '../../../electron/shared/types';
import { Popover, type AnchorRect } from './popover';

interface Props {
  term: DefinedTerm;
  anchor: AnchorRect;
  citation: string;
  onGo: () => void;
  onClose: () => void;
  onHover: (inside: boolean) => void;
}

/** Tooltip-like card with the definition text. */
export function TermCard({ term, anchor, citation, onGo, onClose, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <Popover
      anchor={anchor}
      label={t('reader.definition')}
      role="tooltip"
      id="term-card"
      className="term-card"
      onClose={onClose}
      onMouseEnter={() => {
        onHover(true);
      }}
      onMouseLeave={() => {
        onHover(false);
      }}
    >
      <p className="card-kicker">{t('reader.definition')}</p>
      <p className="card-term">{term.term}</p>
      <p className="card-body">{term.definition}</p>
      <button type="button" className="link-button" onClick={onGo}>
        {t('reader.goToDefinition', { citation })}
      </button>
    </Popover>
  );
}
