// reader blocks: grouping nodes into render blocks (source notes under their article, appendix rows into tables) and laying out merged table cells.
import { describe, expect, it } from 'vitest';
import type { CorpusNode, TableCell } from '../../electron/shared/types';
import { layoutTable, toBlocks, type Block } from '../../renderer/src/reader/blocks';

function node(
  eId: string,
  parentEId: string | null,
  kind: CorpusNode['kind'],
  fields: Partial<Pick<CorpusNode, 'num' | 'heading' | 'text' | 'cells'>> = {},
): CorpusNode {
  return {
    docId: 'code-91-2015',
    eId,
    parentEId,
    kind,
    num: fields.num ?? null,
    heading: fields.heading ?? null,
    text: fields.text ?? '',
    order: 0,
    depth: 0,
    cells: fields.cells ?? null,
  };
}

const cells = (...texts: (string | null)[]): TableCell[] =>
  texts.map((t) => (t === null ? { text: 'Cấp phép', continued: true } : { text: t, continued: false }));

const HEADER = cells('STT', 'Tên sản phẩm', 'Ghi chú');

/** A compact description of blocks: node blocks as eId (+ lead eIds), tables as their key, annex and row eIds. */
const describeBlocks = (blocks: readonly Block[]) =>
  blocks.map((b) =>
    b.type === 'node'
      ? { key: b.key, node: b.node.eId, lead: b.lead.map((n) => n.eId) }
      : { key: b.key, annex: b.annexEId, header: b.header, rows: b.rows.map((n) => n.eId) },
  );

describe('toBlocks', () => {
  it('carries a source note right after its article into that article, and leaves other notes as blocks', () => {
    const nodes = [
      node('art_1_11_lq_1', null, 'article', { num: '1.11.LQ.1' }),
      node('art_1_11_lq_1__source', 'art_1_11_lq_1', 'source-note'),
      node('art_1_11_lq_1__related', 'art_1_11_lq_1', 'related-note'),
      node('art_2', null, 'article', { num: '2' }),
      node('art_2__cl_1', 'art_2', 'clause', { num: '1' }),
      // Not right after its article: shown where it stands.
      node('art_2__source', 'art_2', 'source-note'),
    ];
    expect(describeBlocks(toBlocks(nodes))).toEqual([
      { key: 'art_1_11_lq_1', node: 'art_1_11_lq_1', lead: ['art_1_11_lq_1__source'] },
      { key: 'art_1_11_lq_1__related', node: 'art_1_11_lq_1__related', lead: [] },
      { key: 'art_2', node: 'art_2', lead: [] },
      { key: 'art_2__cl_1', node: 'art_2__cl_1', lead: [] },
      { key: 'art_2__source', node: 'art_2__source', lead: [] },
    ]);
  });

  it('gathers consecutive appendix groups and rows into one table under the last appendix and its header', () => {
    const nodes = [
      node('art_5', null, 'article', { num: '5' }),
      node('annex_1', null, 'annex', { heading: 'PHỤ LỤC', cells: HEADER }),
      node('annex_1__grp_1', 'annex_1', 'annex-group', { num: 'I' }),
      node('annex_1__grp_1__row_1', 'annex_1__grp_1', 'annex-row', { num: '1' }),
      node('annex_1__grp_1__row_2', 'annex_1__grp_1', 'annex-row', { num: '2' }),
      node('annex_1__p_ghi_chu', 'annex_1', 'paragraph', { text: 'Ghi chú: …' }),
      node('annex_1__grp_2', 'annex_1', 'annex-group', { num: 'II' }),
      node('annex_1__grp_2__row_1', 'annex_1__grp_2', 'annex-row', { num: '1' }),
      node('annex_2', null, 'annex', { heading: 'PHỤ LỤC II' }),
      node('annex_2__row_1', 'annex_2', 'annex-row', { num: '1' }),
    ];
    expect(describeBlocks(toBlocks(nodes))).toEqual([
      { key: 'art_5', node: 'art_5', lead: [] },
      { key: 'annex_1', node: 'annex_1', lead: [] },
      {
        key: 'table:annex_1__grp_1',
        annex: 'annex_1',
        header: HEADER,
        rows: ['annex_1__grp_1', 'annex_1__grp_1__row_1', 'annex_1__grp_1__row_2'],
      },
      { key: 'annex_1__p_ghi_chu', node: 'annex_1__p_ghi_chu', lead: [] },
      {
        key: 'table:annex_1__grp_2',
        annex: 'annex_1',
        header: HEADER,
        rows: ['annex_1__grp_2', 'annex_1__grp_2__row_1'],
      },
      { key: 'annex_2', node: 'annex_2', lead: [] },
      { key: 'table:annex_2__row_1', annex: 'annex_2', header: null, rows: ['annex_2__row_1'] },
    ]);
  });

  it('names a table by its first row when no appendix came before it', () => {
    const blocks = toBlocks([
      node('annex_1__row_3', null, 'annex-row', { num: '3', cells: cells('3', 'x') }),
    ]);
    expect(describeBlocks(blocks)).toEqual([
      { key: 'table:annex_1__row_3', annex: 'annex_1__row_3', header: null, rows: ['annex_1__row_3'] },
    ]);
  });
});

