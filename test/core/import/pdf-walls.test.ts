// A drawn vertical border separates what lies either side of it: a form's head (a title beside the registry's box,
// closer than a column gap) reads as one row of two cells, down to the last line beside the border.
import { describe, expect, it } from 'vitest';
import type { PdfRule } from '../../../electron/core/import/pdf/rects';
import { splitAtWalls, wallsAcross } from '../../../electron/core/import/pdf/walls';
import type { PdfTextItem } from '../../../electron/core/import/pdf-lines';
import { joinPages, pageLines } from '../../../electron/core/import/pdf-lines';

const item = (text: string, x: number, y: number, width = text.length * 4.5): PdfTextItem => ({
  text,
  x,
  y,
  width,
  height: 10,
});
const wall = (x: number, from: number, to: number): PdfRule => ({ horizontal: false, at: x, from, to });

/** Running text above the head, so the page has a body size and line pitch to measure. */
const body = [
  'Điều 1. Ban hành kèm theo Nghị định này các mẫu phiếu yêu cầu đăng ký biện pháp bảo đảm',
  'và các mẫu văn bản khác được sử dụng trong hoạt động đăng ký, cung cấp thông tin về biện',
  'pháp bảo đảm theo quy định của pháp luật về đăng ký biện pháp bảo đảm hiện hành.',
].map((t, i) => item(t, 72, 760 - i * 12));

/** Decree 99/2022's form 04d head: the title on the left, the box on the right 22 pt away, "Kính gửi" far below. */
const head = [
  item('PHIẾU YÊU CẦU ĐĂNG KÝ', 82, 684, 213),
  item('PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ', 317, 684),
  item('THAY ĐỔI, XOÁ ĐĂNG KÝ', 77, 672, 203),
  item('Số tiếp nhận:', 303, 672),
  item('TẠM', 168, 660),
  item('Người tiếp nhận', 368, 648),
  item('Kính gửi: Trung tâm đăng ký', 75, 614),
  item('1. Thông tin chung', 72, 560),
];
const border = wall(300, 604, 700);

describe('drawn vertical borders in a PDF', () => {
  it('cut a line where a border runs between two of its items, and only there', () => {
    const [line] = pageLines([item('PHIẾU YÊU CẦU', 82, 684), item('PHẦN GHI', 160, 684)]);
    if (line === undefined) throw new Error('no line');
    expect(line.segments).toHaveLength(1);
    expect(splitAtWalls(line, [150]).segments.map((s) => s.text)).toEqual(['PHIẾU YÊU CẦU', 'PHẦN GHI']);
    // A border beside the line, or across a word, cuts nothing.
    expect(splitAtWalls(line, [60]).segments).toHaveLength(1);
    expect(splitAtWalls(line, [100]).segments).toHaveLength(1);
    expect(wallsAcross(line, [border, wall(500, 100, 200), { ...border, horizontal: true }])).toEqual([300]);
  });

  it('read a title beside a box as one row, down to the last line beside the border', () => {
    const lines = joinPages([pageLines([...body, ...head])], [[]], [[border]]).split('\n');
    const row = lines.filter((l) => l.startsWith('\t'));
    expect(row).toEqual([
      '\tPHIẾU YÊU CẦU ĐĂNG KÝ THAY ĐỔI, XOÁ ĐĂNG KÝ TẠM Kính gửi: Trung tâm đăng ký',
      '\tPHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ Số tiếp nhận: Người tiếp nhận',
    ]);
    expect(lines.at(-1)).toBe('1. Thông tin chung');
  });

  it('without the border, reads the same lines as text run together', () => {
    const lines = joinPages([pageLines([...body, ...head])], [[]], [[]]).split('\n');
    expect(lines).toContain(
      'PHIẾU YÊU CẦU ĐĂNG KÝ PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ THAY ĐỔI, XOÁ ĐĂNG KÝ Số tiếp nhận:',
    );
  });
});
