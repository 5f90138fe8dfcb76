// AnnotationService against a real user.sqlite and real clause text: create checks, list filters, tags, undo, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../../electron/core/annotations/schemas.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { setSetting } from '../../../electron/core/userdb/settings.js';
import { errorCode } from '../../support/annotations/error-code.js';
import { DECREE_NODES, FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
const CL2 = DECREE_NODES.find((n) => n.eId === 'art_4__cl_2')!.text;

let env: ReturnType<typeof openTempUserDb>;
let corpus: FixtureCorpus;
let svc: AnnotationService;

beforeEach(() => {
  env = openTempUserDb();
  corpus = new FixtureCorpus();
  setSetting(env.db, 'reviewerName', 'Nguyen Van A');
  svc = new AnnotationService({ db: env.db, corpus, clock: steppingClock() });
});
afterEach(() => {
  env.cleanup();
});

describe('create', () => {
  it('stores a checked range with its quote and 32 characters of context clipped to the node', () => {
    const start = CL2.indexOf('vice versa');
    const a = svc.create({
      docId: DOC,
      eId: 'art_4__cl_2',
      position: { start, end: start + 10 },
      note: 'Why?',
    });
    expect(a.target.quote).toEqual({
      exact: 'vice versa',
      prefix: CL2.slice(start - 32, start),
      suffix: CL2.slice(start + 10, start + 42),
    });
    expect(a.target.docHash).toBe(corpus.getDocument(DOC)!.contentHash);
    expect(a.author).toBe('Nguyen Van A');
    expect(svc.get(a.id)).toEqual(a);
  });

  it('clips the prefix at the start of the node', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'Combine the national industry' });
    expect(a.target.position).toEqual({ start: 0, end: 29 });
    expect(a.target.quote!.prefix).toBe('');
  });

  it('accepts a whole-provision note without a range', () => {
    const a = svc.create({ docId: DOC, eId: 'art_5', note: 'Check the list in the annex', color: 'blue' });
    expect(a.target.position).toBeNull();
    expect(a.target.quote).toBeNull();
  });

  it('rejects a range outside the node, a quote that does not match, and unknown targets', () => {
    const len = CL2.length;
    expect(
      errorCode(() =>
        svc.create({ docId: DOC, eId: 'art_4__cl_2', position: { start: len - 2, end: len + 5 } }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        svc.create({ docId: DOC, eId: 'art_4__cl_2', position: { start: 0, end: 7 }, quote: 'Combina' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => svc.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'not in this clause' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => svc.create({ docId: DOC, eId: 'art_99' }))).toBe('NOT_FOUND');
    expect(errorCode(() => svc.create({ docId: 'no-such-doc', eId: 'art_4' }))).toBe('NOT_FOUND');
    expect(errorCode(() => svc.create({ docId: DOC, eId: 'art_4', color: 'teal' as 'red' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => svc.create({ docId: DOC, eId: 'art_4', note: 'x'.repeat(100_001) }))).toBe(
      'INVALID_INPUT',
    );
    expect(svc.list({ deleted: 'include' })).toEqual([]);
  });

  it('keeps a note of the longest length intact and refuses one character more', () => {
    const note = 'Điều 6 — '.repeat(3_000).slice(0, MAX_NOTE_LENGTH);
    const a = svc.create({ docId: DOC, eId: 'art_4', note });
    expect(svc.get(a.id).note).toBe(note);
    expect(() => svc.create({ docId: DOC, eId: 'art_4', note: `${note}x` })).toThrow(/20000|20,000|at most/u);
    expect(svc.list({ docId: DOC })).toHaveLength(1);
  });
});

describe('list filters', () => {
  beforeEach(() => {
    svc.create({
      docId: DOC,
      eId: 'art_4__cl_1',
      quote: 'national security protection',
      color: 'red',
      tags: ['risk'],
    });
    svc.create({
      docId: DOC,
      eId: 'art_4__cl_3',
      quote: 'guard state secrets',
      note: 'Article 6 link',
      tags: ['secrets', 'Risk'],
    });
    svc.create({ docId: DOC, eId: 'art_5__cl_1__pt_a', quote: 'typical features', note: '50% of cases' });
    svc.create({ docId: DOC, eId: 'art_5', note: 'whole article' });
  });

  it('filters by provision subtree, colour, tag, note text and document', () => {
    expect(
      svc
        .list({ docId: DOC, eId: 'art_4' })
        .map((a) => a.target.eId)
        .sort(),
    ).toEqual(['art_4__cl_1', 'art_4__cl_3']);
    expect(svc.list({ docId: DOC, eId: 'art_5__cl_1' }).map((a) => a.target.eId)).toEqual([
      'art_5__cl_1__pt_a',
    ]);
    expect(svc.list({ color: 'red' }).map((a) => a.target.eId)).toEqual(['art_4__cl_1']);
    expect(
      svc
        .list({ tag: 'RISK' })
        .map((a) => a.target.eId)
        .sort(),
    ).toEqual(['art_4__cl_1', 'art_4__cl_3']);
    expect(svc.list({ text: 'article 6' }).map((a) => a.target.eId)).toEqual(['art_4__cl_3']);
    expect(svc.list({ text: '50%' }).map((a) => a.target.eId)).toEqual(['art_5__cl_1__pt_a']);
    expect(svc.list({ text: '%' })).toHaveLength(1); // LIKE wildcards are escaped
    expect(svc.list({ docId: 'law-dsi-2024-commentary' })).toEqual([]);
    expect(svc.list({ orphaned: true })).toEqual([]);
  });

  it('merges tags case-insensitively and lists counts', () => {
    expect(svc.tags()).toEqual([
      { name: 'risk', count: 2 },
      { name: 'secrets', count: 1 },
    ]);
  });

  it('refuses a provision filter without a document', () => {
    expect(errorCode(() => svc.list({ eId: 'art_4' }))).toBe('INVALID_INPUT');
  });
});

describe('tags rename and merge', () => {
  it('renames a tag, merges onto an existing one, and undo brings the old tags back', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', tags: ['draft', 'risk'] });
    const b = svc.create({ docId: DOC, eId: 'art_5', tags: ['risks'] });
    expect(svc.renameTag({ from: 'risks', to: 'risk' })).toEqual({ affected: 1, merged: true });
    expect(svc.tags()).toEqual([
      { name: 'draft', count: 1 },
      { name: 'risk', count: 2 },
    ]);
    expect(svc.renameTag({ from: 'risk', to: 'Risk' })).toEqual({ affected: 2, merged: false });
    expect(svc.get(a.id).tags).toEqual(['draft', 'Risk']);
    svc.undo();
    svc.undo();
    expect(svc.get(b.id).tags).toEqual(['risks']);
    expect(errorCode(() => svc.renameTag({ from: 'nope', to: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(() => svc.renameTag({ from: 'risk', to: 'a,b' }))).toBe('INVALID_INPUT');
  });
});

describe('update, delete, restore, undo and the change log', () => {
  it('soft-deletes and restores', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'n' });
    expect(svc.delete(a.id).deleted).not.toBeNull();
    expect(svc.list()).toEqual([]);
    expect(svc.list({ deleted: 'only' }).map((x) => x.id)).toEqual([a.id]);
    expect(errorCode(() => svc.update({ id: a.id, note: 'x' }))).toBe('CONFLICT');
    expect(svc.restore(a.id).deleted).toBeNull();
    expect(svc.list().map((x) => x.id)).toEqual([a.id]);
  });

  it('undoes step by step back to nothing, and logs every step with before/after', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4__cl_1', quote: 'social order', note: 'v1' });
    svc.update({ id: a.id, note: 'v2', color: 'green' });
    svc.delete(a.id);
    expect(svc.undo().undone.kind).toBe('delete');
    expect(svc.get(a.id).deleted).toBeNull();
    expect(svc.undo().undone.kind).toBe('update');
    expect(svc.get(a.id)).toMatchObject({ note: 'v1', color: 'yellow' });
    expect(svc.undo().undone.kind).toBe('create');
    expect(errorCode(() => svc.get(a.id))).toBe('NOT_FOUND');
    expect(errorCode(() => svc.undo())).toBe('NOT_FOUND');

    const history = svc.history(a.id);
    expect(history.map((h) => h.kind)).toEqual(['create', 'update', 'delete', 'undo', 'undo', 'undo']);
    expect(history[1]!.before!.note).toBe('v1');
    expect(history[1]!.after!.note).toBe('v2');
    expect(history[5]!.after).toBeNull();
    expect(history.every((h) => h.author === 'Nguyen Van A')).toBe(true);
  });

  it('does not log an update that changes nothing', () => {
    const a = svc.create({ docId: DOC, eId: 'art_4', note: 'same' });
    svc.update({ id: a.id, note: 'same' });
    expect(svc.history(a.id)).toHaveLength(1);
  });

  it('refuses to rewrite the change log', () => {
    svc.create({ docId: DOC, eId: 'art_4' });
    expect(() => env.db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
    expect(() => env.db.prepare("UPDATE actions SET author = 'x'").run()).toThrow(/append-only/);
  });
});

describe('undo with an expected kind', () => {
  it('undoes an attach only while it is the last action, and otherwise changes nothing', () => {
    const a = svc.create({ docId: DOC, eId: 'art_5', note: 'move me' });
    svc.attach({ id: a.id, eId: 'art_4__cl_2' });
    const later = svc.create({ docId: DOC, eId: 'art_5', note: 'later' });
    expect(errorCode(() => svc.undo('attach'))).toBe('CONFLICT');
    expect(svc.get(later.id).deleted).toBeNull(); // the later create was not undone
    svc.undo(); // the create
    expect(svc.undo('attach').undone.kind).toBe('attach');
    expect(svc.get(a.id).target.eId).toBe('art_5');
  });

  it('signs notes with no author while no reviewer name is set (never the OS user)', () => {
    env.db.prepare("DELETE FROM settings WHERE key = 'reviewerName'").run();
    const bare = new AnnotationService({ db: env.db, corpus });
    expect(bare.create({ docId: DOC, eId: 'art_5', note: 'x' }).author).toBe('');
    setSetting(env.db, 'reviewerName', 'Trần Thị B');
    expect(bare.create({ docId: DOC, eId: 'art_5', note: 'y' }).author).toBe('Trần Thị B');
  });
});