describe('layoutTable', () => {
  const rows = [
    node('annex_1__grp_1', 'annex_1', 'annex-group', { num: 'I', heading: 'Sản phẩm chuyên dụng' }),
    node('annex_1__grp_1__row_1', 'annex_1__grp_1', 'annex-row', { cells: cells('1', 'Súng', 'Cấp phép') }),
    node('annex_1__grp_1__row_2', 'annex_1__grp_1', 'annex-row', { cells: cells('2', 'Đạn', null) }),
    node('annex_1__grp_1__row_3', 'annex_1__grp_1', 'annex-row', { cells: cells('3', 'Pháo', null) }),
    // A group heading printed across every column of the source table.
    node('annex_1__grp_1__row_x_1_nhom_b', 'annex_1__grp_1', 'annex-row', {
      cells: cells('Nhóm B', 'Nhóm B ', 'Nhóm B'),
    }),
    node('annex_1__grp_1__row_4', 'annex_1__grp_1', 'annex-row', { cells: cells('4', 'Mìn', null) }),
    node('annex_1__grp_2', 'annex_1', 'annex-group', { num: '2', text: 'Lưỡng dụng' }),
  ];
  const laid = layoutTable(rows);
  const one = (text: string, column: number, rowSpan = 1) => ({ text, rowSpan, colSpan: 1, column });

  it('merges a continued cell into the nearest cell above in its column', () => {
    expect(laid[1]?.cells).toEqual([one('1', 0), one('Súng', 1), one('Cấp phép', 2, 3)]);
    expect(laid[2]?.cells).toEqual([one('2', 0), one('Đạn', 1)]);
    expect(laid[3]?.cells).toEqual([one('3', 0), one('Pháo', 1)]);
  });

  it('spans group headings and rows repeating one text across every column, and merges never cross them', () => {
    expect(laid.map((r) => r.node.eId)).toEqual(rows.map((r) => r.eId));
    expect(laid[0]?.cells).toEqual([{ text: 'I Sản phẩm chuyên dụng', rowSpan: 1, colSpan: 3, column: 0 }]);
    expect(laid[4]?.cells).toEqual([{ text: 'Nhóm B', rowSpan: 1, colSpan: 3, column: 0 }]);
    // Nothing above to continue since the heading row: the cell keeps its own (carried) text.
    expect(laid[5]?.cells).toEqual([one('4', 0), one('Mìn', 1), one('Cấp phép', 2)]);
    expect(laid[6]?.cells).toEqual([{ text: '2 Lưỡng dụng', rowSpan: 1, colSpan: 3, column: 0 }]);
  });

  it('gives a table without cells one column', () => {
    const only = layoutTable([
      node('annex_1__grp_1', 'annex_1', 'annex-group', { num: 'I', heading: 'Nhóm I' }),
    ]);
    expect(only[0]?.cells).toEqual([{ text: 'I Nhóm I', rowSpan: 1, colSpan: 1, column: 0 }]);
  });
});
