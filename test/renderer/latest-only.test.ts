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
});
