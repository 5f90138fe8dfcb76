// Merged table cells in HTML (and DOCX, which mammoth turns into HTML): a cell merged down over several rows
// (`rowspan`) leaves an empty cell in its column in each row it covers, so the appendix parser reads it as
// "continues the cell above" and the row's own cells stay under their column headings.
import { describe, expect, it } from 'vitest';
import { EMPTY_CELL } from '../../../electron/core/corpus/ingest/source-lines';
import { htmlToText } from '../../../electron/core/import/html-to-text';
import { rowsOf } from './fixtures/rows-of';

const cellsOf = (html: string): string[][] => rowsOf(htmlToText(html));

describe('rowspan in HTML tables', () => {
  it('writes a merged first-column cell as an empty cell of the rows it covers', () => {
    const html =
      '<table><tr><td rowspan="2">Header</td><td>Registry part</td></tr><tr><td>Entered in book</td></tr>' +
      '<tr><td>Last</td><td>Row</td></tr></table>';
    expect(cellsOf(html)).toEqual([
      ['Header', 'Registry part'],
      ['', 'Entered in book'],
      ['Last', 'Row'],
    ]);
  });

  it('fills a merged last-column cell at the end of the rows it covers, also without </tr>', () => {
    const html = '<table><tr><td>A</td><td rowspan=3>Side</td><tr><td>B</td><tr><td>C</td></table>';
    expect(cellsOf(html)).toEqual([
      ['A', 'Side'],
      ['B', ''],
      ['C', ''],
    ]);
  });

  it('places cells after a merged cell that is also several columns wide', () => {
    const html = '<table><tr><td rowspan="2" colspan="2">Wide</td><td>x</td></tr><tr><td>y</td></tr></table>';
    expect(cellsOf(html)).toEqual([
      ['Wide', 'x'],
      ['', 'y'],
    ]);
  });

  it('says a cell of no text is empty, unlike the place a merged cell covers', () => {
    const html =
      '<table><tr><td rowspan="2">M</td><td>a</td><td>b</td></tr><tr><td></td><td> </td></tr></table>';
    expect(cellsOf(html)).toEqual([
      ['M', 'a', 'b'],
      ['', EMPTY_CELL, EMPTY_CELL],
    ]);
  });

  it('clamps a huge rowspan and leaves tables that follow alone', () => {
    const html =
      '<table><tr><td rowspan="999999999">M</td><td>1</td></tr></table><table><tr><td>P</td><td>Q</td></tr></table>';
    expect(cellsOf(html)).toEqual([
      ['M', '1'],
      ['P', 'Q'],
    ]);
  });
});

describe('a table of one cell', () => {
  it('is a box round its paragraphs: they are written as lines, as its PDF reads', () => {
    const html =
      '<p>Before</p><table><tr><td><p>1. Bên bảo đảm</p><p>Tên:</p><p></p><p>Địa chỉ:</p></td></tr></table><p>After</p>';
    expect(
      htmlToText(html)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['Before', '1. Bên bảo đảm', 'Tên:', 'Địa chỉ:', 'After']);
  });

  it('stays a table when it has a second cell, or a table inside it', () => {
    expect(cellsOf('<table><tr><td><p>A</p><p>B</p></td></tr><tr><td>C</td></tr></table>')).toEqual([
      ['A B'],
      ['C'],
    ]);
    const nested = htmlToText(
      '<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>',
    );
    expect(nested).toContain('\tx');
  });
});
