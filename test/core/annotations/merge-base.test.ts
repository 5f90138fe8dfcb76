// The merge base is what both sides agreed on (version vectors carried in the bundle), not what was last exported:
// issue 13's lost edit, tombstones without text that delete on the other side, format-1 bundles, and resolving a
// conflict in one undoable action that reaches the other machine. Two real user.sqlite files.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JsonLdAnnotation } from '../../../electron/core/annotations/exchange/jsonld.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { errorCode } from '../../support/annotations/error-code.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
type Env = ReturnType<typeof openTempUserDb>;
let envA: Env;
let envB: Env;
let a: AnnotationService;
let b: AnnotationService;

beforeEach(() => {
  envA = openTempUserDb();
  envB = openTempUserDb();
  const clock = steppingClock();
  a = new AnnotationService({ db: envA.db, corpus: new FixtureCorpus(), clock, author: () => 'A' });
  b = new AnnotationService({ db: envB.db, corpus: new FixtureCorpus(), clock, author: () => 'B' });
});
afterEach(() => {
  envA.cleanup();
  envB.cleanup();
});

const bundle = (s: AnnotationService): string => s.exportNotes({ format: 'json' }).text;
const items = (text: string): JsonLdAnnotation[] =>
  (JSON.parse(text) as { first: { items: JsonLdAnnotation[] } }).first.items;

/** A note both machines have, as after a first exchange. */
function shared(): string {
  const n = a.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa', note: 'original' });
  b.importNotes(bundle(a), { acceptUntrusted: true });
  return n.id;
}

describe('merge base', () => {
  it('keeps both edits when A exported before importing B (issue 13: was `updated: 1, conflicts: []`)', () => {
    const id = shared();
    a.update({ id, note: 'A edit' });
    b.update({ id, note: 'B edit' });
    const forB = bundle(a); // a plain export must not move A's merge base
    const report = a.importNotes(bundle(b), { acceptUntrusted: true });
    expect(report).toMatchObject({ updated: 0 });
    expect(report.conflicts).toHaveLength(1);
    const notes = a
      .list()
      .map((n) => n.note)
      .sort();
    expect(notes).toEqual(['A edit', 'B edit']);
    // B reaches the same two notes from A's earlier bundle.
    expect(b.importNotes(forB, { acceptUntrusted: true }).conflicts).toHaveLength(1);
    expect(
      b
        .list()
        .map((n) => n.note)
        .sort(),
    ).toEqual(['A edit', 'B edit']);
  });

  it('takes theirs when only they changed and keeps ours when only we did, whatever was exported', () => {
    const id = shared();
    bundle(a);
    bundle(b);
    b.update({ id, note: 'B only' });
    expect(a.importNotes(bundle(b), { acceptUntrusted: true })).toMatchObject({ updated: 1, conflicts: [] });
    expect(a.get(id).note).toBe('B only');
    a.update({ id, color: 'green' });
    expect(a.importNotes(bundle(b), { acceptUntrusted: true })).toMatchObject({
      updated: 0,
      unchanged: 1,
      conflicts: [],
    });
    expect(a.get(id)).toMatchObject({ note: 'B only', color: 'green' });
  });
});

describe('undo of an import', () => {
  it('that found a conflict brings the conflict back when the same file is imported again', () => {
    const id = shared();
    b.update({ id, note: 'B edit' });
    a.update({ id, note: 'A edit' });
    const fromB = bundle(b);
    expect(a.importNotes(fromB, { acceptUntrusted: true }).conflicts).toHaveLength(1);
    a.undo();
    expect(a.list().map((n) => n.note)).toEqual(['A edit']);
    expect(a.importNotes(fromB, { acceptUntrusted: true }).conflicts).toHaveLength(1);
    expect(
      a
        .list()
        .map((n) => n.note)
        .sort(),
    ).toEqual(['A edit', 'B edit']);
  });
});

