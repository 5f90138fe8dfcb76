// An external cross-reference opens a card naming the cited act; Lectern never links out (Article 6).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossRef } from '../../../electron/shared/types';
import { Popover, type AnchorRect } from './popover';

interface Props {
  refInfo: CrossRef;
  anchor: AnchorRect;
  onClose: () => void;
}

/** Card with the citation of an act that is not in the library. */
export function ExternalRefCard({ refInfo, anchor, onClose }: Props) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
  }, []);
  return (
    <Popover anchor={anchor} label={t('reader.externalRef')} className="ref-card" onClose={onClose}>
      <p className="card-kicker">{t('reader.citedAct')}</p>
      <p className="card-term">{refInfo.citedAct ?? refInfo.label}</p>
      {refInfo.citedAct && refInfo.citedAct !== refInfo.label && (
        <p className="card-body">“{refInfo.label}”</p>
      )}
      <p className="card-body muted">{t('reader.externalHint')}</p>
      <button ref={close} type="button" className="btn" onClick={onClose}>
        {t('reader.close')}
      </button>
    </Popover>
  );
}
