// A job's progress bar (with Cancel while it runs, when the job can be cancelled) and its result or error,
// announced to screen readers. Focus stays in the dialog: on Cancel while the job runs, then on the button that
// started it once Cancel is gone.
import { useEffect, useRef, type RefObject } from 'react';
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
  /** The button that started the job: focus returns to it when the job ends with focus lost (Cancel removed). */
  startedBy?: RefObject<HTMLButtonElement | null>;
}

/** True when focus is nowhere useful for `root`'s dialog: on the page's body, outside it, or on a disabled control. */
function focusLost(root: HTMLElement): boolean {
  const dialog = root.closest('[role="dialog"]') ?? root;
  const active = document.activeElement;
  if (active === null || active === document.body || !dialog.contains(active)) return true;
  return active instanceof HTMLButtonElement && active.disabled;
}

/** Progress, result or error line for a dialog. */
export function JobStatus<T>({ state, describe, failedKey, onCancel, onReplace, startedBy }: Props<T>) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const running = state.status === 'running';
  // The start button disables itself while the job runs and Cancel goes away when it ends; either would leave
  // focus on <body>, outside the dialog.
  useEffect(() => {
    const el = root.current;
    if (el === null || !focusLost(el)) return;
    if (running) cancelButton.current?.focus();
    else startedBy?.current?.focus();
  }, [running, startedBy]);
  if (state.status === 'idle') return null;
  const cancelling = state.status === 'running' && state.cancelling === true;
  return (
    <div ref={root} className="job-status" role="status" aria-live="polite">
      {state.status === 'running' && (
        <>
          <progress
            aria-label={t('export.progress')}
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
          <span className="muted">{state.label}</span>
          {onCancel && (
            // aria-disabled rather than disabled while cancelling: a disabled button would drop focus.
            <button
              ref={cancelButton}
              type="button"
              className="btn"
              aria-disabled={cancelling}
              onClick={cancelling ? undefined : onCancel}
            >
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
