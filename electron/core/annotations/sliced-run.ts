// One way for a long pass over notes (the start-up re-anchoring, placing a notes bundle's quotes) to share the core
// worker: it runs as a generator of progress steps, and after each slice — a count of steps or a stretch of time —
// it reports progress, pauses so waiting calls are answered, and stops with CANCELLED if the signal has fired.
import type { LecternError } from '../errors.js';

/** How a pass shares the core: slice size, the pause between slices, progress and cancellation. */
export interface SlicedPass {
  /** Steps between two pauses (absent: only the time limit counts). */
  slice?: number;
  /** Longest stretch between two pauses, in milliseconds (absent: only the count counts). */
  sliceMs?: number;
  /** Lets other work run (in the core worker: one turn of the event loop). */
  pause: () => Promise<void>;
  /** Steps done so far, of the total. */
  onProgress: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Runs `steps` (each yield is [done, total]) to its end and returns its result, pausing after each slice and
 * after the last step; `cancelled()` is thrown at a pause once `pass.signal` has fired, so nothing after it runs.
 */
export async function runSliced<R>(
  steps: Generator<readonly [number, number], R>,
  pass: SlicedPass,
  cancelled: () => LecternError,
): Promise<R> {
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    const [done, total] = step.value;
    const full =
      (pass.slice !== undefined && done % pass.slice === 0) ||
      performance.now() - sliceStart >= (pass.sliceMs ?? Infinity) ||
      done === total;
    if (!full) continue;
    pass.onProgress(done, total);
    await pass.pause();
    if (pass.signal?.aborted === true) throw cancelled();
    sliceStart = performance.now();
  }
}
