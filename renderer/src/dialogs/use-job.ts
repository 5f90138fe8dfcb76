// Runs one long job (export or import) and follows its `job:progress` events until the call returns; `cancel`
// asks the core to stop it (`export:cancel`), after which the call ends with CANCELLED.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcErrorCode } from '../../../electron/shared/envelope';
import { ApiError, getApi } from '../api/client';
import { errorText } from '../api/error-text';

/** Progress and outcome of a job, shown plainly in the dialog. */
export type JobState<T> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; label: string; cancelling?: boolean }
  | { status: 'done'; value: T }
  | { status: 'cancelled' }
  | { status: 'error'; message: string; code?: IpcErrorCode };

/** Creates a job id the main process can tag progress events with. */
export function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** `run(fn)` passes a fresh job id to `fn` and tracks progress for it; `cancel()` stops the running job. */
export function useJob<T>(): {
  state: JobState<T>;
  run: (fn: (jobId: string) => Promise<T | null>) => Promise<void>;
  cancel: () => void;
} {
  const { i18n } = useTranslation();
  const [state, setState] = useState<JobState<T>>({ status: 'idle' });
  const jobId = useRef<string | null>(null);
  useEffect(
    () =>
      getApi().on('job:progress', (p) => {
        if (p.jobId !== jobId.current) return;
        setState((s) =>
          s.status === 'running' ? { ...s, done: p.done, total: p.total, label: p.label } : s,
        );
      }),
    [],
  );
  const run = useCallback(
    async (fn: (jobId: string) => Promise<T | null>) => {
      const id = newJobId();
      jobId.current = id;
      setState({ status: 'running', done: 0, total: 0, label: '' });
      try {
        const value = await fn(id);
        setState(value === null ? { status: 'cancelled' } : { status: 'done', value });
      } catch (e) {
        setState(
          e instanceof ApiError && e.code === 'CANCELLED'
            ? { status: 'cancelled' }
            : {
                status: 'error',
                message: errorText(e, i18n),
                ...(e instanceof ApiError ? { code: e.code } : {}),
              },
        );
      } finally {
        jobId.current = null;
      }
    },
    [i18n],
  );
  const cancel = useCallback(() => {
    const id = jobId.current;
    if (id === null) return;
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
    // The job's own call then ends with CANCELLED; a job that already finished simply is not found.
    void getApi().export.cancel({ jobId: id });
  }, []);
  return { state, run, cancel };
}
