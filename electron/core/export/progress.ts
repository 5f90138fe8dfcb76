// Progress, cancellation and back-pressure between layout steps: exports run on the main process's event loop,
// so each step yields to let an abort arrive and the file stream drain.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { LecternError } from '../errors';
import type { ProgressFn } from './types';

/** Something whose buffered output can be awaited (the atomic output file). */
export interface Drainable {
  drain(): Promise<void>;
}

const YIELD_EVERY = 16;

/** Counts steps, reports them, throws CANCELLED once the signal aborts, and yields to the event loop. */
export class Progress {
  private done = 0;

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
    if (this.done % YIELD_EVERY === 0) await yieldToLoop();
    if (this.sink !== null) await this.sink.drain();
    this.check();
  }

  private check(): void {
    if (this.signal?.aborted === true) throw new LecternError('CANCELLED', 'Export cancelled');
  }
}
