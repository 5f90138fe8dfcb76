// Progress leaving the core worker: the first and last event of a job always, in between at most one per interval.
import { describe, expect, it } from 'vitest';
import { throttleProgress } from '../../../electron/app/worker/progress-throttle';
import type { JobProgress } from '../../../electron/shared/events';

const step = (jobId: string, done: number, total = 10): JobProgress => ({
  jobId,
  kind: 'export',
  done,
  total,
  label: 'Decree',
});

describe('progress throttle', () => {
  it('keeps the first, one per interval and the last of each job, jobs apart', () => {
    let clock = 0;
    const sent: JobProgress[] = [];
    const send = throttleProgress(
      (p) => sent.push(p),
      50,
      () => clock,
    );
    for (let done = 1; done <= 10; done++) {
      send(step('a', done));
      send(step('b', done));
      clock += 20;
    }
    expect(sent.filter((p) => p.jobId === 'a').map((p) => p.done)).toEqual([1, 4, 7, 10]);
    expect(sent.filter((p) => p.jobId === 'b').map((p) => p.done)).toEqual([1, 4, 7, 10]);
  });

  it('forgets a finished job, so the same id starts afresh', () => {
    let clock = 0;
    const sent: number[] = [];
    const send = throttleProgress(
      (p) => sent.push(p.done),
      50,
      () => clock,
    );
    send(step('a', 10));
    clock += 1;
    send(step('a', 1));
    expect(sent).toEqual([10, 1]);
  });
});
