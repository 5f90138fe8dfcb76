// A form's head laid out as a table, with a tall merged cell beside rows that draw no line between them, reads as
// one band of columns (as the page and its PDF export show it); a table that frames its merged cells keeps its rows.
import { describe, expect, it } from 'vitest';
import { tableStyleBorders } from '../../../electron/core/import/docx-borders';
import { fuseLayoutBands } from '../../../electron/core/import/docx-layout-bands';
import { extractText } from '../../../electron/core/import/extract';
import { docxWithBody } from './fixtures/make-docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const LINE = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';
const box = (...sides: string[]): string =>
  `<w:tcBorders>${sides.map((s) => (s.startsWith('-') ? `<w:${s.slice(1)} w:val="nil"/>` : `<w:${s} ${LINE}/>`)).join('')}</w:tcBorders>`;
/** A cell: its properties (merge, borders) and paragraphs. */
const tc = (pr: string, ...paras: string[]): string =>
  `<w:tc><w:tcPr><w:tcW w:w="4618" w:type="dxa"/>${pr}</w:tcPr>${paras.length > 0 ? paras.join('') : '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (tblPr: string, ...rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="4618"/><w:gridCol w:w="4618"/></w:tblGrid>${rows.join('')}</w:tbl>`;
const RESTART = '<w:vMerge w:val="restart"/>';
const CONTINUE = '<w:vMerge/>';
const GRID = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;

/** The head of Decree 99/2022's forms: a merged left cell beside the registry's box of two rows. */
const formHead = (tblPr = '', left = box('right')): string =>
  tbl(
    tblPr,
    tr(
      tc(RESTART + left, p('PHIẾU YÊU CẦU'), p('Kính gửi:')),
      tc(box('top', 'left', 'bottom', 'right'), p('PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ')),
    ),
    tr(
      tc(CONTINUE + left),
      tc(box('top', 'left', 'bottom', 'right'), p('Số tiếp nhận:'), p('Người tiếp nhận')),
    ),
  );
const rowsIn = (xml: string): number => xml.match(/<w:tr>/gu)?.length ?? 0;
const textOf = (xml: string): string =>
  xml
    .replace(/<\/w:p>/gu, '¶')
    .replace(/<\/w:tc>/gu, '|')
    .replace(/<\/w:tr>/gu, '\n')
    .replace(/<[^>]+>/gu, '');

describe('layout bands of a DOCX table', () => {
  it('fuses rows that only a borderless merged cell joins, stacking each column in order', () => {
    const out = fuseLayoutBands(formHead());
    expect(rowsIn(out)).toBe(1);
    expect(textOf(out)).toBe(
      'PHIẾU YÊU CẦU¶Kính gửi:¶|PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ¶Số tiếp nhận:¶Người tiếp nhận¶|\n',
    );
    expect(out).not.toContain('<w:vMerge');
  });

  it('keeps the rows of a table that frames its merged cell (its own borders, its style, or the cell)', () => {
    expect(rowsIn(fuseLayoutBands(formHead(GRID, '')))).toBe(2);
    expect(rowsIn(fuseLayoutBands(formHead('', box('top', 'bottom', 'right'))))).toBe(2);
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="table" w:styleId="Grid"><w:basedOn w:val="Plain"/><w:tblPr>${GRID}</w:tblPr></w:style><w:style w:type="table" w:styleId="Plain"><w:tblPr/></w:style></w:styles>`;
    expect(rowsIn(fuseLayoutBands(formHead('<w:tblStyle w:val="Grid"/>', ''), styles))).toBe(2);
    // A cell's nil overrides the table's line: the merged cell is open again, so the band is one row.
    expect(rowsIn(fuseLayoutBands(formHead(GRID, box('-top', '-bottom')), styles))).toBe(1);
  });

  it('leaves rows of different columns, rows without a merged cell, and a merge running out of the band', () => {
    const wide = `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p('Một ô')}</w:tc>`;
    expect(rowsIn(fuseLayoutBands(tbl('', tr(tc(RESTART), tc('', p('a'))), tr(wide))))).toBe(2);
    const plain = tbl(
      '',
      tr(tc('', p('BÊN BẢO ĐẢM')), tc('', p('BÊN NHẬN BẢO ĐẢM'))),
      tr(tc('', p('x')), tc('', p('y'))),
    );
    expect(fuseLayoutBands(plain)).toBe(plain);
    // The right column's merge starts in the second row and runs on into the third: no band can hold it whole.
    const crossing = tbl(
      '',
      tr(tc(RESTART, p('a')), tc('', p('b'))),
      tr(tc(CONTINUE), tc(RESTART, p('c'))),
      tr(tc('', p('d')), tc(CONTINUE)),
    );
    expect(rowsIn(fuseLayoutBands(crossing))).toBe(3);
  });

  it('resolves table styles through basedOn, and counts conditional formats as lines', () => {
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="table" w:styleId="A"><w:basedOn w:val="B"/><w:tblPr><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr></w:style><w:style w:type="table" w:styleId="B"><w:tblPr>${GRID}</w:tblPr></w:style><w:style w:type="table" w:styleId="C"><w:tblStylePr w:type="firstRow"/></w:style><w:style w:type="table" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>`;
    const borders = tableStyleBorders(styles);
    expect(borders.get('A')).toEqual({ top: 'none', bottom: 'line', insideH: 'line' });
    expect(borders.get('C')).toEqual({ top: 'line', bottom: 'line', insideH: 'line' });
    expect(borders.get('Loop')).toEqual({ top: undefined, bottom: undefined, insideH: undefined });
  });

  it('reaches the text of an imported DOCX as one row of two cells', async () => {
    const docx = docxWithBody(formHead());
    const { text } = await extractText(new Uint8Array(docx), 'form.docx');
    const rows = text.split('\n').filter((l) => l.includes('PHẦN GHI') || l.includes('Số tiếp nhận'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Số tiếp nhận');
  });
});
