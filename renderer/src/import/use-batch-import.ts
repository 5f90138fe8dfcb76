// The state of one batch import in the renderer: reading the chosen or dropped files into a plan, the choice per
// file, importing with progress per file and overall (`job:progress`), cancelling (`export:cancel` with the job's
// id), and the final report. Every call goes through the API seam; nothing here sees a path.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchChoice, BatchPlan, BatchRunResult } from '../../../electron/shared/types';
import type { JobProgress } from '../../../electron/shared/events';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { useStore } from '../api/use-query';
import { newJobId } from '../dialogs/use-job';
import type { DropEntry } from './dropped-entries';
import { DROP_LIMIT, droppedFiles } from './dropped-files';

/** Where a file stands while the batch imports. */
export type RowStatus = NonNullable<JobProgress['step']>['status'] | 'waiting';

/** The batch's phase, with what each phase shows. */
type BatchState =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; total: number; file: string }
  | { phase: 'plan'; plan: BatchPlan; choices: ReadonlyMap<number, BatchChoice> }
  | {
      phase: 'running';
      plan: BatchPlan;
      choices: ReadonlyMap<number, BatchChoice>;
      done: number;
      total: number;
      rows: ReadonlyMap<number, RowStatus>;
      stopping: boolean;
    }
  | { phase: 'report'; plan: BatchPlan; result: BatchRunResult }
  | { phase: 'error'; message: string; tooMany?: number };

/** What the dialog and the library's buttons call. */
export interface BatchImport {
  state: BatchState;
  choose: (source: 'files' | 'folder') => Promise<void>;
  drop: (entries: readonly DropEntry[]) => Promise<void>;
  setChoice: (index: number, choice: BatchChoice) => void;
  start: () => Promise<void>;
  cancel: () => void;
  close: () => void;
}

/** The default choice of a planned file: new files are imported, duplicates skipped until the reviewer says. */
function defaultChoices(plan: BatchPlan): Map<number, BatchChoice> {
  return new Map(
    plan.items
      .filter((i) => i.status !== 'failed')
      .map((i) => [i.index, i.status === 'duplicate' ? 'skip' : 'import'] as const),
  );
}

/** Batch import state; `onImported` runs once after a batch that stored at least one document. */
export function useBatchImport(onImported: (result: BatchRunResult) => void): BatchImport {
  const { i18n } = useTranslation();
  const store = useStore();
  const [state, setState] = useState<BatchState>({ phase: 'idle' });
  const job = useRef<string | null>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(
    () =>
      getApi().on('job:progress', (p) => {
        if (p.jobId !== job.current) return;
        setState((s) => {
          if (s.phase === 'reading') return { phase: 'reading', done: p.done, total: p.total, file: p.label };
          if (s.phase !== 'running' || p.step === undefined) return s;
          const rows = new Map(s.rows).set(p.step.index, p.step.status);
          return { ...s, done: p.done, total: p.total, rows };
        });
      }),
    [],
  );

  const plan = useCallback(
    async (read: (jobId: string) => Promise<BatchPlan | null>) => {
      const current = stateRef.current;
      // One batch at a time: files dropped while another batch is read or imported are ignored; a preview still
      // open is replaced by the new one (and forgotten by the core).
      if (job.current !== null) return;
      if (current.phase === 'plan') void getApi().documents.batchDiscard({ batchId: current.plan.batchId });
      const jobId = newJobId();
      job.current = jobId;
      setState({ phase: 'reading', done: 0, total: 0, file: '' });
      try {
        const planned = await read(jobId);
        setState(
          planned === null
            ? { phase: 'idle' }
            : { phase: 'plan', plan: planned, choices: defaultChoices(planned) },
        );
      } catch (e) {
        setState({ phase: 'error', message: errorText(e, i18n) });
      } finally {
        job.current = null;
      }
    },
    [i18n],
  );

  const choose = useCallback(
    (source: 'files' | 'folder') =>
      plan((jobId) => unwrap(getApi().documents.batchChoose({ source, jobId }))),
    [plan],
  );

  const drop = useCallback(
    async (entries: readonly DropEntry[]) => {
      if (entries.length === 0) return;
      if (entries.length > DROP_LIMIT) {
        setState({ phase: 'error', message: '', tooMany: entries.length });
        return;
      }
      await plan(async (jobId) =>
        unwrap(getApi().documents.batchDrop({ dropped: await droppedFiles(entries), jobId })),
      );
    },
    [plan],
  );

  const setChoice = useCallback((index: number, choice: BatchChoice) => {
    setState((s) => (s.phase === 'plan' ? { ...s, choices: new Map(s.choices).set(index, choice) } : s));
  }, []);

  const start = useCallback(async () => {
    const s = stateRef.current;
    if (s.phase !== 'plan') return;
    const jobId = newJobId();
    job.current = jobId;
    const rows = new Map<number, RowStatus>(s.plan.items.map((i) => [i.index, 'waiting']));
    setState({ ...s, phase: 'running', done: 0, total: s.plan.items.length, rows, stopping: false });
    try {
      const choices = [...s.choices].map(([index, choice]) => ({ index, choice }));
      const result = await store.mutate('documents:batchImport', { batchId: s.plan.batchId, jobId, choices });
      setState({ phase: 'report', plan: s.plan, result });
      if (result.imported + result.replaced > 0) onImported(result);
    } catch (e) {
      setState({ phase: 'error', message: errorText(e, i18n) });
    } finally {
      job.current = null;
    }
  }, [onImported, i18n, store]);

  const cancel = useCallback(() => {
    const jobId = job.current;
    if (jobId === null) return;
    setState((s) => (s.phase === 'running' ? { ...s, stopping: true } : s));
    void getApi().export.cancel({ jobId });
  }, []);

  const close = useCallback(() => {
    const s = stateRef.current;
    if (s.phase === 'running') return;
    // Closing while the files are read stops the reading; the plan call then answers null (→ idle).
    if (s.phase === 'reading') {
      const jobId = job.current;
      if (jobId !== null) void getApi().export.cancel({ jobId });
      return;
    }
    if (s.phase === 'plan') void getApi().documents.batchDiscard({ batchId: s.plan.batchId });
    setState({ phase: 'idle' });
  }, []);

  return { state, choose, drop, setChoice, start, cancel, close };
}
