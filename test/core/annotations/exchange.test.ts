// Exchange between two machines (two real user.sqlite files): W3C JSON-LD shape, checksum, three-way merge,
// undo of an import, and bad files that must leave the database exactly as it was.
import { createHash } from 'node:crypto';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle, readBundleFile } from '../../../electron/core/annotations/exchange/bundle.js';
import type { JsonLdLive as JsonLdAny } from '../../../electron/core/annotations/exchange/jsonld.js';

/** An exported live note on one provision (a passage's target is an array; none is made here). */
type JsonLdLive = Omit<JsonLdAny, 'target'> & { target: Exclude<JsonLdAny['target'], readonly unknown[]> };
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { setSetting } from '../../../electron/core/userdb/settings.js';
import { dbFingerprint } from '../../support/annotations/db-fingerprint.js';
import { errorCode as code } from '../../support/annotations/error-code.js';
import { DECREE_NODES, FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock, tempDir } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
type Env = ReturnType<typeof openTempUserDb>;
let envA: Env;
let envB: Env;
let a: AnnotationService;
let b: AnnotationService;
let corpusB: FixtureCorpus;

beforeEach(() => {
  envA = openTempUserDb();
  envB = openTempUserDb();
  setSetting(envA.db, 'reviewerName', 'Reviewer A');
  setSetting(envB.db, 'reviewerName', 'Reviewer B');
  corpusB = new FixtureCorpus();
  // One shared clock so "newer" means later across both machines.
  const clock = steppingClock();
  a = new AnnotationService({ db: envA.db, corpus: new FixtureCorpus(), clock, appVersion: '0.1.0' });
  b = new AnnotationService({ db: envB.db, corpus: corpusB, clock, appVersion: '0.1.0' });
});
afterEach(() => {
  envA.cleanup();
  envB.cleanup();
});

function seedA() {
  return {
    x: a.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa', note: 'Which way?', tags: ['scope'] }),
    y: a.create({
      docId: DOC,
      eId: 'art_4__cl_3',
      quote: 'guard state secrets',
      color: 'red',
      tags: ['secrets', 'Art 6'],
    }),
    z: a.create({ docId: DOC, eId: 'art_5', note: 'Annex list, "dual-use", check\nline two' }),
    w: a.create({ docId: DOC, eId: 'art_4__cl_1', quote: 'social order' }),
  };
}

/** What two machines must agree on; a deleted note's text stays only where it was deleted (tombstones carry none). */
const comparable = (s: AnnotationService) =>
  s
    .list({ deleted: 'include' })
    .map((n) => (n.deleted === null ? n : { id: n.id, deleted: n.deleted, updated: n.updated }))
    .sort((p, q) => (p.id < q.id ? -1 : 1));

