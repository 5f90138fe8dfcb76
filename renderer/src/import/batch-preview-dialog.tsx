// The batch import dialog: while files are read, a progress line; then one preview of every file with a choice
// per duplicate and Import / Cancel; while importing, progress per file and overall with a Cancel that stops after
// the current file; at the end, one report. Escape or ✕ while importing stops the batch instead of hiding it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/modal';
import { BatchPlanTable } from './batch-plan-table';
import { DROP_LIMIT } from './dropped-files';
import { BatchReport } from './batch-report';
import type { BatchImport } from './use-batch-import';

interface Props {
  batch: BatchImport;
  onOpen: (docId: string) => void;
}

/** Renders the dialog of the batch's current phase (nothing when idle). */
export function BatchPreviewDialog({ batch, onOpen }: Props) {
  const { t } = useTranslation();
  const { state } = batch;
  const stopRef = useRef<HTMLButtonElement>(null);
  const importing = state.phase === 'running';
  // The Import button that had focus gives way to Cancel: focus follows, so Enter or Space can stop the batch.
  useEffect(() => {
    if (importing) stopRef.current?.focus();
  }, [importing]);
  if (state.phase === 'idle') return null;
  if (state.phase === 'error') {
    return (
      <Modal title={t('batch.failedTitle')} onClose={batch.close}>
        <p className="error-text" role="alert">
          {state.tooMany === undefined
            ? t('batch.failed', { message: state.message })
            : t('batch.tooMany', { limit: String(DROP_LIMIT) })}
        </p>
        <div className="row-end">
          <button type="button" className="btn btn-primary" onClick={batch.close}>
            {t('common.ok')}
          </button>
        </div>
      </Modal>
    );
  }
  if (state.phase === 'reading') {
    return (
      <Modal title={t('batch.readingTitle')} onClose={batch.close}>
        <div className="job-status" role="status" aria-live="polite">
          <progress
            aria-label={t('batch.readingProgress')}
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
          <span className="muted">
            {state.total
              ? t('batch.reading', { done: String(state.done), total: String(state.total), file: state.file })
              : ''}
          </span>
        </div>
        <div className="row-end">
          <button type="button" className="btn" onClick={batch.close}>
            {t('docImport.cancel')}
          </button>
        </div>
      </Modal>
    );
  }
  if (state.phase === 'report') {
    return (
      <Modal title={t('batch.reportTitle', { count: state.result.items.length })} onClose={batch.close}>
        <BatchReport
          result={state.result}
          onClose={batch.close}
          onOpen={(docId) => {
            batch.close();
            onOpen(docId);
          }}
        />
      </Modal>
    );
  }
  const running = state.phase === 'running';
  const items = state.plan.items;
  const toImport = items.filter((i) => i.status !== 'failed' && state.choices.get(i.index) !== 'skip').length;
  const count = (status: string) => items.filter((i) => i.status === status).length;
  return (
    <Modal title={t('batch.title', { count: items.length })} onClose={running ? batch.cancel : batch.close}>
      <div className="batch-preview">
        <p>
          {t('batch.planSummary', {
            ready: String(count('ready')),
            duplicate: String(count('duplicate')),
            failed: String(count('failed')),
          })}
        </p>
        {running && (
          <div className="job-status" role="status" aria-live="polite">
            <progress aria-label={t('batch.overall')} max={state.total || 1} value={state.done} />
            <span className="muted">
              {t(state.stopping ? 'batch.stopping' : 'batch.progress', {
                done: String(state.done),
                total: String(state.total),
              })}
            </span>
          </div>
        )}
        <BatchPlanTable
          items={items}
          choices={state.choices}
          rows={running ? state.rows : null}
          onChoice={batch.setChoice}
        />
        <div className="row-end">
          {running ? (
            <button
              ref={stopRef}
              type="button"
              className="btn"
              disabled={state.stopping}
              onClick={batch.cancel}
            >
              {t('batch.stop')}
            </button>
          ) : (
            <>
              <button type="button" className="btn" onClick={batch.close}>
                {t('docImport.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                disabled={toImport === 0 && count('failed') === 0}
                onClick={() => {
                  void batch.start();
                }}
              >
                {t('batch.run', { count: toImport })}
              </button>
            </>
          )}
        </div>
      </div>
    </Modal>
  );
}
