// toc-model: the contents tree of a Vietnamese act (Phần › Chương › Mục › Tiểu mục › Điều), counts rolled up, visibility and the reveal path.
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../electron/shared/types';
import { buildToc, tocPathTo, visibleItems, type TocItem } from '../../renderer/src/toc/toc-model';

type Spec = [
  eId: string,
  parentEId: string | null,
  kind: CorpusNode['kind'],
  num: string | null,
  heading?: string,
];

function nodes(specs: readonly Spec[]): CorpusNode[] {
  const byEId = new Map<string, CorpusNode>();
  return specs.map(([eId, parentEId, kind, num, heading], order) => {
    const depth = parentEId === null ? 0 : (byEId.get(parentEId)?.depth ?? -1) + 1;
    const n: CorpusNode = {
      docId: 'law-12-2030',
      eId,
      parentEId,
      kind,
      num,
      heading: heading ?? null,
      text: '',
      order,
      depth,
      cells: null,
    };
    byEId.set(eId, n);
    return n;
  });
}

/** A law with two parts, a chapter number that restarts in the second part, a sub-section and an appendix table. */
const LAW = nodes([
  ['title', null, 'title', null],
  ['preamble', null, 'preamble', null],
  ['part_1', null, 'part', 'THỨ NHẤT', 'QUY ĐỊNH CHUNG'],
  ['chp_1', 'part_1', 'chapter', 'I', 'PHẠM VI'],
  ['art_1', 'chp_1', 'article', '1', 'Phạm vi điều chỉnh'],
  ['art_1__cl_1', 'art_1', 'clause', '1'],
  ['art_1__cl_1__pt_dd', 'art_1__cl_1', 'point', 'dd'],
  ['chp_1__sec_1', 'chp_1', 'section', '1', 'QUYỀN SỞ HỮU'],
  ['chp_1__sec_1__subsec_1', 'chp_1__sec_1', 'subsection', '1', 'QUYỀN CHIẾM HỮU'],
  ['art_2', 'chp_1__sec_1__subsec_1', 'article', '2', 'Chiếm hữu'],
  ['art_2__source', 'art_2', 'source-note', null],
  ['art_2__cl_1', 'art_2', 'clause', '1'],
  ['fn_1', 'art_2__cl_1', 'footnote', '1'],
  ['part_2', null, 'part', 'THỨ HAI', 'ĐIỀU KHOẢN THI HÀNH'],
  ['part_2__chp_1', 'part_2', 'chapter', 'I', 'HIỆU LỰC'],
  ['art_3', 'part_2__chp_1', 'article', '3', 'Hiệu lực thi hành'],
  ['signature', null, 'signature', null],
  ['annex_1', null, 'annex', null, 'PHỤ LỤC'],
  ['annex_1__grp_1', 'annex_1', 'annex-group', '1'],
  ['annex_1__grp_1__row_1', 'annex_1__grp_1', 'annex-row', '1'],
]);

/** The tree as [eId, level, count, children] for exact comparison. */
type Shape = [string, number, number, Shape[]];
const shape = (items: readonly TocItem[]): Shape[] =>
  items.map((i) => [i.node.eId, i.level, i.count, shape(i.children)]);

