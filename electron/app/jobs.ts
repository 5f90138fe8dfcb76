// Running long jobs (exports, imports) by the id the renderer chose, so `export:cancel` can abort them.
import { LecternError } from '../core/errors';

/** Tracks one AbortController per running job id. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  /** Runs `work` under a fresh AbortSignal; a second job with a running id is refused. */
  async run<T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new LecternError('CONFLICT', `Job ${jobId} is already running.`);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.running.delete(jobId);
    }
  }

  /** Aborts a running job; false when no job with that id is running. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Ids of jobs still running (for shutdown and tests). */
  ids(): string[] {
    return [...this.running.keys()];
  }
}
