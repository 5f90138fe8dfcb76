// The core client against a real core worker over a real data folder (real SQLite, the built corpus): calls
// answered with the dispatch envelope, junk refused, dialogs answered on this thread, a running export cancelled,
// and a worker terminated mid-call answered with an error and replaced.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../../electron/app/platform';
import { openServices } from '../../../electron/app/open-services';
import { startCore } from '../../../electron/app/worker/core-client';
import type { CoreClient, CoreCrash, CoreClientOptions } from '../../../electron/app/worker/core-client';
import type { CoreLogEntry } from '../../../electron/app/worker/protocol';
import { SOURCE_WORKER } from '../../../electron/app/worker/worker-launch';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import type { JobProgress } from '../../../electron/shared/events';
import { scriptedPlatform } from '../../support/services';

const corpusDir = defaultCorpusLocation().dir;
const folders: string[] = [];
const clients: CoreClient[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-core-client-'));
  folders.push(dir);
  return dir;
}

function start(platform: Platform, extra: Partial<CoreClientOptions> = {}): CoreClient {
  const client = startCore({
    entry: SOURCE_WORKER,
    services: { corpusDir, dataDir: tempDir() },
    platform,
    ...extra,
  });
  clients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('core client and worker', () => {
  let core: CoreClient;
  let scripted: ReturnType<typeof scriptedPlatform>;
  const logs: CoreLogEntry[] = [];
  let outDir: string;
  beforeAll(async () => {
    outDir = tempDir();
    scripted = scriptedPlatform({ save: [join(outDir, 'notes.json'), null] });
    core = start(scripted.platform, { log: (e) => logs.push(e) });
    expect(await core.ready).toEqual([]);
  });

  it('answers contract calls with the dispatch envelope, reads and writes alike', async () => {
    const list = await core.invoke('documents:list', {});
    expect(list.ok && (list.value as { docId: string }[]).map((d) => d.docId)).toContain('decree-63-2020');
    const created = await core.invoke('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      note: 'Worker note',
    });
    expect(created).toMatchObject({ ok: true, value: { note: 'Worker note' } });
    const found = await core.invoke('annotations:list', { docId: 'decree-63-2020' });
    expect(found.ok && (found.value as { note: string }[]).map((a) => a.note)).toContain('Worker note');
    const info = await core.invoke('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { shell: 'test-host', version: '0.0.0-test' } });
  });

  it('refuses junk with the envelope error, before any handler runs', async () => {
    expect(await core.invoke('documents:drop', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await core.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.invoke('documents:get', { docId: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await core.invoke('documents:get', 'x'.repeat(2_000_000))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
    // A function cannot be cloned into the worker: refused on this side.
    expect(await core.invoke('documents:list', { f: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(logs.some((e) => e.event === 'ipc-failed' && e.code === 'INVALID_INPUT')).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('etc/passwd');
  });

  it('asks this thread for the save path and writes there; a cancelled dialog answers null', async () => {
    const saved = await core.invoke('annotations:export', { format: 'json', docId: 'decree-63-2020' });
    expect(saved).toMatchObject({ ok: true, value: { outPath: join(outDir, 'notes.json'), count: 1 } });
    expect(readFileSync(join(outDir, 'notes.json'), 'utf8')).toContain('Worker note');
    expect(await core.invoke('annotations:export', { format: 'csv' })).toEqual({ ok: true, value: null });
    // The proposed names say what was exported and when (electron/core/export/export-file-name.ts).
    expect(scripted.asked).toEqual([
      expect.stringMatching(/^save:Decree 63-2020-ND-CP – notes – \d{4}-\d{2}-\d{2}\.lectern-notes\.json$/),
      expect.stringMatching(/^save:All documents – notes – \d{4}-\d{2}-\d{2}\.csv$/),
    ]);
  });
});

describe('long jobs in the worker', () => {
  it('reports progress to this thread and cancels a running export when asked from here', async () => {
    const outDir = tempDir();
    const base = scriptedPlatform({ save: [join(outDir, 'decree.pdf')] });
    const progress: JobProgress[] = [];
    let core: CoreClient | null = null;
    const cancel: { sent: Promise<unknown> | null } = { sent: null };
    const platform: Platform = {
      ...base.platform,
      progress: (p) => {
        progress.push(p);
        // The first progress event: the export is running in the worker; cancel it as the UI's button does.
        cancel.sent ??= core?.invoke('export:cancel', { jobId: p.jobId }) ?? null;
      },
    };
    core = start(platform);
    await core.ready;
    const result = await core.invoke('export:pdf', { jobId: 'job-cancel', docId: 'decree-63-2020' });
    expect(await cancel.sent).toEqual({ ok: true, value: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(progress.length).toBeGreaterThan(0);
    expect(existsSync(join(outDir, 'decree.pdf'))).toBe(false);
    // Nothing is running any more: a second cancel finds no job.
    expect(await core.invoke('export:cancel', { jobId: 'job-cancel' })).toEqual({ ok: true, value: false });
  });

  it('finishes an export that nobody cancels, with progress up to the total', async () => {
    const outDir = tempDir();
    const scripted = scriptedPlatform({ save: [join(outDir, 'decree.pdf')] });
    const core = start(scripted.platform);
    const result = await core.invoke('export:pdf', { jobId: 'job-full', docId: 'decree-63-2020' });
    expect(result).toMatchObject({ ok: true, value: { outPath: join(outDir, 'decree.pdf') } });
    const last = scripted.progress.at(-1);
    expect(last?.done).toBe(last?.total);
  });
});

describe('start-up and a worker that dies', () => {
  it('answers the pending call with a clear error, restarts, and serves the next call', async () => {
    let asked: () => void = () => undefined;
    const dialogOpen = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const hanging: Platform = {
      ...scriptedPlatform().platform,
      chooseSavePath: () => {
        asked();
        return new Promise(() => undefined);
      },
    };
    const crashes: CoreCrash[] = [];
    const core = start(hanging, { onCrash: (c) => crashes.push(c) });
    await core.ready;
    const saved = await core.invoke('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_6',
      note: 'Written before the crash',
    });
    expect(saved.ok).toBe(true);
    const pending = core.invoke('export:pdf', { jobId: 'job-crash', docId: 'decree-63-2020' });
    await dialogOpen;
    const first = core.worker;
    await first.terminate();
    const answer = await pending;
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!answer.ok && answer.error.message).toMatch(/stopped unexpectedly and was restarted.*export:pdf/);
    expect(crashes).toEqual([{ reason: 'exit code 1', restarted: true }]);
    expect(core.restarts).toBe(1);
    expect(core.worker).not.toBe(first);
    const list = await core.invoke('documents:list', {});
    expect(list.ok).toBe(true);
    // The new worker opened the same user.sqlite: what was committed before the crash is there.
    const notes = await core.invoke('annotations:list', { docId: 'decree-63-2020' });
    expect(notes.ok && (notes.value as { note: string }[]).map((n) => n.note)).toContain(
      'Written before the crash',
    );
  });

  it('gives up after the restart limit and then fails every call at once', async () => {
    const crashes: CoreCrash[] = [];
    const core = start(scriptedPlatform().platform, { maxRestarts: 0, onCrash: (c) => crashes.push(c) });
    await core.ready;
    await core.worker.terminate();
    await expect.poll(() => crashes.length).toBe(1);
    expect(crashes[0]?.restarted).toBe(false);
    expect(await core.invoke('documents:list', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('restart Lectern') as string },
    });
    await core.close();
  });

  it('hands the start-up notices (a damaged user.sqlite recovered) to the host with `ready`', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'user.sqlite'), Buffer.from('this is not an SQLite database '.repeat(200)));
    const core = startCore({
      entry: SOURCE_WORKER,
      services: { corpusDir, dataDir },
      platform: scriptedPlatform().platform,
    });
    clients.push(core);
    const notices = await core.ready;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/notes database was damaged/);
  });

  it('answers at once and re-anchors notes of a changed text afterwards, with progress and a late notice', async () => {
    const dataDir = tempDir();
    const seeded = openServices({ corpusDir, dataDir });
    const ids = [5, 6, 7].map(
      (n) => seeded.annotations.create({ docId: 'decree-63-2020', eId: `art_${n}`, note: `on ${n}` }).id,
    );
    // As after an app upgrade whose corpus text differs: the notes were made on another text.
    seeded.userDb.db.prepare('UPDATE annotations SET doc_hash = ?').run('0'.repeat(64));
    seeded.close();
    const late: string[][] = [];
    const { platform, progress } = scriptedPlatform();
    const core = start(platform, {
      services: { corpusDir, dataDir },
      onLateNotices: (n) => late.push(n),
    });
    // Nothing to say on the way up; the pass reports when it is done.
    expect(await core.ready).toEqual([]);
    await expect.poll(() => late.length, { timeout: 20_000 }).toBe(1);
    expect(late[0]?.[0]).toContain('decree-63-2020: 3 unchanged');
    const steps = progress.filter((p: JobProgress) => p.kind === 'reanchor');
    expect(steps.at(-1)).toMatchObject({ jobId: 'startup-reanchor', done: 3, total: 3 });
    const listed = await core.invoke('annotations:list', {});
    expect(listed.ok && (listed.value as { id: string; anchor: string }[]).map((a) => a.anchor)).toEqual(
      ids.map(() => 'anchored'),
    );
  });

  it('rejects `ready` when the worker entry cannot be loaded at all', async () => {
    const core = startCore({
      entry: join(tempDir(), 'no-such-core-worker.js'),
      services: { corpusDir, dataDir: tempDir() },
      platform: scriptedPlatform().platform,
    });
    clients.push(core);
    await expect(core.ready).rejects.toThrow(/no-such-core-worker|Cannot find/);
    expect(core.restarts).toBe(0);
  });

  it('rejects `ready` with the reason when the data cannot be opened', async () => {
    const core = startCore({
      entry: SOURCE_WORKER,
      services: { corpusDir: tempDir(), dataDir: tempDir() },
      platform: scriptedPlatform().platform,
    });
    clients.push(core);
    await expect(core.ready).rejects.toThrow(/corpus/i);
    expect(await core.invoke('documents:list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
