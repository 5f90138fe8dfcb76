// The start-up re-anchoring pass run in the background: the core answers calls as soon as it is open, and the
// notes of documents whose text changed are re-anchored a slice at a time, with progress on `job:progress`.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobProgress } from '../shared/events';
import type { AnchorReport } from '../core/annotations/model';
import type { Services } from './open-services';
import { describeReanchoring } from './open-services';

/** The job id of the start-up pass: `export:cancel` with it stops the pass (the next start goes on). */
export const REANCHOR_JOB_ID = 'startup-reanchor';

/** Notes matched between two turns of the event loop: small enough that a waiting call is answered at once. */
export const REANCHOR_SLICE = 25;

/** Longest stretch of matching between two turns, in milliseconds: notes that match nothing cost time each. */
const REANCHOR_SLICE_MS = 25;

/**
 * Runs the start-up pass over every document that needs it, reporting progress over all notes to look at;
 * resolves with the notice to show (null when nothing needed work). A stopped pass rejects with CANCELLED.
 */
export async function reanchorInBackground(
  services: Pick<Services, 'annotations' | 'corpus'>,
  progress: (p: JobProgress) => void,
  signal?: AbortSignal,
): Promise<string | null> {
  const pending = services.annotations.pendingReanchoring();
  const total = pending.reduce((n, p) => n + p.notes, 0);
  const reports: Record<string, AnchorReport> = {};
  let before = 0;
  for (const { docId, notes } of pending) {
    const label = services.corpus.getDocument(docId)?.shortTitle ?? docId;
    reports[docId] = await services.annotations.reanchorGradually(docId, {
      slice: REANCHOR_SLICE,
      sliceMs: REANCHOR_SLICE_MS,
      pause: () => nextTurn(),
      onProgress: (done) => {
        progress({ jobId: REANCHOR_JOB_ID, kind: 'reanchor', done: before + done, total, label });
      },
      ...(signal === undefined ? {} : { signal }),
    });
    before += notes;
  }
  if (pending.length > 0)
    progress({ jobId: REANCHOR_JOB_ID, kind: 'reanchor', done: total, total, label: '' });
  return describeReanchoring(reports);
}
