// Redo over the core's change log: the one undo model the app's Ctrl+Z / Ctrl+Shift+Z and the CLI share. Real
// user.sqlite files, reopened to show undo and redo survive a restart, and a whole notes import undone and redone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import type { UserDb } from '../../../electron/core/userdb/open-user-db.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import { errorCode } from '../../support/annotations/error-code.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';

let dir: string;
let opened: UserDb;
let corpus: FixtureCorpus;
let svc: AnnotationService;

/** Opens (or reopens, as after a restart) the folder's user.sqlite with a fresh service. */
function start(): void {
  opened = openUserDb(dir);
  svc = new AnnotationService({ db: opened.db, corpus, clock: steppingClock(), author: () => 'A' });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-redo-'));
  corpus = new FixtureCorpus();
  start();
});
afterEach(() => {
  if (opened.db.open) opened.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('redo', () => {
  it('re-applies undone actions newest first, and undo after redo takes them back again', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'v1' });
    svc.update({ id: a.id, note: 'v2' });
    expect(svc.undo().original.kind).toBe('update');
    expect(svc.undo().original.kind).toBe('create');
    expect(errorCode(() => svc.get(a.id))).toBe('NOT_FOUND');

    const first = svc.redo();
    expect([first.undone.kind, first.original.kind]).toEqual(['undo', 'create']);
    expect(svc.get(a.id).note).toBe('v1');
    expect(svc.redo().original.kind).toBe('update');
    expect(svc.get(a.id).note).toBe('v2');
    expect(errorCode(() => svc.redo())).toBe('NOT_FOUND');

    // Undo now takes the redone update back, then the create; redo again brings both back.
    const again = svc.undo();
    expect([again.undone.kind, again.original.kind]).toEqual(['redo', 'update']);
    expect(svc.get(a.id).note).toBe('v1');
    svc.undo();
    expect(errorCode(() => svc.get(a.id))).toBe('NOT_FOUND');
    svc.redo();
    svc.redo();
    expect(svc.get(a.id).note).toBe('v2');
    expect(svc.history(a.id).map((h) => h.kind)).toEqual([
      'create',
      'update',
      'undo',
      'undo',
      'redo',
      'redo',
      'undo',
      'undo',
      'redo',
      'redo',
    ]);
  });

  it('names the reviewer’s own action in the logged summary, however often it is undone and redone', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'x' });
    svc.delete(a.id);
    svc.undo();
    svc.redo();
    svc.undo();
    const summaries = svc
      .history(a.id)
      .slice(2)
      .map((h) => h.summary);
    const deleted = svc.history(a.id)[1]!.summary;
    expect(summaries).toEqual([`Undo: ${deleted}`, `Redo: ${deleted}`, `Undo: ${deleted}`]);
  });

  it('is discarded by a new action, as in any editor', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'v1' });
    svc.update({ id: a.id, note: 'v2' });
    svc.undo();
    svc.update({ id: a.id, note: 'v3' });
    expect(errorCode(() => svc.redo())).toBe('NOT_FOUND');
    expect(svc.get(a.id).note).toBe('v3');
    // The discarded branch stays in the audit log.
    expect(svc.history(a.id).map((h) => h.after?.note)).toContain('v2');
  });

  it('survives a restart: undo and redo read the log, not memory', () => {
    const a = svc.create({ docId: DOC, eId: 'art_5', note: 'before restart' });
    svc.update({ id: a.id, note: 'edited' });
    svc.undo();
    opened.db.close();
    start();
    expect(svc.redo().original.kind).toBe('update');
    expect(svc.get(a.id).note).toBe('edited');
    opened.db.close();
    start();
    svc.undo();
    svc.undo();
    expect(errorCode(() => svc.get(a.id))).toBe('NOT_FOUND');
  });

  it('refuses, changing nothing, when a note changed outside the log since the undo', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'v1' });
    svc.update({ id: a.id, note: 'v2' });
    svc.undo();
    opened.db.prepare("UPDATE annotations SET note = 'tampered' WHERE id = ?").run(a.id);
    expect(errorCode(() => svc.redo())).toBe('CONFLICT');
    expect(opened.db.prepare("SELECT COUNT(*) AS n FROM actions WHERE kind = 'redo'").get()).toEqual({
      n: 0,
    });
  });
});

describe('undo and redo of a notes import', () => {
  let other: ReturnType<typeof openTempUserDb>;
  beforeEach(() => {
    other = openTempUserDb();
  });
  afterEach(() => {
    other.cleanup();
  });

  it('takes a whole import back in one step and puts it back in one step', () => {
    const b = new AnnotationService({ db: other.db, corpus, clock: steppingClock(), author: () => 'B' });
    for (const n of ['one', 'two', 'three']) b.create({ docId: DOC, eId: 'art_4', note: n });
    const report = svc.importNotes(b.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(report.added).toBe(3);
    expect(svc.list()).toHaveLength(3);
    expect(svc.undo()).toMatchObject({ original: { kind: 'import' }, reverted: 3 });
    expect(svc.list()).toEqual([]);
    expect(svc.redo()).toMatchObject({ original: { kind: 'import' }, reverted: 3 });
    expect(
      svc
        .list()
        .map((x) => x.note)
        .sort(),
    ).toEqual(['one', 'three', 'two']);
  });
});
