// Progress, cancellation and back-pressure between layout steps: exports run on the core worker's event loop,
// which also answers every other call, so the steps yield at least every YIELD_AFTER_MS of work to let an abort
// (or a search) in, and wait for the file stream to drain.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { LecternError } from '../errors';
import type { ProgressFn } from './types';

/** Something whose buffered output can be awaited (the atomic output file). */
interface Drainable {
  drain(): Promise<void>;
}

/** Longest stretch of steps between two yields; a step itself is ~0.1–5 ms (one provision or note). */
const YIELD_AFTER_MS = 8;

/** Counts steps, reports them, throws CANCELLED once the signal aborts, and yields to the event loop. */
export class Progress {
  private done = 0;
  private lastYield = performance.now();

  constructor(
    private readonly total: number,
    private readonly onProgress: ProgressFn | undefined,
    private readonly signal: AbortSignal | undefined,
    private readonly sink: Drainable | null,
  ) {
    this.check();
  }

  /** One unit of work finished. */
  async step(): Promise<void> {
    this.done += 1;
    this.onProgress?.(Math.min(this.done, this.total), this.total);
    if (performance.now() - this.lastYield >= YIELD_AFTER_MS) {
      await yieldToLoop();
      this.lastYield = performance.now();
    }
    if (this.sink !== null) await this.sink.drain();
    this.check();
  }

  private check(): void {
    if (this.signal?.aborted === true) throw new LecternError('CANCELLED', 'Export cancelled');
  }
}
