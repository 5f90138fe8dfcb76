// A passage across provisions (issue 16): one note whose target is the first part and `continues` the following
// ones, created through the real service on a real user.sqlite, each part checked against its provision's text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PASSAGE_PARTS, createAnnotationSchema } from '../../../electron/core/annotations/schemas.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { buildBundle } from '../../../electron/core/annotations/exchange/bundle.js';
import { createNoteSearchProvider } from '../../../electron/core/annotations/note-search.js';
import { renderNotesMarkdown } from '../../../electron/core/export/notes-report-markdown.js';
import { planReanchoring } from '../../../electron/core/import/reanchor-plan.js';
import { parseQuery } from '../../../electron/core/search/query-parser.js';
import { contract } from '../../../electron/shared/contract.js';
import { setSetting } from '../../../electron/core/userdb/settings.js';
import { errorCode } from '../../support/annotations/error-code.js';
import type { FixtureNode } from '../../support/annotations/fixture-corpus.js';
import { DECREE_NODES, FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
const text = (eId: string): string => DECREE_NODES.find((n) => n.eId === eId)?.text ?? '';
const CL1 = text('art_4__cl_1');
const CL2 = text('art_4__cl_2');
const CL3 = text('art_4__cl_3');
const START = CL1.indexOf('serving');

let env: ReturnType<typeof openTempUserDb>;
let svc: AnnotationService;
let corpus: FixtureCorpus;

beforeEach(() => {
  env = openTempUserDb();
  setSetting(env.db, 'reviewerName', 'Nguyen Van A');
  corpus = new FixtureCorpus();
  svc = new AnnotationService({ db: env.db, corpus, clock: steppingClock() });
});
afterEach(() => {
  env.cleanup();
});

/** A passage from "serving …" in clause 1 through all of clause 2 to the first 9 characters of clause 3. */
const passage = {
  docId: DOC,
  eId: 'art_4__cl_1',
  position: { start: START, end: CL1.length },
  continues: [
    { eId: 'art_4__cl_2', position: { start: 0, end: CL2.length } },
    { eId: 'art_4__cl_3', position: { start: 0, end: 9 }, quote: 'Associate' },
  ],
  note: 'Read together',
};

const rows = (): number => (env.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;

describe('a passage across provisions', () => {
  it('is one note, one action: the first part as target, the following parts with their quotes', () => {
    const a = svc.create(passage);
    expect(a.target).toMatchObject({ eId: 'art_4__cl_1', position: { start: START, end: CL1.length } });
    expect(a.target.quote?.exact).toBe(CL1.slice(START));
    expect(a.continues).toEqual([
      {
        eId: 'art_4__cl_2',
        position: { start: 0, end: CL2.length },
        quote: { exact: CL2, prefix: '', suffix: '' },
      },
      {
        eId: 'art_4__cl_3',
        position: { start: 0, end: 9 },
        quote: { exact: 'Associate', prefix: '', suffix: CL3.slice(9, 41) },
      },
    ]);
    expect(svc.get(a.id)).toEqual(a);
    expect(svc.list({ docId: DOC })).toHaveLength(1);
    expect(svc.actions().filter((x) => x.kind === 'create')).toHaveLength(1);
    svc.undo();
    expect(rows()).toBe(0);
    svc.redo();
    expect(svc.get(a.id).continues).toEqual(a.continues);
  });

  it.each([
    ['the first part stops before the end of its text', { position: { start: START, end: CL1.length - 1 } }],
    ['a whole-provision first part', { position: null }],
    [
      'a middle part that leaves words out',
      {
        continues: [
          { eId: 'art_4__cl_2', position: { start: 0, end: CL2.length - 1 } },
          { eId: 'art_4__cl_3', position: { start: 0, end: 9 } },
        ],
      },
    ],
    [
      'a following part not starting at 0',
      { continues: [{ eId: 'art_4__cl_2', position: { start: 1, end: 9 } }] },
    ],
    [
      'parts out of reading order',
      {
        continues: [
          { eId: 'art_4__cl_3', position: { start: 0, end: CL3.length } },
          { eId: 'art_4__cl_2', position: { start: 0, end: 9 } },
        ],
      },
    ],
    [
      'a part before the first',
      {
        eId: 'art_4__cl_2',
        position: { start: 0, end: CL2.length },
        continues: [{ eId: 'art_4__cl_1', position: { start: 0, end: 9 } }],
      },
    ],
    ['the first provision again', { continues: [{ eId: 'art_4__cl_1', position: { start: 0, end: 9 } }] }],
    [
      'a range outside the part',
      { continues: [{ eId: 'art_4__cl_2', position: { start: 0, end: CL2.length + 1 } }] },
    ],
    [
      'a quote that differs from the text',
      { continues: [{ eId: 'art_4__cl_2', position: { start: 0, end: 7 }, quote: 'Combinе' }] },
    ],
    ['a provision of no document', { continues: [{ eId: 'art_99', position: { start: 0, end: 1 } }] }],
  ])('refuses %s and stores nothing', (_what, change) => {
    expect(errorCode(() => svc.create({ ...passage, ...change }))).toBe('INVALID_INPUT');
    expect(rows()).toBe(0);
    expect(svc.actions()).toHaveLength(0);
  });

  it('is accepted by the IPC contract within its size limit, and refused beyond the part limit', () => {
    const parts = Array.from({ length: MAX_PASSAGE_PARTS }, (_, i) => ({
      eId: `art_${String(i)}__cl_${String(i)}__pt_${'x'.repeat(180)}`,
      position: { start: 0, end: 1_000_000 },
    }));
    const request = { ...passage, note: 'n'.repeat(20_000), continues: parts };
    expect(contract['annotations:create'].request.safeParse(request).success).toBe(true);
    expect(JSON.stringify(request).length).toBeLessThan(contract['annotations:create'].maxChars);
    const tooMany = { ...request, continues: [...parts, parts[0]] };
    expect(createAnnotationSchema.safeParse(tooMany).success).toBe(false);
  });
});

/** Decree text with `edit` applied to each node (the same eIds unless it renames them). */
const revised = (edit: (n: FixtureNode) => FixtureNode | null): FixtureNode[] =>
  DECREE_NODES.map(edit).filter((n): n is FixtureNode => n !== null);

describe('re-anchoring a passage part by part', () => {
  it('keeps every part when only other text changed', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    corpus.revise(
      DOC,
      revised((n) => (n.eId === 'art_4__cl_4' ? { ...n, text: `${n.text} Amended.` } : n)),
    );
    expect(svc.reanchorDocument(DOC, old)).toMatchObject({ unchanged: 1, review: 0, orphaned: 0 });
    const after = svc.get(a.id);
    expect(after.anchor).toBe('anchored');
    expect(after.target.docHash).toBe(corpus.getDocument(DOC)?.contentHash);
    expect(after.continues).toEqual(a.continues);
  });

  it('moves every part when the clauses are renumbered, keeping reading order', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    const renumber = (eId: string): string =>
      eId.replace(/cl_(\d)$/, (_m, d: string) => `cl_${String(Number(d) + 1)}`);
    const inserted: FixtureNode = {
      eId: 'art_4__cl_1',
      parent: 'art_4',
      kind: 'clause',
      text: 'A new first clause.',
    };
    corpus.revise(DOC, [
      ...revised((n) => (n.eId.startsWith('art_4__cl_') ? { ...n, eId: renumber(n.eId) } : n)).slice(0, 1),
      inserted,
      ...revised((n) => (n.eId.startsWith('art_4__cl_') ? { ...n, eId: renumber(n.eId) } : n)).slice(1),
    ]);
    expect(svc.reanchorDocument(DOC, old)).toMatchObject({ moved: 1, review: 0, orphaned: 0 });
    const after = svc.get(a.id);
    expect(after.anchor).toBe('moved');
    expect([after.target.eId, ...after.continues.map((p) => p.eId)]).toEqual([
      'art_4__cl_2',
      'art_4__cl_3',
      'art_4__cl_4',
    ]);
    expect(after.continues.map((p) => p.quote.exact)).toEqual(a.continues.map((p) => p.quote.exact));
  });

  it('a lightly edited middle part makes the whole note fuzzy', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    corpus.revise(
      DOC,
      revised((n) =>
        n.eId === 'art_4__cl_2' ? { ...n, text: n.text.replace('vice versa', 'vice-versa') } : n,
      ),
    );
    expect(svc.reanchorDocument(DOC, old)).toMatchObject({ fuzzy: 1 });
    const after = svc.get(a.id);
    expect(after.anchor).toBe('fuzzy');
    expect(after.target).toMatchObject({ eId: 'art_4__cl_1', position: a.target.position });
    expect(after.continues[0]?.quote.exact).toContain('vice-versa');
    expect(after.continues[1]).toEqual(a.continues[1]);
  });

  it('a part that is gone leaves the whole note unanchored on its old parts, undoably', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    corpus.revise(
      DOC,
      revised((n) =>
        n.eId === 'art_4__cl_3' ? { ...n, text: 'Replaced by entirely different wording here.' } : n,
      ),
    );
    const report = svc.reanchorDocument(DOC, old);
    expect(report.unchanged + report.moved + report.fuzzy).toBe(0);
    expect(report.review + report.orphaned).toBe(1);
    const after = svc.get(a.id);
    expect(after.anchor).toBe('orphaned');
    expect(after.target).toEqual(a.target);
    expect(after.continues).toEqual(a.continues);
    svc.undo();
    expect(svc.get(a.id).anchor).toBe('anchored');
  });

  it('parts found out of reading order are not one passage: the note waits for the reviewer', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    corpus.revise(
      DOC,
      revised((n) =>
        n.eId === 'art_4__cl_2' ? { ...n, text: CL3 } : n.eId === 'art_4__cl_3' ? { ...n, text: CL2 } : n,
      ),
    );
    expect(svc.reanchorDocument(DOC, old)).toMatchObject({ review: 1, moved: 0 });
    const after = svc.get(a.id);
    expect(after).toMatchObject({ anchor: 'orphaned', target: a.target, continues: a.continues });
  });
});

