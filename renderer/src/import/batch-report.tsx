// The one report at the end of a batch: how many files were imported, replaced, skipped and failed (and whether
// the reviewer cancelled part-way), then every file with its outcome — none is left out.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRunResult } from '../../../electron/shared/types';

interface Props {
  result: BatchRunResult;
  onOpen: (docId: string) => void;
  onClose: () => void;
}

/** Counts and the per-file outcomes. */
export function BatchReport({ result, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  // The Import and Cancel buttons are gone: focus moves to the report's action.
  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  const reasonText = (item: BatchRunResult['items'][number]) =>
    item.reason === null
      ? (item.message ?? '')
      : t(`batch.reason.${item.reason}`, { defaultValue: item.message ?? '' });
  return (
    <div className="batch-report">
      <p className="ok-text" role="status">
        {t('batch.summary', {
          imported: String(result.imported),
          replaced: String(result.replaced),
          skipped: String(result.skipped),
          failed: String(result.failed),
        })}
      </p>
      {result.cancelled && <p className="attention-text">{t('batch.cancelledNote')}</p>}
      <div className="batch-table-wrap">
        <table className="batch-table">
          <caption className="visually-hidden">{t('batch.reportCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('batch.file')}</th>
              <th scope="col">{t('batch.outcome')}</th>
              <th scope="col">{t('batch.details')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.index} className={item.status === 'failed' ? 'failed' : undefined}>
                <th scope="row" className="batch-file">
                  {item.file}
                </th>
                <td>
                  <span className={`batch-status batch-status-${item.status}`}>
                    {t(`batch.row.${item.status}`)}
                  </span>
                </td>
                <td>
                  {item.docId ? (
                    <button
                      type="button"
                      className="btn btn-link"
                      onClick={() => {
                        if (item.docId) onOpen(item.docId);
                      }}
                    >
                      {item.title ?? item.docId}
                    </button>
                  ) : (
                    <span className={item.status === 'failed' ? 'error-text' : 'muted'}>
                      {reasonText(item)}
                    </span>
                  )}
                  {item.warnings.length > 0 && (
                    <span className="muted"> · {t('batch.warnings', { count: item.warnings.length })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row-end">
        <button ref={closeRef} type="button" className="btn btn-primary" onClick={onClose}>
          {t('docImport.close')}
        </button>
      </div>
    </div>
  );
}
