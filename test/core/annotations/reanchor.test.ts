// Re-anchoring against a revised Decree 63 text: edited words, an inserted clause with renumbering, a deleted clause.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuzzyFind } from '../../../electron/core/annotations/fuzzy-match.js';
import type { Annotation } from '../../../electron/core/annotations/model.js';
import { reanchor } from '../../../electron/core/annotations/reanchor.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import type { FixtureNode } from '../../support/annotations/fixture-corpus.js';
import { DECREE_NODES, FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
const text = (eId: string): string => DECREE_NODES.find((n) => n.eId === eId)!.text;

/** The revised text: words edited in clause 2, a new clause 2 inserted (old 2–3 renumbered 3–4), old clause 4 deleted. */
function revisedNodes(): FixtureNode[] {
  const cl2 = text('art_4__cl_2')
    .replace('make the investments', 'make any investment')
    .replace('maintains confidentiality and ensures safety', 'maintains confidentiality and ensure safety');
  return [
    { eId: 'art_4', parent: null, kind: 'article', text: '' },
    { eId: 'art_4__cl_1', parent: 'art_4', kind: 'clause', text: text('art_4__cl_1') },
    {
      eId: 'art_4__cl_2',
      parent: 'art_4',
      kind: 'clause',
      text: 'Protect state secrets in every stage of research, fabrication and manufacturing of security products.',
    },
    { eId: 'art_4__cl_3', parent: 'art_4', kind: 'clause', text: cl2 },
    { eId: 'art_4__cl_4', parent: 'art_4', kind: 'clause', text: text('art_4__cl_3') },
    ...DECREE_NODES.filter((n) => n.eId.startsWith('art_5')),
  ];
}

let env: ReturnType<typeof openTempUserDb>;
let corpus: FixtureCorpus;
let svc: AnnotationService;
beforeEach(() => {
  env = openTempUserDb();
  corpus = new FixtureCorpus();
  svc = new AnnotationService({ db: env.db, corpus, clock: steppingClock(), author: () => 'R' });
});
afterEach(() => {
  env.cleanup();
});

function annotateOriginal(): Record<string, Annotation> {
  return {
    unchanged: svc.create({ docId: DOC, eId: 'art_5__cl_1__pt_a', quote: 'typical features' }),
    shifted: svc.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa' }),
    edited: svc.create({
      docId: DOC,
      eId: 'art_4__cl_2',
      quote: 'maintains confidentiality and ensures safety',
    }),
    renumbered: svc.create({ docId: DOC, eId: 'art_4__cl_3', quote: 'guard state secrets about security' }),
    ambiguous: svc.create({
      docId: DOC,
      eId: 'art_4__cl_3',
      position: {
        start: text('art_4__cl_3').lastIndexOf('security'),
        end: text('art_4__cl_3').lastIndexOf('security') + 8,
      },
    }),
    deleted: svc.create({
      docId: DOC,
      eId: 'art_4__cl_4',
      quote: 'weapon disarmament and non-proliferation',
    }),
    wholeDeleted: svc.create({ docId: DOC, eId: 'art_4__cl_4', note: 'whole clause' }),
    whole: svc.create({ docId: DOC, eId: 'art_5', note: 'whole article' }),
  };
}

describe('reanchor (pure entry point: old nodes, new nodes, annotations)', () => {
  it('classifies every annotation and points the survivors at the right words', () => {
    const notes = annotateOriginal();
    const oldNodes = corpus.getNodes(DOC);
    const newNodes = corpus.revise(DOC, revisedNodes());
    const { results, report } = reanchor(oldNodes, newNodes, Object.values(notes), { newDocHash: 'new' });
    const by = (a: Annotation) => results.find((r) => r.id === a.id)!;

    expect(report).toEqual({ unchanged: 2, moved: 3, fuzzy: 1, review: 0, orphaned: 2 });
    expect(by(notes.unchanged!).outcome).toBe('unchanged');
    expect(by(notes.whole!).outcome).toBe('unchanged');

    for (const key of ['shifted', 'renumbered', 'ambiguous'] as const) {
      const r = by(notes[key]!);
      expect(r.outcome).toBe('moved');
      const node = newNodes.find((n) => n.eId === r.target.eId)!;
      expect(node.text.slice(r.target.position!.start, r.target.position!.end)).toBe(
        notes[key]!.target.quote!.exact,
      );
      expect(r.target.docHash).toBe('new');
    }
    expect(by(notes.shifted!).target.eId).toBe('art_4__cl_3');
    expect(by(notes.renumbered!).target.eId).toBe('art_4__cl_4');
    // "security" occurs in many clauses; shared context puts it back after "secrets about".
    expect(by(notes.ambiguous!).target).toMatchObject({ eId: 'art_4__cl_4' });
    expect(by(notes.ambiguous!).target.quote!.prefix.endsWith('state secrets about ')).toBe(true);

    const fuzzy = by(notes.edited!);
    expect(fuzzy.outcome).toBe('fuzzy');
    expect(fuzzy.target.eId).toBe('art_4__cl_3');
    expect(fuzzy.target.quote!.exact).toBe('maintains confidentiality and ensure safety');

    for (const key of ['deleted', 'wholeDeleted'] as const) {
      const r = by(notes[key]!);
      expect(r.outcome).toBe('orphaned');
      expect(r.target).toEqual(notes[key]!.target); // kept exactly as it was
    }
  });

  it('gives up on the fuzzy step when the time limit has passed, leaving an orphan', () => {
    const notes = annotateOriginal();
    const newNodes = corpus.revise(DOC, revisedNodes());
    const { results } = reanchor(null, newNodes, [notes.edited!], { newDocHash: 'n', fuzzyTimeLimitMs: -1 });
    expect(results[0]!.outcome).toBe('orphaned');
  });
});

describe('AnnotationService.reanchorDocument', () => {
  it('updates stored targets, lists orphans, never deletes them, and is undoable', () => {
    const notes = annotateOriginal();
    const oldNodes = corpus.getNodes(DOC);
    corpus.revise(DOC, revisedNodes());
    const report = svc.reanchorDocument(DOC, oldNodes);
    expect(report).toEqual({ unchanged: 2, moved: 3, fuzzy: 1, review: 0, orphaned: 2 });

    const orphans = svc
      .list({ orphaned: true })
      .map((a) => a.id)
      .sort();
    expect(orphans).toEqual([notes.deleted!.id, notes.wholeDeleted!.id].sort());
    expect(svc.list()).toHaveLength(8);
    expect(svc.get(notes.renumbered!.id)).toMatchObject({ anchor: 'moved', target: { eId: 'art_4__cl_4' } });
    expect(svc.list({ docId: DOC, eId: 'art_4__cl_4' }).map((a) => a.id)).toContain(notes.renumbered!.id);

    // Running again only retries the orphans, which stay orphans.
    expect(svc.reanchorDocument(DOC)).toEqual({ unchanged: 0, moved: 0, fuzzy: 0, review: 0, orphaned: 2 });

    svc.undo();
    expect(svc.get(notes.renumbered!.id).target).toEqual(notes.renumbered!.target);
    expect(svc.list({ orphaned: true })).toEqual([]);
  });
});

describe('fuzzyFind', () => {
  it('finds the closest approximate occurrence within the error bound', () => {
    const t = text('art_4__cl_3');
    const hit = fuzzyFind('national defence and security', t, 3, performance.now() + 1000)!;
    expect(t.slice(hit.start, hit.end)).toBe('national defense and security');
    expect(hit.distance).toBe(1);
    expect(fuzzyFind('completely unrelated wording here', t, 3, performance.now() + 1000)).toBeNull();
  });
});

describe('AnnotationService.reanchorAll (start-up pass)', () => {
  it('re-anchors only changed documents and orphans the notes of a removed one', () => {
    const notes = annotateOriginal();
    const other = new FixtureCorpus({ 'decree-63-2020': DECREE_NODES, 'imported-doc': DECREE_NODES });
    const svc2 = new AnnotationService({
      db: env.db,
      corpus: other,
      clock: steppingClock(),
      author: () => 'R',
    });
    const onImported = svc2.create({ docId: 'imported-doc', eId: 'art_4__cl_1', quote: 'social order' });
    expect(svc2.reanchorAll()).toEqual({});

    corpus.revise(DOC, revisedNodes()); // `corpus` lacks imported-doc: as if it was removed
    const reports = svc.reanchorAll();
    expect(reports['imported-doc']).toEqual({ unchanged: 0, moved: 0, fuzzy: 0, review: 0, orphaned: 1 });
    // Without the old text, the whole-provision note on art_4__cl_4 stays with its eId (counted unchanged).
    expect(reports[DOC]).toEqual({ unchanged: 3, moved: 3, fuzzy: 1, review: 0, orphaned: 1 });
    expect(svc.get(onImported.id)).toMatchObject({ anchor: 'orphaned', target: onImported.target });
    expect(svc.get(notes.renumbered!.id).target.eId).toBe('art_4__cl_4');
  });
});