describe('a passage in a notes bundle', () => {
  interface Item {
    id: string;
    target: unknown;
  }
  interface File {
    manifest: { version: number };
    signature?: unknown;
    first: { items: Item[] };
  }
  let envB: ReturnType<typeof openTempUserDb>;
  let b: AnnotationService;
  beforeEach(() => {
    envB = openTempUserDb();
    b = new AnnotationService({ db: envB.db, corpus: new FixtureCorpus(), author: () => 'B' });
  });
  afterEach(() => {
    envB.cleanup();
  });
  const exported = (): File => JSON.parse(svc.exportNotes({ format: 'json' }).text) as File;
  const unsigned = (items: Item[]): string =>
    buildBundle(items as unknown as Parameters<typeof buildBundle>[0], {
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      appVersion: '0.1.0',
      exportedAt: '2025-01-01T00:00:00.000Z',
      reviewer: 'X',
    });

  it('is written as format 3 with one SpecificResource per part, and read back whole', () => {
    const a = svc.create(passage);
    const file = exported();
    expect(file.manifest.version).toBe(3);
    const hash = a.target.docHash;
    expect(file.first.items[0]?.target).toEqual([
      {
        type: 'SpecificResource',
        source: `urn:lectern:${DOC}:${hash}#art_4__cl_1`,
        selector: [
          { type: 'TextQuoteSelector', ...a.target.quote },
          { type: 'TextPositionSelector', start: START, end: CL1.length },
        ],
      },
      ...a.continues.map((p) => ({
        type: 'SpecificResource',
        source: `urn:lectern:${DOC}:${hash}#${p.eId}`,
        selector: [
          { type: 'TextQuoteSelector', ...p.quote },
          { type: 'TextPositionSelector', ...p.position },
        ],
      })),
    ]);
    b.importNotes(svc.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
    expect(b.get(a.id)).toMatchObject({ target: a.target, continues: a.continues, anchor: 'anchored' });
  });

  it('a bundle without a passage stays format 2, which older readers take', () => {
    svc.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa' });
    expect(exported().manifest.version).toBe(2);
  });

  it('refuses a passage in a file that says format 2, and a part whose quote is not the text', () => {
    svc.create(passage);
    const file = exported();
    delete file.signature;
    file.manifest.version = 2;
    expect(errorCode(() => b.importNotes(JSON.stringify(file), { acceptUntrusted: true }))).toBe(
      'INVALID_INPUT',
    );
    const [item] = file.first.items;
    if (!item || !Array.isArray(item.target)) throw new Error('no passage exported');
    const parts = item.target as { selector: [{ exact: string }, unknown] }[];
    const last = parts[2];
    if (!last) throw new Error('no third part');
    last.selector[0].exact = 'Assoc1ate';
    expect(errorCode(() => b.importNotes(unsigned([item]), { acceptUntrusted: true }))).toBe('NOT_FOUND');
    expect(b.list({})).toEqual([]);
  });
});

describe('a passage as the notes list, CSV, Markdown report and note search show it', () => {
  const joined = (): string => `${CL1.slice(START)} … ${CL2} … Associate`;

  it('CSV: one row, its provisions first … last, start in the first, end in the last, the quotes joined', () => {
    const a = svc.create({ ...passage, note: '' });
    const [header, row] = svc
      .exportNotes({ format: 'csv' })
      .text.replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header?.split(',').slice(2, 6)).toEqual(['provision', 'start', 'end', 'quote']);
    expect(row).toContain(`${a.id},${DOC},art_4__cl_1 … art_4__cl_2 … art_4__cl_3,${String(START)},9,`);
    expect(row).toContain(joined());
  });

  it('the list filter and note search find words of a later part', () => {
    const a = svc.create({ ...passage, note: '' });
    expect(svc.list({ text: 'Associate' }).map((x) => x.id)).toEqual([a.id]);
    expect(svc.list({ text: 'position' })).toEqual([]); // the stored JSON's keys are not text
    const hits = createNoteSearchProvider(env.db).searchNotes(parseQuery('Associate'), { limit: 10 });
    expect(hits).toEqual([{ annotationId: a.id, docId: DOC, eId: 'art_4__cl_1', text: joined() }]);
  });

  it('Markdown report: the note once, cited over its provisions, with every part quoted', () => {
    svc.create(passage);
    const doc = corpus.getDocument(DOC);
    if (!doc) throw new Error('no document');
    const md = renderNotesMarkdown({
      documents: [{ doc, nodes: corpus.getNodes(DOC) }],
      annotations: svc.list({}),
      options: { reviewer: 'A', createdAt: new Date('2026-05-01T00:00:00Z'), timeZone: 'UTC' },
    });
    // formatPlaces over the three clauses (the fixture's clause numbers are its eIds' tails).
    expect(md).toMatch(/\*\*1\. Clauses \S+–\S+, Article 4, Decree 63\/2020\/ND-CP\*\* · Yellow/);
    expect(md).toContain(`  > ${CL1.slice(START)} … `);
    expect(md).toContain(' … Associate');
    expect(md.match(/Read together/g)).toHaveLength(1);
  });

  it('the import preview of a replaced document shows the passage by all its words', () => {
    const a = svc.create(passage);
    const old = corpus.getNodes(DOC);
    const next = corpus.revise(
      DOC,
      revised((n) => n),
    );
    const { plan } = planReanchoring(old, next, [a], 'new-hash');
    expect(plan[0]).toMatchObject({ outcome: 'unchanged', quote: joined() });
  });
});
