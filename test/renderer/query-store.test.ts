// The renderer's query store over the real core behind `window.lectern`: a read is fetched once for all its
// listeners, a write refetches exactly the reads it invalidates (and only those someone is looking at), a
// created note is added from the answer without fetching the list again, and a remount starts empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LecternApi } from '../../electron/shared/api';
import { QueryStore } from '../../renderer/src/api/query-store';
import { installCore, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
/** Calls per channel that reached the core since the last reset. */
const calls = new Map<string, number>();

beforeAll(async () => {
  core = await installCore();
  // Count what reaches the core, channel by channel, without changing any answer.
  const api = core.api as unknown as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>;
  const counted: Record<string, unknown> = { on: core.api.on };
  for (const [domain, methods] of Object.entries(api)) {
    if (typeof methods !== 'object') continue;
    counted[domain] = Object.fromEntries(
      Object.entries(methods).map(([verb, fn]) => [
        verb,
        (r?: unknown) => {
          const channel = `${domain}:${verb}`;
          calls.set(channel, (calls.get(channel) ?? 0) + 1);
          return fn(r);
        },
      ]),
    );
  }
  window.lectern = counted as unknown as LecternApi;
});
afterAll(() => {
  core.close();
});

const settled = async (store: QueryStore, check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
  return store;
};

describe('query store', () => {
  it('fetches a read once for every listener and refetches it after a write that affects it', async () => {
    const store = new QueryStore();
    calls.clear();
    let heard = 0;
    const stopA = store.subscribe('annotations:list', {}, () => (heard += 1));
    const stopB = store.subscribe('annotations:list', {}, () => (heard += 1));
    await settled(store, () => store.read('annotations:list', {}).status === 'ready');
    expect(calls.get('annotations:list')).toBe(1);
    const before = store.read('annotations:list', {});
    expect(before.status === 'ready' ? before.value : null).toEqual([]);

    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(store.mutate('annotations:update', { id: unknown, note: 'x' })).rejects.toThrow();
    // A failed write invalidates nothing.
    expect(calls.get('annotations:list')).toBe(1);

    const made = await store.mutate('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_6',
      note: 'n',
    });
    await settled(store, () => {
      const s = store.read('annotations:list', {});
      return s.status === 'ready' && s.value.some((a) => a.id === made.id);
    });
    expect(calls.get('annotations:list')).toBe(2);
    expect(heard).toBeGreaterThanOrEqual(4);
    // Settings are not notes: changing one does not refetch the notes.
    await store.mutate('settings:update', { fontScale: 1.2 });
    expect(calls.get('annotations:list')).toBe(2);
    stopA();
    stopB();
  });

  it('forgets reads nobody looks at, so an invalidation fetches nothing for them', async () => {
    const store = new QueryStore();
    calls.clear();
    const stop = store.subscribe('tags:list', {}, () => undefined);
    await settled(store, () => store.read('tags:list', {}).status === 'ready');
    stop();
    expect(store.read('tags:list', {}).status).toBe('loading');
    await store.mutate('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_7',
      note: 'm',
      tags: ['x'],
    });
    expect(calls.get('tags:list')).toBe(1);
    // Asked for again, it comes fresh from the core.
    const again = store.subscribe('tags:list', {}, () => undefined);
    await settled(store, () => store.read('tags:list', {}).status === 'ready');
    const tags = store.read('tags:list', {});
    expect(tags.status === 'ready' ? tags.value.map((t) => t.name) : []).toContain('x');
    expect(calls.get('tags:list')).toBe(2);
    again();
  });

  it('adds a created note from the answer when told the list was updated by hand', async () => {
    const store = new QueryStore();
    const stop = store.subscribe('annotations:list', {}, () => undefined);
    await settled(store, () => store.read('annotations:list', {}).status === 'ready');
    calls.clear();
    const made = await store.mutate('annotations:create', { docId: 'decree-63-2020', eId: 'art_8' }, [
      'annotations:list',
    ]);
    store.update('annotations:list', {}, (list) => [made, ...list]);
    const now = store.read('annotations:list', {});
    expect(now.status === 'ready' ? now.value[0]?.id : null).toBe(made.id);
    expect(calls.get('annotations:list')).toBeUndefined();
    stop();
  });

  it('counts invalidations per channel for data loaded outside the cache', async () => {
    const store = new QueryStore();
    let told = 0;
    const stop = store.onInvalidate(() => (told += 1));
    const start = store.generation(['documents:nodes']);
    await store.mutate('annotations:create', { docId: 'decree-63-2020', eId: 'art_9' });
    expect(store.generation(['documents:nodes'])).toBe(start);
    store.invalidate(['documents:nodes']);
    expect(store.generation(['documents:nodes'])).toBe(start + 1);
    expect(told).toBe(2);
    stop();
  });
});
