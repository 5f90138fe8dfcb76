import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../renderer/src/state/latest-only';

describe('latestOnly', () => {
  it('marks an older slow response stale once a newer call was made', async () => {
    let resolveSlow: (v: string) => void = () => {};
    const fn = latestOnly((q: string) =>
      q === 'old' ? new Promise<string>((r) => (resolveSlow = r)) : Promise.resolve(q),
    );
    const older = fn('old');
    const newer = await fn('new');
    resolveSlow('old');
    expect(newer).toEqual({ stale: false, value: 'new' });
    expect(await older).toEqual({ stale: true });
  });

  it('swallows the failure of an overtaken call, and still reports the newest call failing', async () => {
    let failSlow: (e: Error) => void = () => {};
    const fn = latestOnly((q: string) =>
      q === 'old'
        ? new Promise<string>((_, reject) => (failSlow = reject))
        : Promise.reject(new Error(`refused ${q}`)),
    );
    const older = fn('old');
    await expect(fn('new')).rejects.toThrow('refused new');
    failSlow(new Error('late failure'));
    expect(await older).toEqual({ stale: true });
  });
});
