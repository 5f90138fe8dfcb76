// The handler table over real services: the real corpus, real search, a real user.sqlite, real exports on disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call, dispatch } from '../../electron/app/dispatch';
import type { DispatchLogEntry, Handlers } from '../../electron/app/dispatch';
import { CHANNELS } from '../../electron/shared/contract';
import type { Annotation } from '../../electron/shared/types';
import { AnnotationService } from '../../electron/core/annotations/service';
import { openTempUserDb } from '../support/annotations/temp-db';
import { openTestServices, scriptedPlatform } from '../support/services';

let env: ReturnType<typeof openTestServices>;
let handlers: Handlers;
let scripted: ReturnType<typeof scriptedPlatform>;
const logged: DispatchLogEntry[] = [];

beforeAll(() => {
  env = openTestServices();
  scripted = scriptedPlatform({
    save: [
      join(env.dataDir, 'decree.pdf'),
      null,
      join(env.dataDir, 'notes.lectern-notes.json'),
      join(env.dataDir, 'report.md'),
    ],
    open: [join(env.dataDir, 'notes.lectern-notes.json')],
  });
  handlers = createHandlers(env.services, scripted.platform);
});
afterAll(() => {
  env.cleanup();
});

const value = async <T>(pending: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> => {
  const result = await pending;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};

describe('handler table', () => {
  it('has a function for every channel of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
  });

  it('serves documents, their nodes (the tree and its text), refs and terms', async () => {
    const docs = await value(call(handlers, 'documents:list', {}));
    expect(docs.map((d) => d.docId)).toContain('decree-63-2020');
    const nodes = await value(call(handlers, 'documents:nodes', { docId: 'decree-63-2020' }));
    expect(nodes.filter((e) => e.kind === 'chapter')).toHaveLength(5);
    const children = nodes.filter((n) => n.parentEId === 'art_6').map((c) => c.eId);
    expect(children).toContain('art_6__cl_1');
    expect(nodes.find((n) => n.eId === 'art_6__cl_1')?.text).toMatch(/state secrets/i);
    const terms = await value(call(handlers, 'documents:terms', { docId: 'decree-63-2020' }));
    expect(terms.length).toBeGreaterThan(0);
  });

  it('maps unknown ids to NOT_FOUND and bad input to INVALID_INPUT, without stacks', async () => {
    const missing = await dispatch(handlers, 'documents:get', { docId: 'no-such-doc' });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/no-such-doc/) as string, language: 'en' },
    });
    const bad = await dispatch(handlers, 'reading:setPosition', { docId: 'decree-63-2020' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.message).toMatch(/eId/);
      expect(JSON.stringify(bad)).not.toMatch(/\bat \S+:\d+/);
    }
  });

  it('searches the real index', async () => {
    const result = await value(call(handlers, 'search:query', { query: 'state secrets' }));
    const hits = result.groups.flatMap((g) => g.hits);
    expect(hits.some((h) => h.docId === 'decree-63-2020' && h.eId.startsWith('art_6'))).toBe(true);
  });

  it('creates, lists, updates, deletes, restores and undoes annotations in user.sqlite', async () => {
    const node = env.services.corpus.getNode('decree-63-2020', 'art_6__cl_1')!;
    const exact = node.text.slice(0, 9);
    const created = await value<Annotation>(
      call(handlers, 'annotations:create', {
        docId: 'decree-63-2020',
        eId: 'art_6__cl_1',
        position: { start: 0, end: 9 },
        quote: exact,
        note: 'Check with counsel',
        tags: ['secrecy'],
      }),
    );
    expect(created.target.quote?.exact).toBe(exact);
    const listed = await value(call(handlers, 'annotations:list', { docId: 'decree-63-2020' }));
    expect(listed.map((a) => a.id)).toContain(created.id);
    const updated = await value(call(handlers, 'annotations:update', { id: created.id, color: 'green' }));
    expect(updated.color).toBe('green');
    // Attach moves the note to text the reviewer chose; junk is refused at the boundary.
    const moved = await value(
      call(handlers, 'annotations:attach', {
        id: created.id,
        eId: 'art_6__cl_2',
        position: { start: 0, end: 5 },
      }),
    );
    expect(moved.target).toMatchObject({ eId: 'art_6__cl_2', position: { start: 0, end: 5 } });
    const junk = await call(handlers, 'annotations:attach', {
      id: created.id,
      eId: 'art_6__cl_2',
      start: 'x',
    });
    expect(junk.ok).toBe(false);
    await value(call(handlers, 'annotations:attach', { id: created.id, eId: 'art_6__cl_1', quote: exact }));
    expect((await value(call(handlers, 'tags:list', {}))).map((t) => t.name)).toContain('secrecy');
    const deleted = await value(call(handlers, 'annotations:delete', { id: created.id }));
    expect(deleted.deleted).not.toBeNull();
    const restored = await value(call(handlers, 'annotations:restore', { id: created.id }));
    expect(restored.deleted).toBeNull();
    // Notes join search through the seam; the hit carries the annotation's id.
    const noteHits = await value(call(handlers, 'search:query', { query: 'counsel' }));
    expect(noteHits.groups.flatMap((g) => g.hits).map((h) => h.annotationId)).toContain(created.id);
    const history = await value(call(handlers, 'annotations:history', { id: created.id }));
    expect(history.map((h) => h.kind)).toEqual(
      expect.arrayContaining(['create', 'update', 'delete', 'restore']),
    );
    const undone = await value(call(handlers, 'annotations:undo', {}));
    expect(undone.undone.kind).toBe('restore');
    const deletedIds = async () =>
      (await value(call(handlers, 'annotations:list', { deleted: 'only' }))).map((a) => a.id);
    expect(await deletedIds()).toContain(created.id);
    const redone = await value(call(handlers, 'annotations:redo', {}));
    expect([redone.undone.kind, redone.original.kind]).toEqual(['undo', 'restore']);
    expect(await deletedIds()).not.toContain(created.id);
    const nothing = await call(handlers, 'annotations:redo', {});
    expect(nothing.ok ? null : nothing.error.code).toBe('NOT_FOUND');
  });

  it('exports an annotated PDF to the dialog-chosen path with progress, and returns null when cancelled', async () => {
    const result = await value(call(handlers, 'export:pdf', { jobId: 'job-1', docId: 'decree-63-2020' }));
    expect(result?.outPath).toBe(join(env.dataDir, 'decree.pdf'));
    expect(readFileSync(join(env.dataDir, 'decree.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result!.pages).toBeGreaterThan(3);
    const mine = scripted.progress.filter((p) => p.jobId === 'job-1');
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.at(-1)!.done).toBe(mine.at(-1)!.total);
    expect(await value(call(handlers, 'export:pdf', { jobId: 'job-2', docId: 'decree-63-2020' }))).toBeNull();
  });

  it('lists an exchange conflict and resolves it (keep theirs) in one undoable action', async () => {
    // A second machine: its own user.sqlite over the same corpus, exchanging bundles as text.
    const other = openTempUserDb();
    const b = new AnnotationService({ db: other.db, corpus: env.services.corpus, author: () => 'B' });
    const mine = env.services.annotations;
    try {
      const n = await value(
        call(handlers, 'annotations:create', { docId: 'decree-63-2020', eId: 'art_6', note: 'v0' }),
      );
      b.importNotes(mine.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
      await value(call(handlers, 'annotations:update', { id: n.id, note: 'mine' }));
      b.update({ id: n.id, note: 'theirs' });
      expect(
        mine.importNotes(b.exportNotes({ format: 'json' }).text, { acceptUntrusted: true }).conflicts,
      ).toHaveLength(1);

      const open = await value(call(handlers, 'annotations:conflicts', {}));
      expect(open).toHaveLength(1);
      const c = open[0]!;
      expect(c.id).toBe(n.id);
      expect((c.mine === 'main' ? c.copy : c.main).note).toBe('theirs');
      const kept = await value(call(handlers, 'annotations:resolve', { id: c.copyId, keep: 'theirs' }));
      expect(kept.note).toBe('theirs');
      expect(await value(call(handlers, 'annotations:conflicts', {}))).toEqual([]);
      expect((await value(call(handlers, 'annotations:undo', {}))).undone.kind).toBe('resolve');
      expect(await value(call(handlers, 'annotations:conflicts', {}))).toHaveLength(1);
      const bad = await call(handlers, 'annotations:resolve', { id: c.copyId, keep: 'neither' });
      expect(bad.ok).toBe(false);
      await value(call(handlers, 'annotations:resolve', { id: c.id, keep: 'both' }));
      expect(await value(call(handlers, 'annotations:conflicts', {}))).toEqual([]);
    } finally {
      other.cleanup();
    }
  });

  it('round-trips notes through an exchange file chosen in dialogs', async () => {
    const exported = await value(call(handlers, 'annotations:export', { format: 'json' }));
    expect(exported?.count).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(exported!.outPath, 'utf8'))).toBeTypeOf('object');
    const report = await value(call(handlers, 'annotations:import', { jobId: 'imp-1' }));
    expect(report).toMatchObject({ added: 0, rejected: [] });
    expect(report!.unchanged).toBe(exported!.count);
  });

  it('writes a Markdown notes report', async () => {
    const result = await value(
      call(handlers, 'export:notes', { jobId: 'md-1', docId: 'decree-63-2020', format: 'md' }),
    );
    expect(existsSync(result!.outPath)).toBe(true);
    expect(readFileSync(result!.outPath, 'utf8')).toContain('Check with counsel');
  });

  it('reads and updates settings in user.sqlite, rejecting bad values', async () => {
    const before = await value(call(handlers, 'settings:get', {}));
    expect(before.theme).toBe('system');
    const after = await value(
      call(handlers, 'settings:update', { theme: 'dark', reviewerName: 'Nguyễn Văn A' }),
    );
    expect(after).toMatchObject({ theme: 'dark', reviewerName: 'Nguyễn Văn A' });
    expect((await dispatch(handlers, 'settings:update', { theme: 'neon' })).ok).toBe(false);
    expect((await value(call(handlers, 'settings:get', {}))).theme).toBe('dark');
  });

  it('reports cancel of an unknown job as false', async () => {
    expect(await value(call(handlers, 'export:cancel', { jobId: 'nothing-running' }))).toBe(false);
  });
});

