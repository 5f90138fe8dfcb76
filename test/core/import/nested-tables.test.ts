// A table drawn inside the only cell of a row (a form's section with its table of vehicles) is read in place, the
// same way from HTML/DOCX and from a PDF: the cell's text above the inner table as a row, the inner table's rows,
// then the cell's text below it as a further row; an empty part is no row.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../electron/core/import/html-to-text';
import type { PdfRect } from '../../../electron/core/import/pdf/rects';
import type { PdfTextItem } from '../../../electron/core/import/pdf-lines';
import { joinPages, pageLines } from '../../../electron/core/import/pdf-lines';
import { rowsOf } from './fixtures/rows-of';

const INNER = '<table><tr><td>TT</td><td>Số khung</td></tr><tr><td>1</td><td>ABC</td></tr></table>';
const EXPECTED = [
  ['2.4. Tài sản 2.4.1. Phương tiện'],
  ['TT', 'Số khung'],
  ['1', 'ABC'],
  ['2.4.2. Hàng hóa Tên hàng hóa:'],
  ['2.4.3. Quyền tài sản'],
];

describe('a table drawn in a cell, from HTML (and DOCX)', () => {
  it('reads the cell above the inner table, its rows, then the rest of the cell, in reading order', () => {
    const html = `<table><tr><td><p>2.4. Tài sản</p><p>2.4.1. Phương tiện</p>${INNER}<p>2.4.2. Hàng hóa</p><p>Tên hàng hóa:</p></td></tr><tr><td><p>2.4.3. Quyền tài sản</p></td></tr></table>`;
    expect(rowsOf(htmlToText(html))).toEqual(EXPECTED);
  });

  it('writes no row for a part of the cell with no text', () => {
    const html = `<table><tr><td>${INNER}</td></tr><tr><td><p>Sau</p></td></tr></table>`;
    expect(rowsOf(htmlToText(html))).toEqual([['TT', 'Số khung'], ['1', 'ABC'], ['Sau']]);
  });
});

const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});
const rect = (left: number, bottom: number, right: number, top: number): PdfRect => ({
  left,
  bottom,
  right,
  top,
});

describe('a table drawn in a cell, from a PDF', () => {
  const items = [
    item('2.4. Tài sản', 76, 755),
    item('2.4.1. Phương tiện', 76, 740),
    item('TT', 84, 712),
    item('Số khung', 160, 712),
    item('1', 84, 692),
    item('ABC', 160, 692),
    item('2.4.2. Hàng hóa', 76, 660),
    item('Tên hàng hóa:', 76, 645),
    item('2.4.3. Quyền tài sản', 76, 610),
  ];
  // The outer table: the tall cell, and the row below it. The inner grid sits in the tall cell, inset from its
  // edges, with slivers between the two borders on each side.
  const outer = [rect(72, 630, 523, 770), rect(72, 600, 523, 630)];
  const inner = [
    rect(80, 705, 150, 725),
    rect(150, 705, 515, 725),
    rect(80, 685, 150, 705),
    rect(150, 685, 515, 705),
  ];
  const slivers = [rect(72, 685, 80, 725), rect(515, 685, 523, 725)];

  it('reads the cell above the inner table, its rows, then the rest of the cell, in reading order', () => {
    const text = joinPages([pageLines(items)], [[...outer, ...inner, ...slivers]]);
    expect(rowsOf(text)).toEqual(EXPECTED);
  });

  it('keeps a low merged head over two columns of the inner table as a cell, not a highlight', () => {
    const head = [
      item('2.4. Tài sản', 76, 760),
      item('2.4.1. Phương tiện', 76, 745),
      item('TT', 84, 700),
      item('Yêu cầu thông báo', 300, 716),
      item('bằng giấy', 260, 696),
      item('điện tử', 400, 696),
      item('2.5. Lý do', 76, 585),
    ];
    // The head is 12 pt high (lower than a cell of two lines), inside the tall outer cell; two cells sit under it.
    const rects = [
      rect(72, 600, 523, 770),
      rect(72, 570, 523, 600),
      rect(80, 686, 150, 726),
      rect(150, 714, 515, 726),
      rect(150, 686, 330, 714),
      rect(330, 686, 515, 714),
    ];
    expect(rowsOf(joinPages([pageLines(head)], [rects]))).toEqual([
      ['2.4. Tài sản 2.4.1. Phương tiện'],
      ['TT', 'Yêu cầu thông báo'],
      ['', 'bằng giấy', 'điện tử'],
      ['2.5. Lý do'],
    ]);
  });

  it('takes no sliver between two borders for a cell', () => {
    const text = joinPages([pageLines(items)], [[...outer, ...inner, ...slivers]]);
    expect(rowsOf(text).every((row) => row.every((c) => c.trim() !== ''))).toBe(true);
  });
});
