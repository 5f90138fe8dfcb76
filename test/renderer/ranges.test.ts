// reader ranges: find-in-document matches, static refs/footnote markers/terms per provision, and the range cache's reuse.
import { describe, expect, it } from 'vitest';
import type {
  Annotation,
  CorpusNode,
  CrossRef,
  DefinedTerm,
  DocumentMeta,
} from '../../electron/shared/types';
import { RangeCache, findAll, staticRanges } from '../../renderer/src/reader/ranges';
import { indexDocument } from '../../renderer/src/state/use-document';

const DOC = 'decree-63-2020';

function node(eId: string, parentEId: string | null, kind: CorpusNode['kind'], text: string): CorpusNode {
  return {
    docId: DOC,
    eId,
    parentEId,
    kind,
    num: /\d+$/.exec(eId)?.[0] ?? null,
    heading: null,
    text,
    order: 0,
    depth: 0,
    cells: null,
  };
}

const NODES: CorpusNode[] = [
  node('chp_2', null, 'chapter', ''),
  node(
    'art_3',
    'chp_2',
    'article',
    '"Dual-use security product" means a product for civil and security use.',
  ),
  node('art_6', 'chp_2', 'article', ''),
  node('art_6__cl_1', 'art_6', 'clause', 'Dual-use security products named in Article 3[1] need a licence.'),
  node('fn_1', 'art_6__cl_1', 'footnote', 'Amended by Decree 19/2019.'),
  node('art_6__cl_2', 'art_6', 'clause', 'A licence is issued for each licence holder.'),
  node('art_7', 'chp_2', 'article', 'Cơ sở công nghiệp an ninh phải bảo đảm an ninh.'),
  node('art_8', 'chp_2', 'article', 'As defined in the Law on Defence and Security Industry[2].'),
  node('fn_2', 'art_8', 'footnote', 'See the Law of 2024.'),
].map((n, order) => ({ ...n, order }));

function ref(fromEId: string, start: number, end: number, label: string, targetEId: string | null): CrossRef {
  return {
    docId: DOC,
    fromEId,
    start,
    end,
    label,
    kind: targetEId === null ? 'external' : 'internal',
    targetDocId: targetEId === null ? null : DOC,
    targetEId,
    citedAct: targetEId === null ? label : null,
  };
}

const TO_ART_3 = ref('art_6__cl_1', 36, 45, 'Article 3', 'art_3');
const LAW = ref('art_8', 18, 54, 'Law on Defence and Security Industry', null);
// The core already linked this marker itself, so the reader must not add a second link over it.
const OWN_MARKER = ref('art_8', 54, 57, '[2]', 'fn_2');

const term = (t: string, definingEId: string): DefinedTerm => ({
  docId: DOC,
  term: t,
  definingEId,
  definition: '',
});
const DUAL_USE = term('dual-use security product', 'art_3');
const SECURITY_INDUSTRY = term('security industry', 'art_2');
const CNAN = term('công nghiệp an ninh', 'art_2');

const META: DocumentMeta = {
  docId: DOC,
  kind: 'decree',
  title: 'Decree on Security Industry',
  shortTitle: 'Decree 63',
  number: '63/2020/ND-CP',
  issuer: null,
  signer: null,
  author: null,
  issued: null,
  effective: null,
  published: null,
  language: 'en',
  status: 'test',
  about: null,
  source: 'test',
  contentHash: 'h',
};
const LOADED = indexDocument(META, NODES, [TO_ART_3, LAW, OWN_MARKER], [DUAL_USE, SECURITY_INDUSTRY, CNAN]);

describe('findAll', () => {
  it('lists every match of the query in reading order, ignoring case', () => {
    expect(findAll(NODES, 'LICENCE')).toEqual([
      { eId: 'art_6__cl_1', start: 56, end: 63 },
      { eId: 'art_6__cl_2', start: 2, end: 9 },
      { eId: 'art_6__cl_2', start: 29, end: 36 },
    ]);
    expect(findAll(NODES, ' an ninh ')).toEqual([
      { eId: 'art_7', start: 18, end: 25 },
      { eId: 'art_7', start: 39, end: 46 },
    ]);
  });

  it('finds nothing for an empty or blank query, and keeps Vietnamese marks significant', () => {
    expect(findAll(NODES, '')).toEqual([]);
    expect(findAll(NODES, '   ')).toEqual([]);
    expect(findAll(NODES, 'bao dam')).toEqual([]);
  });
});