describe('tombstones', () => {
  it('carry id, deleted, modified, the version vector and target URI, nothing of note, quote, tags or author', () => {
    const n = a.create({
      docId: DOC,
      eId: 'art_4__cl_3',
      quote: 'guard state secrets',
      note: 'secret remark',
      tags: ['private-tag'],
      color: 'red',
    });
    a.delete(n.id);
    const text = bundle(a);
    const [t] = items(text);
    expect(Object.keys(t!).sort()).toEqual(
      ['id', 'lectern:deleted', 'lectern:versions', 'modified', 'target', 'type'].sort(),
    );
    expect(t!.target).toBe(`urn:lectern:${DOC}:${n.target.docHash}#art_4__cl_3`);
    for (const secret of ['secret remark', 'guard state secrets', 'private-tag', '"red"', 'creator'])
      expect(text).not.toContain(secret);
  });

  it('delete the note on the other side (soft, undoable there) and a restore brings it back', () => {
    const id = shared();
    a.delete(id);
    const report = b.importNotes(bundle(a), { acceptUntrusted: true });
    expect(report).toMatchObject({ updated: 1, conflicts: [] });
    expect(b.get(id).deleted).not.toBeNull();
    expect(b.get(id).note).toBe('original'); // B's own copy of the text stays for undo
    expect(b.list()).toEqual([]);
    a.restore(id);
    expect(b.importNotes(bundle(a), { acceptUntrusted: true }).updated).toBe(1);
    expect(b.get(id)).toMatchObject({ deleted: null, note: 'original' });
    // Undo on B reverts that import: the note is deleted again there, as a new local edit.
    b.undo();
    expect(b.get(id).deleted).not.toBeNull();
    b.undo();
    expect(b.get(id).deleted).toBeNull(); // and the first import's deletion is undone too
    b.delete(id);
    a.importNotes(bundle(b), { acceptUntrusted: true });
    expect(a.get(id).deleted).not.toBeNull();
    a.restore(id);
    expect(b.importNotes(bundle(a), { acceptUntrusted: true }).updated).toBe(1);
    expect(b.get(id)).toMatchObject({ deleted: null, note: 'original' });
  });

  it('of a note never seen arrive as a tombstone, even for a document this machine lacks', () => {
    const n = a.create({ docId: DOC, eId: 'art_5', note: 'x' });
    a.delete(n.id);
    const text = bundle(a).replaceAll(`urn:lectern:${DOC}:`, 'urn:lectern:gone-doc:');
    const rehashed = text.replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${sha(items(text))}"`);
    // Edited by hand, so no longer the signed bundle: sent unsigned (accepted explicitly).
    const fixed = JSON.stringify({ ...(JSON.parse(rehashed) as object), signature: undefined });
    expect(b.importNotes(fixed, { acceptUntrusted: true })).toMatchObject({ added: 1, rejected: [] });
    expect(b.get(n.id)).toMatchObject({ note: '', anchor: 'orphaned' });
    expect(b.get(n.id).deleted).not.toBeNull();
  });
});

function sha(list: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(list)).digest('hex');
}

describe('format-1 bundles', () => {
  it('still import, and a difference with ours becomes a conflict instead of being dropped', () => {
    const id = shared();
    a.update({ id, note: 'A newer' });
    const v2 = JSON.parse(bundle(b)) as {
      '@context': unknown;
      manifest: Record<string, unknown>;
      first: { items: Record<string, unknown>[] };
    };
    const v1Items = v2.first.items.map((i) => {
      const copy = { ...i };
      delete copy['lectern:versions'];
      delete copy.generator;
      return copy;
    });
    const v1 = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      manifest: { ...v2.manifest, version: 1, sha256: sha(v1Items), replica: undefined },
      first: { type: 'AnnotationPage', items: v1Items },
    };
    const report = a.importNotes(JSON.stringify(v1), { acceptUntrusted: true });
    expect(report.conflicts).toHaveLength(1);
    expect(
      a
        .list()
        .map((n) => n.note)
        .sort(),
    ).toEqual(['A newer', 'original']);
    expect(a.importNotes(JSON.stringify(v1), { acceptUntrusted: true })).toMatchObject({
      added: 0,
      updated: 0,
      conflicts: [],
    });
  });
});

describe('resolving a conflict', () => {
  function conflict(): { id: string; copyId: string } {
    const id = shared();
    b.update({ id, note: 'B edit' });
    a.update({ id, note: 'A edit' }); // later: stays on the note
    const [c] = a.importNotes(bundle(b), { acceptUntrusted: true }).conflicts;
    expect(c).toMatchObject({ id, kept: 'mine' });
    return { id, copyId: c!.copyId };
  }

  it('keep theirs: one action, undoable, and the other machine converges without a new conflict', () => {
    const { id, copyId } = conflict();
    expect(a.conflicts()).toMatchObject([{ id, copyId, mine: 'main', copy: { note: 'B edit' } }]);
    const kept = a.resolve(copyId, 'theirs');
    expect(kept.note).toBe('B edit');
    expect(a.conflicts()).toEqual([]);
    expect(a.list().map((n) => n.note)).toEqual(['B edit']);
    expect(a.actions(1)[0]).toMatchObject({ kind: 'resolve' });
    expect(a.undo().undone.kind).toBe('resolve');
    expect(a.get(id).note).toBe('A edit');
    expect(a.conflicts()).toHaveLength(1);
    a.resolve(id, 'theirs');

    const report = b.importNotes(bundle(a), { acceptUntrusted: true });
    expect(report.conflicts).toEqual([]);
    expect(b.list().map((n) => n.note)).toEqual(['B edit']);
    expect(b.conflicts()).toEqual([]);
  });

  it('keep mine and keep both', () => {
    const { id, copyId } = conflict();
    expect(a.resolve(id, 'mine').note).toBe('A edit');
    expect(a.get(copyId).deleted).not.toBeNull();
    a.undo();
    a.resolve(id, 'both');
    expect(a.get(copyId)).toMatchObject({ conflictOf: null, deleted: null, note: 'B edit' });
    expect(
      a
        .list()
        .map((n) => n.note)
        .sort(),
    ).toEqual(['A edit', 'B edit']);
    b.importNotes(bundle(a), { acceptUntrusted: true });
    expect(
      b
        .list()
        .map((n) => n.note)
        .sort(),
    ).toEqual(['A edit', 'B edit']);
    expect(b.conflicts()).toEqual([]);
    expect(errorCode(() => a.resolve(id, 'mine'))).toBe('NOT_FOUND');
  });
});
