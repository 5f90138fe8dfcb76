// A table nested in a cell that draws nothing is layout (a form's options in invisible columns): its cells become
// paragraphs of the cell around it, so the cell keeps all its text; a nested table that draws anything stays.
import { describe, expect, it } from 'vitest';
import { flattenNestedLayout } from '../../../electron/core/import/docx-nested-layout';
import { tableStyleLines } from '../../../electron/core/import/docx-borders';
import { extractText } from '../../../electron/core/import/extract';
import { docxWithBody } from './fixtures/make-docx';

const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (pr: string, ...body: string[]): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${body.join('')}</w:tc>`;
const tbl = (tblPr: string, ...rows: string[][]): string =>
  `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
const LINE =
  '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders>';

/** Form 01c's row: "1.2. Người yêu cầu đăng ký" over two invisible columns of options, then more lines. */
const options = (innerPr = '', cellPr = '', ...more: string[][]): string =>
  tbl(
    LINE,
    [
      tc(
        '',
        p('1.2. Người yêu cầu đăng ký'),
        tbl(
          innerPr,
          [tc(cellPr, p('□ Bên nhận bảo đảm')), tc(cellPr, p('□ Bên bảo đảm'))],
          [tc('', p('□ Quản tài viên')), tc('', p('□ Người đại diện'))],
        ),
        p('- Địa chỉ liên hệ'),
      ),
    ],
    ...more,
  );
const textOf = (xml: string): string =>
  xml
    .replace(/<\/w:p>/gu, '¶')
    .replace(/<w:tbl>/gu, '[')
    .replace(/<\/w:tbl>/gu, ']')
    .replace(/<[^>]+>/gu, '');

describe('tables nested in a cell', () => {
  it('writes a nested table that draws nothing as paragraphs of its cell, row by row', () => {
    expect(textOf(flattenNestedLayout(options()))).toBe(
      '[1.2. Người yêu cầu đăng ký¶□ Bên nhận bảo đảm¶□ Bên bảo đảm¶□ Quản tài viên¶□ Người đại diện¶- Địa chỉ liên hệ¶]',
    );
  });

  it('keeps a nested table with a border, a shading, a paragraph border or a drawing style', () => {
    for (const xml of [
      options(LINE),
      options('', '<w:tcBorders><w:left w:val="single"/></w:tcBorders>'),
      options('', '<w:shd w:val="clear" w:fill="D9D9D9"/>'),
      options('<w:tblStyle w:val="Grid"/>'),
    ])
      expect(
        flattenNestedLayout(
          xml,
          `<w:styles><w:style w:type="table" w:styleId="Grid"><w:tblPr>${LINE}</w:tblPr></w:style></w:styles>`,
        ),
      ).toBe(xml);
    const boxed = options().replace(
      '<w:t xml:space="preserve">□ Bên bảo đảm',
      '<w:pPr><w:pBdr><w:top w:val="single"/></w:pBdr></w:pPr><w:t xml:space="preserve">□ Bên bảo đảm',
    );
    expect(flattenNestedLayout(boxed)).toBe(boxed);
    // A nil border draws nothing, and a table on the page is never touched.
    expect(
      textOf(flattenNestedLayout(options('<w:tblBorders><w:top w:val="nil"/></w:tblBorders>'))),
    ).not.toContain('[□');
    const page = tbl('', [tc('', p('x'))]);
    expect(flattenNestedLayout(page)).toBe(page);
  });

  it('flattens layout nested two deep, inside out', () => {
    const deep = tbl(LINE, [
      tc('', p('a'), tbl('', [tc('', p('b'), tbl('', [tc('', p('c'))]), p('d'))]), p('e')),
    ]);
    expect(textOf(flattenNestedLayout(deep))).toBe('[a¶b¶c¶d¶e¶]');
  });

  it('knows which table styles draw, through what they are based on', () => {
    const styles = `<w:styles><w:style w:type="table" w:styleId="Plain"><w:tblPr/></w:style><w:style w:type="table" w:styleId="Child"><w:basedOn w:val="Grid"/></w:style><w:style w:type="table" w:styleId="Grid"><w:tblPr>${LINE}</w:tblPr></w:style></w:styles>`;
    expect([...tableStyleLines(styles)]).toEqual([
      ['Plain', false],
      ['Child', true],
      ['Grid', true],
    ]);
  });

  it('keeps the whole cell in its row in an imported DOCX', async () => {
    // A second row, so the outer table is a table and not a box of one cell.
    const docx = docxWithBody(`${options('', '', [tc('', p('2. Hợp đồng'))])}${p('Sau bảng')}`);
    const { text } = await extractText(new Uint8Array(docx), 'form.docx');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      '\t1.2. Người yêu cầu đăng ký □ Bên nhận bảo đảm □ Bên bảo đảm □ Quản tài viên □ Người đại diện - Địa chỉ liên hệ',
      '\t2. Hợp đồng',
      'Sau bảng',
    ]);
  });
});
