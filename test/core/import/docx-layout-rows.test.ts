// A table row that draws no box and has text in one cell at most is layout (a signature block placed on the right
// of a borderless row): its cells become paragraphs between the table's other rows, as the PDF export reads them;
// a row that shows cells (upright borders, shading, text side by side) stays a row.
import { describe, expect, it } from 'vitest';
import { EMPTY_CELL } from '../../../electron/core/corpus/ingest/source-lines';
import { splitLayoutRows } from '../../../electron/core/import/docx-layout-rows';
import { extractText } from '../../../electron/core/import/extract';
import { docxWithBody } from './fixtures/make-docx';

const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (pr: string, ...body: string[]): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${body.join('')}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (tblPr: string, ...rows: string[]): string =>
  `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows.join('')}</w:tbl>`;
const BOX = (side: string): string => `<w:tcBorders><w:${side} w:val="single" w:sz="4"/></w:tcBorders>`;
const SIGN = 'Ký, ghi rõ họ và tên';
const textOf = (xml: string): string =>
  xml
    .replace(/<\/w:p>/gu, '¶')
    .replace(/<w:tbl>/gu, '[')
    .replace(/<\/w:tbl>/gu, ']')
    .replace(/<\/w:tr>/gu, '|')
    .replace(/<[^>]+>/gu, '');

/** Form 11b's foot: the applicant's block in the right cell of a borderless row, then the registrar's box. */
const foot = (signPr = '', registrarPr = BOX('left') + BOX('top')): string =>
  tbl(
    '',
    tr(tc('', p('')), tc(signPr, p('NGƯỜI YÊU CẦU'), p(SIGN))),
    tr(tc(registrarPr, p('PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ')), tc(BOX('left'), p(''))),
  );

describe('rows that draw no box', () => {
  it('writes a borderless row with text in one cell as paragraphs before the rest of its table', () => {
    expect(textOf(splitLayoutRows(foot()))).toBe(`¶NGƯỜI YÊU CẦU¶${SIGN}¶[PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ¶¶|]`);
  });

  it('splits the table around a layout row in its middle, each part keeping the table head', () => {
    const xml = tbl(
      '',
      tr(tc(BOX('left'), p('a')), tc(BOX('left'), p('b'))),
      tr(tc('', p('giữa')), tc('', p(''))),
      tr(tc(BOX('right'), p('c')), tc('', p('d'))),
    );
    const out = splitLayoutRows(xml);
    expect(textOf(out)).toBe('[a¶b¶|]giữa¶¶[c¶d¶|]');
    expect(out.match(/<w:tblGrid>/gu)).toHaveLength(2);
  });

  it('keeps a row that shows cells: an upright border, a shading, a bordered paragraph, two blocks side by side', () => {
    const rows = [
      foot(BOX('left')),
      foot(BOX('end')),
      foot('<w:shd w:val="clear" w:fill="D9D9D9"/>'),
      foot().replace(
        '<w:p><w:r><w:t xml:space="preserve">NGƯỜI',
        '<w:p><w:pPr><w:pBdr><w:top w:val="single"/></w:pBdr></w:pPr><w:r><w:t xml:space="preserve">NGƯỜI',
      ),
      tbl('', tr(tc('', p('BÊN BẢO ĐẢM')), tc('', p('BÊN NHẬN BẢO ĐẢM')))),
      tbl('<w:tblBorders><w:insideV w:val="single"/></w:tblBorders>', tr(tc('', p('')), tc('', p('x')))),
    ];
    for (const xml of rows) expect(splitLayoutRows(xml)).toBe(xml);
    // A line under the block (its own bottom border, or a nil upright) closes no box: still layout.
    expect(textOf(splitLayoutRows(foot(BOX('bottom'))))).toMatch(/^¶NGƯỜI YÊU CẦU/u);
    expect(textOf(splitLayoutRows(foot('<w:tcBorders><w:left w:val="nil"/></w:tcBorders>')))).toMatch(
      /^¶NGƯỜI YÊU CẦU/u,
    );
  });

  it('keeps the rows of a table whose style draws, and rows with merged cells or a nested table', () => {
    const styled = tbl('<w:tblStyle w:val="Grid"/>', tr(tc('', p('')), tc('', p('x'))));
    const styles =
      '<w:styles><w:style w:type="table" w:styleId="Grid"><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr></w:style></w:styles>';
    expect(splitLayoutRows(styled, styles)).toBe(styled);
    const merged = tbl('', tr(tc('<w:vMerge w:val="restart"/>', p('x')), tc('', p(''))));
    expect(splitLayoutRows(merged)).toBe(merged);
    const nested = tbl('', tr(tc('', p('x'), tbl('', tr(tc(BOX('left'), p('y'))))), tc('', p(''))));
    expect(splitLayoutRows(nested)).toBe(nested);
  });

  it('reads the block as lines, not as a row of cells, in an imported DOCX', async () => {
    const docx = docxWithBody(`${p('4. Giấy tờ kèm theo')}${foot()}`);
    const { text } = await extractText(new Uint8Array(docx), 'form.docx');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      '4. Giấy tờ kèm theo',
      'NGƯỜI YÊU CẦU',
      SIGN,
      '\tPHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ',
      `\t${EMPTY_CELL}`,
    ]);
  });
});