describe('buildToc', () => {
  it('nests the navigable provisions and leaves out the title, clauses, points, notes and table rows', () => {
    expect(shape(buildToc(LAW, new Map()))).toEqual([
      ['preamble', 1, 0, []],
      [
        'part_1',
        1,
        0,
        [
          [
            'chp_1',
            2,
            0,
            [
              ['art_1', 3, 0, []],
              ['chp_1__sec_1', 3, 0, [['chp_1__sec_1__subsec_1', 4, 0, [['art_2', 5, 0, []]]]]],
            ],
          ],
        ],
      ],
      ['part_2', 1, 0, [['part_2__chp_1', 2, 0, [['art_3', 3, 0, []]]]]],
      ['signature', 1, 0, []],
      ['annex_1', 1, 0, [['annex_1__grp_1', 2, 0, []]]],
    ]);
  });

  it('rolls each count up to every entry above it, from points, source notes and footnotes too', () => {
    const counts = new Map([
      ['art_1__cl_1__pt_dd', 2],
      ['art_2__source', 1],
      ['fn_1', 3],
      ['art_3', 4],
      ['preamble', 1],
      ['annex_1__grp_1__row_1', 5],
    ]);
    expect(shape(buildToc(LAW, counts))).toEqual([
      ['preamble', 1, 1, []],
      [
        'part_1',
        1,
        6,
        [
          [
            'chp_1',
            2,
            6,
            [
              ['art_1', 3, 2, []],
              ['chp_1__sec_1', 3, 4, [['chp_1__sec_1__subsec_1', 4, 4, [['art_2', 5, 4, []]]]]],
            ],
          ],
        ],
      ],
      ['part_2', 1, 4, [['part_2__chp_1', 2, 4, [['art_3', 3, 4, []]]]]],
      ['signature', 1, 0, []],
      ['annex_1', 1, 5, [['annex_1__grp_1', 2, 5, []]]],
    ]);
  });

  it('ignores counts on provisions the document does not have', () => {
    const all = (items: readonly TocItem[]): TocItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    const counted = all(buildToc(LAW, new Map([['art_99', 7]])));
    expect(counted).toHaveLength(13);
    expect(counted.filter((i) => i.count !== 0)).toEqual([]);
  });

  it('hangs an entry under its nearest listed ancestor when its parent has no entry (a caption in a paragraph)', () => {
    const commentary = nodes([
      ['intro__p_1', null, 'paragraph', null],
      ['sec_1', null, 'section', '1', 'Research and development'],
      ['sec_1__p_1', 'sec_1', 'paragraph', null],
      ['sec_1__caption_1', 'sec_1__p_1', 'caption', null],
      ['author', null, 'author', null],
    ]);
    const counts = new Map([['sec_1__caption_1', 1]]);
    expect(shape(buildToc(commentary, counts))).toEqual([
      ['sec_1', 1, 1, [['sec_1__caption_1', 2, 1, []]]],
      ['author', 1, 0, []],
    ]);
  });
});

describe('visibleItems', () => {
  const roots = buildToc(LAW, new Map());
  const eIds = (expanded: readonly string[]) => visibleItems(roots, new Set(expanded)).map((i) => i.node.eId);

  it('shows the roots, and the children of expanded entries in reading order', () => {
    expect(eIds([])).toEqual(['preamble', 'part_1', 'part_2', 'signature', 'annex_1']);
    expect(eIds(['part_1', 'chp_1'])).toEqual([
      'preamble',
      'part_1',
      'chp_1',
      'art_1',
      'chp_1__sec_1',
      'part_2',
      'signature',
      'annex_1',
    ]);
  });

  it('hides the children of an expanded entry whose own parent is collapsed', () => {
    expect(eIds(['chp_1', 'chp_1__sec_1', 'annex_1'])).toEqual([
      'preamble',
      'part_1',
      'part_2',
      'signature',
      'annex_1',
      'annex_1__grp_1',
    ]);
  });
});

describe('tocPathTo', () => {
  const byEId = new Map(LAW.map((n) => [n.eId, n]));

  it('lists the ancestors of a provision from the nearest up, so the tree can expand them', () => {
    expect(tocPathTo('art_1__cl_1__pt_dd', byEId)).toEqual(['art_1__cl_1', 'art_1', 'chp_1', 'part_1']);
    expect(tocPathTo('art_2', byEId)).toEqual(['chp_1__sec_1__subsec_1', 'chp_1__sec_1', 'chp_1', 'part_1']);
  });

  it('is empty for a top-level provision and for an eId the document does not have', () => {
    expect(tocPathTo('part_2', byEId)).toEqual([]);
    expect(tocPathTo('art_99', byEId)).toEqual([]);
  });
});
