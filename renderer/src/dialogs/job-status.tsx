// A job's progress bar (with Cancel while it runs, when the job can be cancelled) and its result or error,
// announced to screen readers.
import { useTranslation } from 'react-i18next';
import type { JobState } from './use-job';

interface Props<T> {
  state: JobState<T>;
  describe: (value: T) => string;
  failedKey: string;
  /** Stops the running job; without it no Cancel button is shown. */
  onCancel?: () => void;
  /** Runs the job again replacing the existing file; shown when the core answered EXISTS (nothing written). */
  onReplace?: () => void;
}

/** Progress, result or error line for a dialog. */
export function JobStatus<T>({ state, describe, failedKey, onCancel, onReplace }: Props<T>) {
  const { t } = useTranslation();
  if (state.status === 'idle') return null;
  return (
    <div className="job-status" role="status" aria-live="polite">
      {state.status === 'running' && (
        <>
          <progress
            aria-label={t('export.progress')}
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
          <span className="muted">{state.label}</span>
          {onCancel && (
            <button type="button" className="btn" onClick={onCancel} disabled={state.cancelling === true}>
              {t('common.cancel')}
            </button>
          )}
        </>
      )}
      {state.status === 'done' && <p className="ok-text">{describe(state.value)}</p>}
      {state.status === 'cancelled' && <p className="muted">{t('common.cancel')}</p>}
      {state.status === 'error' && state.code === 'EXISTS' && onReplace ? (
        <p className="error-text">
          {t('export.exists', { message: state.message })}{' '}
          <button type="button" className="btn" onClick={onReplace}>
            {t('export.replace')}
          </button>
        </p>
      ) : (
        state.status === 'error' && <p className="error-text">{t(failedKey, { message: state.message })}</p>
      )}
    </div>
  );
}
