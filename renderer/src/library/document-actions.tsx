// Actions under an imported document in the library (and "Side by side" under any paired document).
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';

interface Props {
  doc: DocumentMeta;
  imported: boolean;
  pairedWith: string | null;
  onPair: () => void;
  onSideBySide: () => void;
  onRemove: () => void;
}

/** A small labelled group of buttons; nothing for a bundled document without a pair. */
export function DocumentActions({ doc, imported, pairedWith, onPair, onSideBySide, onRemove }: Props) {
  const { t } = useTranslation();
  if (!imported && pairedWith === null) return null;
  return (
    <div className="doc-actions" role="group" aria-label={t('docActions.group', { title: doc.shortTitle })}>
      {imported && <span className="doc-badge">{t('docActions.imported')}</span>}
      {pairedWith !== null && (
        <button type="button" className="btn btn-small" onClick={onSideBySide}>
          {t('docActions.sideBySide')}
        </button>
      )}
      {imported && (
        <>
          <button type="button" className="btn btn-small" onClick={onPair}>
            {t('docActions.pair')}
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={onRemove}>
            {t('docActions.remove')}
          </button>
        </>
      )}
    </div>
  );
}