describe('dispatch gate', () => {
  const log = (entry: DispatchLogEntry) => logged.push(entry);

  it('refuses unknown channels, oversize and non-plain payloads before any handler runs', async () => {
    expect(await dispatch(handlers, 'fs:read', {}, { log })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch(handlers, '__proto__', {}, { log })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const big = await dispatch(handlers, 'documents:get', { docId: 'x'.repeat(20_000) }, { log });
    expect(big).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await dispatch(handlers, 'documents:list', cyclic, { log })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('turns an unexpected error into INTERNAL without its message or stack, and logs the detail locally', async () => {
    const broken = {
      ...handlers,
      'documents:list': () => {
        throw new TypeError('secret internal detail');
      },
    } as Handlers;
    const result = await dispatch(broken, 'documents:list', {}, { log });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internal detail');
    expect(logged.at(-1)).toMatchObject({ channel: 'documents:list', code: 'INTERNAL' });
    expect(logged.at(-1)!.detail).toContain('TypeError');
  });

  it('never logs payloads', async () => {
    await dispatch(handlers, 'annotations:update', { id: 'not-a-uuid', note: 'PRIVATE NOTE TEXT' }, { log });
    expect(JSON.stringify(logged)).not.toContain('PRIVATE NOTE TEXT');
  });
});