describe('staticRanges', () => {
  const ranges = staticRanges(LOADED);

  it('puts refs first, then footnote markers, then terms, each on its own provision', () => {
    expect(ranges.get('art_6__cl_1')).toEqual([
      { start: 36, end: 45, deco: { type: 'ref', ref: TO_ART_3 } },
      {
        start: 45,
        end: 48,
        deco: {
          type: 'ref',
          ref: { ...ref('art_6__cl_1', 45, 48, '[1]', 'fn_1'), citedAct: null },
        },
      },
      { start: 0, end: 26, deco: { type: 'term', term: DUAL_USE } },
    ]);
    expect(ranges.get('art_7')).toEqual([{ start: 6, end: 25, deco: { type: 'term', term: CNAN } }]);
  });

  it('drops a marker the core already linked and a term inside a reference', () => {
    expect(ranges.get('art_8')).toEqual([
      { start: 18, end: 54, deco: { type: 'ref', ref: LAW } },
      { start: 54, end: 57, deco: { type: 'ref', ref: OWN_MARKER } },
    ]);
  });

  it('has no entry for provisions without decorations, nor for the provision defining a term', () => {
    expect([...ranges.keys()].sort()).toEqual(['art_6__cl_1', 'art_7', 'art_8']);
  });
});

function highlight(
  id: string,
  eId: string,
  start: number,
  end: number,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    target: { docId: DOC, docHash: 'h', eId, position: { start, end }, quote: null },
    continues: [],
    note: '',
    color: 'yellow',
    tags: [],
    author: 'R',
    created: '2026-01-01T00:00:00Z',
    updated: '2026-01-01T00:00:00Z',
    deleted: null,
    anchor: 'anchored',
    ...extra,
  };
}

describe('RangeCache', () => {
  const base = staticRanges(LOADED);
  const h1 = highlight('h1', 'art_6__cl_2', 2, 9);
  const orphan = highlight('h2', 'art_7', 0, 5, { anchor: 'orphaned' });
  const whole: Annotation = {
    ...highlight('h3', 'art_3', 0, 1),
    target: { ...h1.target, eId: 'art_3', position: null },
  };
  const find = findAll(NODES, 'licence');

  it('adds highlights, find matches and the opened hit after the static ranges', () => {
    const cache = new RangeCache(DOC);
    const out = cache.merge(
      base,
      [h1, orphan, whole],
      find,
      1,
      { eId: 'art_7', words: ['an ninh'] },
      LOADED.byEId,
    );
    expect(out.get('art_6__cl_2')).toEqual([
      { start: 2, end: 9, deco: { type: 'highlight', annotation: h1 } },
      { start: 2, end: 9, deco: { type: 'find', index: 1, current: true } },
      { start: 29, end: 36, deco: { type: 'find', index: 2, current: false } },
    ]);
    expect(out.get('art_6__cl_1')?.slice(3)).toEqual([
      { start: 56, end: 63, deco: { type: 'find', index: 0, current: false } },
    ]);
    // The orphaned note and the whole-provision note draw nothing.
    expect(out.get('art_7')).toEqual([
      { start: 6, end: 25, deco: { type: 'term', term: CNAN } },
      { start: 18, end: 25, deco: { type: 'hit' } },
      { start: 39, end: 46, deco: { type: 'hit' } },
    ]);
    expect(out.has('art_3')).toBe(false);
  });

  it('hands back the same array for a provision whose ranges did not change', () => {
    const cache = new RangeCache(DOC);
    const first = cache.merge(base, [h1], find, 0, null, LOADED.byEId);
    const again = cache.merge(base, [h1], find, 0, null, LOADED.byEId);
    expect(again.get('art_6__cl_1')).toBe(first.get('art_6__cl_1'));
    expect(again.get('art_6__cl_2')).toBe(first.get('art_6__cl_2'));

    // Moving to the next match changes the two provisions holding the old and the new current match only.
    const next = cache.merge(base, [h1], find, 1, null, LOADED.byEId);
    expect(next.get('art_6__cl_1')).not.toBe(again.get('art_6__cl_1'));
    expect(next.get('art_6__cl_2')).not.toBe(again.get('art_6__cl_2'));
    expect(next.get('art_8')).toBe(again.get('art_8'));

    // An edited note (new colour, later update) is a change; a closed find drops the find-only entries' marks.
    const edited = cache.merge(
      base,
      [{ ...h1, color: 'red', updated: '2026-02-01T00:00:00Z' }],
      find,
      1,
      null,
      LOADED.byEId,
    );
    expect(edited.get('art_6__cl_2')).not.toBe(next.get('art_6__cl_2'));
    expect(edited.get('art_6__cl_1')).toBe(next.get('art_6__cl_1'));
    const closed = cache.merge(base, [], [], -1, null, LOADED.byEId);
    expect(closed.has('art_6__cl_2')).toBe(false);
    expect(closed.get('art_6__cl_1')).toEqual(base.get('art_6__cl_1'));
  });
});
