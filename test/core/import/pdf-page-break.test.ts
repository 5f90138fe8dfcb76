// A table row that a page break cut in two is one row again; rows that each fit on their page stay apart.
import { describe, expect, it } from 'vitest';
import { ruledCells } from '../../../electron/core/import/pdf/grid';
import { cutRow, joinCut, type EdgeRow } from '../../../electron/core/import/pdf/page-break';
import type { PdfRule } from '../../../electron/core/import/pdf/rects';
import type { PdfTextItem } from '../../../electron/core/import/pdf-lines';
import { joinPages, pageLines } from '../../../electron/core/import/pdf-lines';

const foot = { limit: 72, pitch: 12 };
const row = (cells: string[], edges: [number, number][], bottom = 80): EdgeRow => ({ cells, edges, bottom });
const wide: [number, number][] = [[72, 523]];
const two: [number, number][] = [
  [72, 146],
  [146, 523],
];

describe('cutRow', () => {
  it('takes a one-cell row that reaches the foot of the page, and its cell on the next page, for one row', () => {
    expect(cutRow(row(['4.2. Địa chỉ:'], wide), row(['4.3. Giấy tờ'], wide, 0), foot)).toEqual([0]);
  });

  it('keeps rows apart when the row above the break left room for two more lines', () => {
    expect(cutRow(row(['4.2. Địa chỉ:'], wide, 100), row(['4.3. Giấy tờ'], wide, 0), foot)).toBeNull();
  });

  it('keeps rows apart when the cells do not line up', () => {
    expect(cutRow(row(['a'], wide), row(['b'], [[72, 300]], 0), foot)).toBeNull();
  });

  it('keeps rows of several cells apart when every cell has text on both sides of the break', () => {
    const prev = row(['Mẫu số 08b', 'Giấy chứng nhận'], two);
    expect(cutRow(prev, row(['Mẫu số 09b', 'Văn bản đề nghị'], two, 0), foot)).toBeNull();
  });

  it('joins a row of several cells whose shorter cell ended on the first page', () => {
    const prev = row(['Cách thức nhận kết quả', '□ Nhận qua dịch vụ bưu chính (ghi rõ tên'], two);
    expect(cutRow(prev, row(['và địa chỉ người nhận)'], [[146, 523]], 0), foot)).toEqual([1]);
  });

  it('joins a row whose next part has an empty cell that the row above the break does not have', () => {
    // The left cell is merged down from rows above; on the next page its lower part is an empty cell.
    const prev = row(['□ Cách thức điện tử (nếu pháp luật quy định):'], [[146, 523]]);
    expect(cutRow(prev, row(['', '………………'], two, 0), foot)).toEqual([-1, 0]);
    expect(joinCut(prev.cells, ['', '………………'], [-1, 0])).toEqual([
      '□ Cách thức điện tử (nếu pháp luật quy định): ………………',
    ]);
  });

  it('does not join onto a box drawn inside a cell (cells that overlap)', () => {
    const prev = row(
      ['(nếu có)', '6. Số Giấy chứng nhận'],
      [
        [72, 523],
        [94, 438],
      ],
    );
    expect(cutRow(prev, row(['7. Đăng ký thay đổi'], wide, 0), foot)).toBeNull();
  });

  it('appends each part to the cell it goes on with', () => {
    expect(joinCut(['Cách thức', '□ Nhận qua (ghi rõ tên'], ['và địa chỉ)'], [1])).toEqual([
      'Cách thức',
      '□ Nhận qua (ghi rõ tên và địa chỉ)',
    ]);
  });
});

describe('rows across a page break', () => {
  const item = (text: string, x: number, y: number, size = 10): PdfTextItem => ({
    text,
    x,
    y,
    width: text.length * size * 0.5,
    height: size,
  });
  const h = (at: number, from: number, to: number): PdfRule => ({ horizontal: true, at, from, to });
  const v = (at: number, from: number, to: number): PdfRule => ({ horizontal: false, at, from, to });
  const body = (top: number, count: number): PdfTextItem[] =>
    Array.from({ length: count }, (_, i) =>
      item(`Dòng ${String(i + 1)} của phần kê khai trong ô của bảng.`, 76, top - i * 12),
    );

  // A page of a one-column table whose second row, 27 lines long, reaches the page's foot.
  const page1 = [item('Mẫu số 01a', 250, 790), item('1. Người yêu cầu đăng ký', 76, 750), ...body(400, 27)];
  const cells1 = ruledCells([
    h(770, 72, 523),
    h(420, 72, 523),
    h(74, 72, 523),
    v(72, 74, 770),
    v(523, 74, 770),
  ]);

  it('joins a one-cell row that the break cut, and keeps the next row apart', () => {
    const page2 = [item('tiếp theo ở trang sau', 76, 750), item('2. Hợp đồng bảo đảm', 76, 600)];
    const cells2 = ruledCells([
      h(770, 72, 523),
      h(620, 72, 523),
      h(500, 72, 523),
      v(72, 500, 770),
      v(523, 500, 770),
    ]);
    const lines = joinPages([pageLines(page1), pageLines(page2)], [cells1, cells2]).split('\n');
    const rows = lines.filter((l) => l.startsWith('\t'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(
      /^\tDòng 1 .* Dòng 27 của phần kê khai trong ô của bảng\. tiếp theo ở trang sau$/u,
    );
    expect(rows[2]).toBe('\t2. Hợp đồng bảo đảm');
  });

  it('joins the rest of a cut one-cell row drawn as a box of its own atop the next page', () => {
    const page2 = [item('về tính chính xác của thông tin.', 76, 750), item('BÊN BẢO ĐẢM', 150, 700)];
    // The box holds the page's first line and touches no other box: alone it would be a frame round a paragraph.
    const box = (right: number): PdfRule[] => [
      h(770, 72, right),
      h(740, 72, right),
      v(72, 740, 770),
      v(right, 740, 770),
    ];
    const read = (right: number): string[] =>
      joinPages([pageLines(page1), pageLines(page2)], [cells1, ruledCells(box(right))])
        .split('\n')
        .filter((l) => l.trim() !== '');
    const joined = read(523);
    expect(joined.filter((l) => l.startsWith('\t'))).toHaveLength(2);
    expect(joined.at(-2)).toMatch(
      /Dòng 27 của phần kê khai trong ô của bảng\. về tính chính xác của thông tin\.$/u,
    );
    expect(joined.at(-1)).toBe('BÊN BẢO ĐẢM');
    // With other edges than the row cut above it, the box is no part of that table.
    expect(read(400)).toContain('về tính chính xác của thông tin.');
  });

  it('keeps a list of two-cell rows apart at the break', () => {
    const list = (top: number, from: number): PdfTextItem[] =>
      Array.from({ length: 20 }, (_, i) => [
        item(`Mẫu số ${String(from + i).padStart(2, '0')}`, 76, top - i * 34),
        item(`Phiếu yêu cầu số ${String(from + i)}`, 150, top - i * 34),
      ]).flat();
    const grid = (top: number): PdfRule[] => [
      ...Array.from({ length: 21 }, (_, i) => h(top - i * 34, 72, 523)),
      v(72, top - 680, top),
      v(146, top - 680, top),
      v(523, top - 680, top),
    ];
    const pages = [list(750, 1), list(750, 21)];
    const text = joinPages(
      pages.map((p) => pageLines(p)),
      [ruledCells(grid(762)), ruledCells(grid(762))],
    );
    expect(text.split('\n').filter((l) => l.startsWith('\tMẫu số'))).toHaveLength(40);
  });
});
