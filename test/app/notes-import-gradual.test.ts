// Issue 17: a hostile notes bundle (1,000 quotes off the local text, a foreign docHash) imported through the
// app's handler is placed a slice at a time — other calls are answered while it runs, progress is reported, Cancel
// stops it with nothing written — and what it re-anchored is never redone at the next start.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { listBackups } from '../../electron/core/userdb/backups';
import { hostileBundle } from '../support/hostile-bundle';
import { smallDecree } from '../support/small-decree';
import { dbFingerprint } from '../support/annotations/db-fingerprint';
import { openTestServices, scriptedPlatform } from '../support/services';

const COUNT = 1_000;
let env: ReturnType<typeof openTestServices> | null = null;
afterEach(() => {
  env?.cleanup();
  env = null;
});

function setUp(): { handlers: Handlers; progress: ReturnType<typeof scriptedPlatform>['progress'] } {
  env = openTestServices();
  const file = join(env.dataDir, 'hostile.lectern-notes.json');
  writeFileSync(file, hostileBundle(env.services.corpus, 'decree-63-2020', COUNT));
  const scripted = scriptedPlatform({ open: [file] });
  return { handlers: createHandlers(env.services, scripted.platform), progress: scripted.progress };
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('a notes import that re-anchors thousands of notes', () => {
  it('answers other calls while it places notes, reports progress and re-anchors them once', async () => {
    const { handlers, progress } = setUp();
    const order: string[] = [];
    const importing = call(handlers, 'annotations:import', { jobId: 'hostile', acceptUntrusted: true }).then(
      (r) => {
        order.push('import');
        return r;
      },
    );
    await turn();
    const listing = call(handlers, 'documents:list', {}).then((r) => {
      order.push('list');
      return r;
    });
    const [imported, listed] = await Promise.all([importing, listing]);
    expect(listed.ok).toBe(true);
    expect(order).toEqual(['list', 'import']);
    expect(imported.ok).toBe(true);
    if (!imported.ok || imported.value === null) throw new Error('import failed');
    expect(imported.value.added).toBe(COUNT);
    const steps = progress.filter((p) => p.jobId === 'hostile' && p.total === COUNT);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.map((p) => p.done)).toEqual([...steps.map((p) => p.done)].sort((a, b) => a - b));
    expect(steps.at(-1)?.done).toBe(COUNT);
    // Nothing of it matches the text: every note is an orphan, and none is left for a start-up pass.
    const list = env!.services.annotations.list({ docId: 'decree-63-2020' });
    expect(list.filter((a) => a.anchor === 'orphaned')).toHaveLength(COUNT);
    expect(env!.services.annotations.pendingReanchoring()).toEqual([]);
  });

  it('stops on Cancel with nothing written and no backup taken', async () => {
    const { handlers, progress } = setUp();
    const db = env!.services.userDb.db;
    const before = dbFingerprint(db);
    const backups = listBackups(env!.dataDir).length;
    const importing = call(handlers, 'annotations:import', { jobId: 'hostile-2', acceptUntrusted: true });
    while (!progress.some((p) => p.jobId === 'hostile-2' && p.done > 0)) await turn();
    expect((await call(handlers, 'export:cancel', { jobId: 'hostile-2' })).ok).toBe(true);
    const result = await importing;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    expect(dbFingerprint(db)).toBe(before);
    expect(listBackups(env!.dataDir)).toHaveLength(backups);
  });

  it('refuses, writing nothing, when a document is replaced while its notes are being placed', async () => {
    env = openTestServices();
    const { importer, annotations } = env.services;
    const text = (word: string) => ({ fileName: 'd.txt', bytes: Buffer.from(smallDecree(5, word), 'utf8') });
    const { document } = await importer.importFile(text('alpha'));
    const bundle = hostileBundle(env.services.corpus, document.docId, 200);
    let replaced = false;
    const importing = annotations.importNotesGradually(
      bundle,
      { acceptUntrusted: true },
      {
        sliceMs: 0,
        pause: async () => {
          if (replaced) return;
          replaced = true;
          await importer.importFile(text('beta'));
        },
        onProgress: () => undefined,
      },
    );
    await expect(importing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(replaced).toBe(true);
    expect(annotations.list({ docId: document.docId })).toEqual([]);
    expect(annotations.actions().filter((a) => a.kind === 'import')).toEqual([]);
  });
});
