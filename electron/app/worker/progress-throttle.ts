// Progress from the core worker to the host thread, at most one event per job every `intervalMs` (plus the first
// and the last): a 400-page export reports ~12,000 steps, and each event costs main a `webContents.send` and a
// taskbar update while a progress bar needs ~20 a second.
import type { JobProgress } from '../../shared/events';

/** Wraps `send`; drops intermediate events of a job that come sooner than `intervalMs` after the last one sent. */
export function throttleProgress(
  send: (progress: JobProgress) => void,
  intervalMs = 50,
  now: () => number = () => performance.now(),
): (progress: JobProgress) => void {
  const lastSent = new Map<string, number>();
  return (progress) => {
    const at = now();
    const finished = progress.total > 0 && progress.done >= progress.total;
    const previous = lastSent.get(progress.jobId);
    if (!finished && previous !== undefined && at - previous < intervalMs) return;
    if (finished) lastSent.delete(progress.jobId);
    else lastSent.set(progress.jobId, at);
    send(progress);
  };
}
