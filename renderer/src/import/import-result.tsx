// What an import did: the document is in the library, and when it replaced an earlier version, how its notes
// were re-anchored (unchanged / moved / fuzzy / left for review / orphaned).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '../../../electron/shared/types';

const OUTCOMES = ['unchanged', 'moved', 'fuzzy', 'review', 'orphaned'] as const;

interface Props {
  result: ImportCommitResult;
  onOpen: () => void;
  onClose: () => void;
}

/** The confirmation and re-anchoring report shown after a commit. */
export function ImportResult({ result, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const title = result.document.shortTitle;
  const openRef = useRef<HTMLButtonElement>(null);
  // The Import button that had focus is gone: move focus to the next useful action.
  useEffect(() => {
    openRef.current?.focus();
  }, []);
  return (
    <div className="import-result">
      <p className="ok-text" role="status">
        {t(result.replaced ? 'docImport.replaced' : 'docImport.done', { title })}
      </p>
      {result.replaced &&
        (result.reanchor ? (
          <table className="reanchor-table">
            <caption>{t('docImport.reanchorTitle')}</caption>
            <tbody>
              {OUTCOMES.map((k) => (
                <tr
                  key={k}
                  className={
                    (k === 'orphaned' || k === 'review') && result.reanchor?.[k] ? 'attention' : undefined
                  }
                >
                  <th scope="row">{t(`docImport.reanchor.${k}`)}</th>
                  <td>{result.reanchor?.[k] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('docImport.noNotes')}</p>
        ))}
      <div className="row-end">
        <button type="button" className="btn" onClick={onClose}>
          {t('docImport.close')}
        </button>
        <button ref={openRef} type="button" className="btn btn-primary" onClick={onOpen}>
          {t('docImport.openDocument')}
        </button>
      </div>
    </div>
  );
}