describe('export', () => {
  it('writes W3C Web Annotation JSON-LD with a manifest whose SHA-256 covers the annotations', () => {
    const { y, z } = seedA();
    const { text, count } = a.exportNotes({ format: 'json' });
    expect(count).toBe(4);
    const bundle = JSON.parse(text) as {
      '@context': unknown[];
      manifest: Record<string, unknown>;
      first: { items: JsonLdLive[] };
    };
    expect(bundle['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(bundle.manifest).toMatchObject({
      appVersion: '0.1.0',
      reviewer: 'Reviewer A',
      count: 4,
      version: 2,
    });
    const expectedSum = createHash('sha256').update(JSON.stringify(bundle.first.items)).digest('hex');
    expect(bundle.manifest.sha256).toBe(expectedSum);

    const yj = bundle.first.items.find((i) => i.id === `urn:uuid:${y.id}`)!;
    expect(yj.type).toBe('Annotation');
    expect(yj.body).toEqual([
      { type: 'TextualBody', value: 'Art 6', purpose: 'tagging' },
      { type: 'TextualBody', value: 'secrets', purpose: 'tagging' },
    ]);
    expect(yj.target.source).toBe(`urn:lectern:${DOC}:${y.target.docHash}#art_4__cl_3`);
    expect(yj.target.selector).toEqual([
      { type: 'TextQuoteSelector', ...y.target.quote },
      { type: 'TextPositionSelector', ...y.target.position },
    ]);
    const zj = bundle.first.items.find((i) => i.id === `urn:uuid:${z.id}`)!;
    expect(zj.body![0]).toMatchObject({ type: 'TextualBody', purpose: 'commenting', value: z.note });
    // A whole-provision note targets the provision through a selector (W3C model 3.2, 4).
    expect(zj.target).toEqual({
      type: 'SpecificResource',
      source: `urn:lectern:${DOC}:${z.target.docHash}#art_5`,
      selector: { type: 'FragmentSelector', value: 'art_5' },
    });
  });

  it('writes CSV that a spreadsheet reads back cell for cell, with formulas neutralised', () => {
    a.create({ docId: DOC, eId: 'art_5', note: '=HYPERLINK("x")', tags: ['t1', 't2'] });
    const { z } = seedA();
    const { text } = a.exportNotes({ format: 'csv' });
    expect(text.startsWith('\uFEFFid,document,provision')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const zRow = rows.find((r) => r[0] === z.id)!;
    expect(zRow[6]).toBe('Annex list, "dual-use", check\nline two');
    const formula = rows.find((r) => r[6]?.includes('HYPERLINK'))!;
    expect(formula[6]).toBe(`'=HYPERLINK("x")`);
    expect(formula[8]).toBe('t1; t2');
    expect(rows).toHaveLength(1 + 5);
  });
});

/** A small RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('import and merge', () => {
  it('copies everything to a new machine, and re-importing changes nothing', () => {
    seedA();
    a.delete(a.list()[0]!.id);
    const file = a.exportNotes({ format: 'json' }).text;
    const report = b.importNotes(file, { acceptUntrusted: true });
    expect(report).toMatchObject({ added: 4, updated: 0, unchanged: 0, conflicts: [], rejected: [] });
    expect(comparable(b)).toEqual(comparable(a));
    const again = b.importNotes(file, { acceptUntrusted: true });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, conflicts: [], actionId: null });
  });

  it('updates what only they changed, keeps what only we changed, keeps both when both changed, respects deletions', () => {
    const { x, y, z, w } = seedA();
    b.importNotes(a.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    b.update({ id: x.id, note: 'B: both ways' }); // only B
    a.update({ id: y.id, color: 'green' }); // only A
    a.update({ id: z.id, note: 'A version' }); // both
    b.update({ id: z.id, note: 'B version' });
    b.delete(w.id); // deletion on B

    const report = a.importNotes(b.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(report).toMatchObject({ added: 0, updated: 2, unchanged: 1, rejected: [] });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]!.id).toBe(z.id);
    expect(a.get(x.id).note).toBe('B: both ways');
    expect(a.get(y.id).color).toBe('green');
    // Both kept: the later edit (B's) on the note on every machine, A's own on the conflict copy.
    expect(report.conflicts[0]!.kept).toBe('theirs');
    expect(a.get(z.id).note).toBe('B version');
    expect(a.get(report.conflicts[0]!.copyId)).toMatchObject({ note: 'A version', conflictOf: z.id });
    expect(a.conflicts()[0]).toMatchObject({ id: z.id, mine: 'copy' });
    expect(a.get(w.id).deleted).not.toBeNull();
    expect(a.list({ conflicts: true }).map((n) => n.id)).toEqual([report.conflicts[0]!.copyId]);
    // The older version stays in the change log.
    const hist = a.history(x.id);
    expect(hist.at(-1)).toMatchObject({
      kind: 'import',
      before: { note: 'Which way?' },
      after: { note: 'B: both ways' },
    });

    // Importing the same file again adds no second conflict copy: the conflict stays open until resolved.
    const again = a.importNotes(b.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: [] });
    expect(a.list({ conflicts: true })).toHaveLength(1);
    expect(a.conflicts().map((c) => c.copyId)).toEqual([report.conflicts[0]!.copyId]);

    // Back the other way: B gets A's colour change, keeps its own note on x, and holds the same conflict.
    b.importNotes(a.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(b.get(y.id).color).toBe('green');
    expect(b.get(x.id).note).toBe('B: both ways');
    expect(b.conflicts()).toMatchObject([{ id: z.id, copyId: report.conflicts[0]!.copyId, mine: 'main' }]);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it('undo reverts a whole import', () => {
    const { x } = seedA();
    b.importNotes(a.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    a.update({ id: x.id, note: 'edited on A' });
    const before = dbFingerprintWithoutLog(envB);
    const report = b.importNotes(a.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(report.updated).toBe(1);
    expect(b.undo().undone).toMatchObject({ kind: 'import', id: report.actionId });
    expect(b.get(x.id).note).toBe('Which way?');
    expect(b.list()).toHaveLength(4);
    expect(dbFingerprintWithoutLog(envB)).toEqual(before);
    expect(b.undo().undone.kind).toBe('import'); // the first import
    expect(b.list({ deleted: 'include' })).toEqual([]);
  });

  it('re-anchors incoming notes made on an older version of the text', () => {
    const { y } = seedA();
    const file = a.exportNotes({ format: 'json' }).text;
    corpusB.revise(DOC, [
      { eId: 'art_4', parent: null, kind: 'article', text: '' },
      { eId: 'art_4__cl_1', parent: 'art_4', kind: 'clause', text: 'A new first clause about secrets.' },
      ...DECREE_NODES.filter((n) => n.eId.startsWith('art_4__')).map((n, i) => ({
        ...n,
        eId: `art_4__cl_${i + 2}`,
      })),
      ...DECREE_NODES.filter((n) => n.eId.startsWith('art_5')),
    ]);
    expect(b.importNotes(file, { acceptUntrusted: true }).added).toBe(4);
    expect(b.get(y.id)).toMatchObject({ anchor: 'moved', target: { eId: 'art_4__cl_4' } });
  });
});

/** Annotation rows only (the log grows with the undo itself). */
function dbFingerprintWithoutLog(env: Env): unknown {
  return env.db
    .prepare('SELECT id, note, color, deleted, e_id FROM annotations ORDER BY id')
    .all()
    .concat(env.db.prepare('SELECT * FROM annotation_tags ORDER BY annotation_id, tag_id').all());
}

describe('bad files leave the database byte-for-byte unchanged', () => {
  let file: string;
  beforeEach(() => {
    seedA();
    b.create({ docId: DOC, eId: 'art_4', note: 'B already has a note' });
    file = a.exportNotes({ format: 'json' }).text;
  });

  const items = (): JsonLdLive[] => (JSON.parse(file) as { first: { items: JsonLdLive[] } }).first.items;
  const rebuilt = (list: JsonLdLive[]): string =>
    buildBundle(list, {
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      appVersion: '0.1.0',
      exportedAt: '2025-01-01T00:00:00.000Z',
      reviewer: 'X',
    });

  const cases: [string, () => string, string][] = [
    ['a truncated file', () => file.slice(0, Math.floor(file.length * 0.7)), 'CORRUPT'],
    ['a changed note (wrong checksum)', () => file.replace('Which way?', 'Which way!'), 'TAMPERED'],
    ['foreign JSON', () => JSON.stringify({ name: 'lectern', version: '0.1.0' }), 'INVALID_INPUT'],
    [
      'a W3C annotation page from another tool',
      () =>
        JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [] }),
      'INVALID_INPUT',
    ],
    [
      'an unknown document',
      () =>
        rebuilt(
          items().map((i, n) =>
            n === 2 ? { ...i, target: { source: i.target.source.replace(DOC, 'decree-99-2099') } } : i,
          ),
        ),
      'NOT_FOUND',
    ],
    [
      'an unknown provision',
      () =>
        rebuilt(
          items().map((i, n) =>
            n === 2 ? { ...i, target: { source: i.target.source.replace('#art_5', '#art_55') } } : i,
          ),
        ),
      'NOT_FOUND',
    ],
    ['an annotation listed twice', () => rebuilt([...items(), items()[0]!]), 'INVALID_INPUT'],
  ];

  for (const [name, make, expected] of cases) {
    it(`rejects ${name} with ${expected}`, () => {
      const before = dbFingerprint(envB.db);
      expect(code(() => b.importNotes(make(), { acceptUntrusted: true }))).toBe(expected);
      expect(dbFingerprint(envB.db)).toBe(before);
    });
  }

  it('refuses a file over 50 MB before reading it', () => {
    const dir = tempDir();
    const big = join(dir.dir, 'big.lectern-notes.json');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1); // sparse: costs no disk space
    expect(code(() => readBundleFile(big))).toBe('TOO_LARGE');
    dir.cleanup();
  });

  it('skips missing targets when asked and reports them as rejected', () => {
    const bad = rebuilt(
      items().map((i, n) =>
        n === 0 ? { ...i, target: { source: i.target.source.replace(DOC, 'gone-doc') } } : i,
      ),
    );
    const report = b.importNotes(bad, { acceptUntrusted: true, skipMissingTargets: true });
    expect(report.added).toBe(3);
    expect(report.rejected).toEqual([
      { id: items()[0]!.id.slice(9), reason: 'document "gone-doc" does not exist here' },
    ]);
  });
});
