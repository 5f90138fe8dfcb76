// Tables drawn in a PDF as painted cell rectangles: read row by row as tab-prefixed cells (the shape DOCX tables
// take), while text highlights and shading behind a paragraph stay running text.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { EMPTY_CELL } from '../../../electron/core/corpus/ingest/source-lines';
import { ruledCells } from '../../../electron/core/import/pdf/grid';
import type { PdfRect, PdfRule } from '../../../electron/core/import/pdf/rects';
import { pageDrawing, paintedRects } from '../../../electron/core/import/pdf/rects';
import type { PdfTextItem } from '../../../electron/core/import/pdf-lines';
import { joinPages, pageLines } from '../../../electron/core/import/pdf-lines';

const item = (text: string, x: number, y: number, size = 10): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
});
const rect = (left: number, bottom: number, right: number, top: number): PdfRect => ({
  left,
  bottom,
  right,
  top,
});
const text = (items: PdfTextItem[], rects: PdfRect[]): string[] =>
  joinPages([pageLines(items)], [rects]).split('\n');

describe('drawn tables', () => {
  it('reads each row as cells, splitting a line that runs across two cells', () => {
    const items = [
      item('Mẫu số 01a', 72.4, 612),
      item('Phiếu yêu cầu đăng ký', 146, 618),
      item('biện pháp bảo đảm', 146, 606),
      item('Mẫu số 02a', 72.4, 576),
      item('Phiếu khác', 146, 576),
    ];
    const rects = [
      rect(72, 600, 144, 636),
      rect(144, 600, 523, 636),
      rect(72, 564, 144, 600),
      rect(144, 564, 523, 600),
    ];
    expect(text(items, rects)).toEqual([
      '',
      '\tMẫu số 01a',
      '\tPhiếu yêu cầu đăng ký biện pháp bảo đảm',
      '',
      '\tMẫu số 02a',
      '\tPhiếu khác',
    ]);
  });

  it('writes a cell merged down over two rows as an empty cell of the second, in its column', () => {
    // The left cell spans both rows (one tall rectangle); the right column has a cell in each row.
    const items = [item('Tiêu đề', 76, 620), item('Phần ghi', 150, 624), item('Vào sổ', 150, 588)];
    const rects = [rect(72, 564, 144, 636), rect(144, 600, 523, 636), rect(144, 564, 523, 600)];
    expect(text(items, rects)).toEqual(['', '\tTiêu đề', '\tPhần ghi', '', '\t', '\tVào sổ']);
  });

  it('says a cell drawn on its own with no text is empty', () => {
    const items = [item('Số TT', 76, 624), item('Tên', 150, 624), item('Mẫu số 01', 76, 588)];
    const rects = [
      rect(72, 600, 144, 636),
      rect(144, 600, 523, 636),
      rect(72, 564, 144, 600),
      rect(144, 564, 523, 600),
    ];
    expect(text(items, rects)).toEqual(['', '\tSố TT', '\tTên', '', '\tMẫu số 01', `\t${EMPTY_CELL}`]);
  });

  it('keeps highlighted text as running text', () => {
    const lines = [
      'Một đoạn văn được tô sáng từng dòng, dòng này chạy tới',
      'lề phải và dòng sau nối tiếp nó.',
    ];
    const items = lines.map((l, i) => item(l, 72, 700 - i * 12));
    const rects = items.map((i) => rect(i.x, i.y - 2.5, i.x + i.width, i.y + 9.5));
    expect(text(items, rects)).toEqual([lines.join(' ')]);
  });

  it('keeps the text highlighted inside a cell in that cell (a justified line tiled by highlights)', () => {
    // One cell per row; the second row's line is highlighted word group by word group, each box a little wider
    // than its words (the stretched spaces), so the boxes touch side by side like cells of their own.
    const items = [
      item('PHẦN KÊ KHAI', 250, 740),
      item('2. Hợp đồng bảo đảm', 76, 706),
      item('Tên văn bản:', 76, 694),
      item('Số:', 76, 660),
      item('thời điểm', 250, 660),
      item('có hiệu lực', 380, 660),
    ];
    const rects = [
      rect(72, 680, 523, 720),
      rect(72, 640, 523, 680),
      rect(72, 657.5, 249, 669.5),
      rect(249, 657.5, 379, 669.5),
      rect(379, 657.5, 470, 669.5),
    ];
    expect(text(items, rects)).toEqual([
      'PHẦN KÊ KHAI',
      '',
      '\t2. Hợp đồng bảo đảm Tên văn bản:',
      '',
      '\tSố: thời điểm có hiệu lực',
    ]);
  });

  it('keeps a justified line tiled by touching highlights as running text, every word kept', () => {
    const lines = [
      'Phiếu yêu cầu có thể được thể hiện trên nhiều trang, các trang phải được',
      'application can be displayed on multiple pages. In this case, the',
    ];
    const items = [
      item(lines[0] ?? '', 72, 700),
      item('application', 72, 688),
      item('can be', 140, 688),
      item('displayed on multiple pages. In this case, the', 190, 688),
    ];
    const rects = [
      rect(72, 697.5, 440, 709.5),
      rect(72, 685.5, 134.5, 697.5),
      rect(134.5, 685.5, 179.5, 697.5),
      rect(190, 685.5, 420, 697.5),
    ];
    expect(text(items, rects)).toEqual([
      `${lines[0] ?? ''} application can be displayed on multiple pages. In this case, the`,
    ]);
  });

  it('keeps a paragraph shaded line by line as running text', () => {
    const lines = [
      'Khoản này được sửa đổi, bổ sung theo quy định tại khoản 4 Điều 1 của Luật',
      'số 43/2024/QH15.',
    ];
    const items = lines.map((l, i) => item(l, 72, 700 - i * 12));
    const rects = items.map((i) => rect(71, i.y - 3, 542, i.y + 9));
    expect(text(items, rects)).toHaveLength(1);
  });
});

describe('painted rectangles', () => {
  it('reads filled and stroked rectangles through the current transform, leaving out clips, rules and the page', () => {
    const box = (x0: number, y0: number, x1: number, y1: number): Float32Array =>
      new Float32Array([x0, y0, x1, y1]);
    const path = new Float32Array([0, 0, 0, 1, 100, 0, 1, 100, 50, 1, 0, 50, 4]);
    const ops = {
      fnArray: [
        OPS.save,
        OPS.transform,
        OPS.constructPath,
        OPS.restore,
        OPS.constructPath,
        OPS.constructPath,
        OPS.constructPath,
      ],
      argsArray: [
        null,
        [1, 0, 0, 1, 10, 20],
        [OPS.fill, [path], box(0, 0, 100, 50)],
        null,
        [OPS.endPath, [path], box(0, 0, 100, 50)],
        [OPS.stroke, [path], box(0, 0, 595, 842)],
        [OPS.fill, [path], box(72, 100, 523, 100.5)],
      ],
    };
    expect(paintedRects(ops, { width: 595, height: 842 })).toEqual([rect(10, 20, 110, 70)]);
  });
});

describe('ruled tables', () => {
  const h = (at: number, from: number, to: number): PdfRule => ({ horizontal: true, at, from, to });
  const v = (at: number, from: number, to: number): PdfRule => ({ horizontal: false, at, from, to });

  it('finds the cells of a grid of border lines, merging squares no border separates', () => {
    // Two full-width rows, then a row of two cells whose left cell spans the last row too.
    const rules = [
      h(770, 72, 523),
      h(217, 72, 523),
      h(163, 72, 523),
      h(98, 273, 523),
      h(72, 72, 523),
      v(72, 72, 770),
      v(273, 72, 163),
      v(523, 72, 770),
    ];
    expect(ruledCells(rules)).toEqual([
      rect(72, 217, 523, 770),
      rect(72, 163, 523, 217),
      rect(72, 72, 273, 163),
      rect(273, 98, 523, 163),
      rect(273, 72, 523, 98),
    ]);
  });

  it('does not take a frame round the page, with a rule under its header, for a table', () => {
    const body = Array.from({ length: 12 }, (_, i) =>
      item(`Dòng ${String(i + 1)} của trang có khung viền.`, 80, 700 - i * 18),
    );
    const items = [item('CÔNG BÁO', 80, 780), ...body];
    const cells = ruledCells([
      h(800, 60, 540),
      h(770, 60, 540),
      h(40, 60, 540),
      v(60, 40, 800),
      v(540, 40, 800),
    ]);
    expect(text(items, cells).some((l) => l.startsWith('\t'))).toBe(false);
  });

  it('does not take boxes stacked round the articles of the body for a table', () => {
    const items = [
      item('Điều 1. Phạm vi điều chỉnh', 80, 700),
      item('Nghị định này quy định về họ, hụi, biêu, phường.', 80, 688),
      item('Điều 2. Đối tượng áp dụng', 80, 600),
      item('Nghị định này áp dụng đối với mọi người.', 80, 588),
      item('Ghi chú dưới khung.', 80, 30),
    ];
    const cells = ruledCells([
      h(800, 60, 540),
      h(650, 60, 540),
      h(550, 60, 540),
      h(40, 60, 540),
      v(60, 40, 800),
      v(540, 40, 800),
    ]);
    expect(text(items, cells).some((l) => l.startsWith('\t'))).toBe(false);
  });

  it('reads stroked border segments as rules', () => {
    const line = (x0: number, y0: number, x1: number, y1: number): unknown[] => [
      OPS.stroke,
      [new Float32Array([0, x0, y0, 1, x1, y1])],
      new Float32Array([Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)]),
    ];
    const ops = {
      fnArray: [OPS.constructPath, OPS.constructPath],
      argsArray: [line(72, 770, 524, 770), line(72, 770, 72, 72)],
    };
    expect(pageDrawing(ops, { width: 595, height: 842 }).rules).toEqual([h(770, 72, 524), v(72, 72, 770)]);
  });

  it('reads a form drawn with border lines as rows of cells', () => {
    const items = [
      item('1. Người yêu cầu đăng ký', 76, 750),
      item('□ Bên nhận bảo đảm', 76, 738),
      item('Nơi nhận:', 76, 140),
      item('NGƯỜI CÓ THẨM QUYỀN', 300, 140),
    ];
    const cells = ruledCells([
      h(770, 72, 523),
      h(200, 72, 523),
      h(72, 72, 523),
      v(72, 72, 770),
      v(273, 72, 200),
      v(523, 72, 770),
    ]);
    expect(text(items, cells)).toEqual([
      '',
      '\t1. Người yêu cầu đăng ký □ Bên nhận bảo đảm',
      '',
      '\tNơi nhận:',
      '\tNGƯỜI CÓ THẨM QUYỀN',
    ]);
  });
});

describe('a box the page break cut off from its table', () => {
  // Page 1 ends in one tall box (the table's first row, a cell two columns wide) whose bottom is not drawn; page
  // 2 starts with the table's next row, two cells with the box's outer edges.
  const body = ['1. Bên bảo đảm', 'Tên:', 'Địa chỉ:', '2. Bên nhận bảo đảm', 'Tên:'];
  const one = [item('GIẤY CHỨNG NHẬN ĐĂNG KÝ', 200, 700), ...body.map((t, i) => item(t, 76, 560 - i * 18))];
  const two = [
    item('Ngày đăng ký:', 76, 740),
    item('NGƯỜI CÓ THẨM QUYỀN', 300, 740),
    item('Ghi chú cuối trang.', 72, 600),
  ];
  const box = rect(72, 460, 523, 578);
  const open: PdfRule[] = [
    { horizontal: true, at: 578, from: 72, to: 523 },
    { horizontal: false, at: 72, from: 460, to: 578 },
    { horizontal: false, at: 523, from: 460, to: 578 },
  ];
  const below = [rect(72, 720, 290, 760), rect(290, 720, 523, 760)];
  const pages = (rules: PdfRule[], next = below): string[] =>
    joinPages([pageLines(one), pageLines(two)], [[box], next], [rules, []])
      .split('\n')
      .filter((l) => l !== '');

  it('reads the box as the first row of the table the next page goes on with', () => {
    expect(pages(open)).toEqual([
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ',
      `\t${body.join(' ')}`,
      '\tNgày đăng ký:',
      '\tNGƯỜI CÓ THẨM QUYỀN',
      'Ghi chú cuối trang.',
    ]);
  });

  it('reads a closed box with room for the next row below it, or one no table follows, as the paragraphs it frames', () => {
    const closed = [...open, { horizontal: true, at: 460, from: 72, to: 523 }];
    // A third page whose text reaches down to 100: the first page left room below the box for the next row.
    const low = [item('Trang sau.', 72, 100)];
    const roomy = joinPages(
      [pageLines(one), pageLines(two), pageLines(low)],
      [[box], below, []],
      [closed, [], []],
    )
      .split('\n')
      .filter((l) => l !== '');
    for (const lines of [roomy, pages(open, [])]) {
      expect(lines.slice(0, 2)).toEqual(['GIẤY CHỨNG NHẬN ĐĂNG KÝ', '1. Bên bảo đảm']);
      expect(lines.some((l) => l.startsWith(`\t${body[0] ?? ''}`))).toBe(false);
    }
  });

  it('reads a closed box at the foot, the next row not fitting below it, as a whole first row of that table', () => {
    const closed = [...open, { horizontal: true, at: 460, from: 72, to: 523 }];
    const lines = joinPages([pageLines(one), pageLines(two)], [[box], below], [closed, []]).split('\n');
    // A row of its own: the next page's first row is the table's second row, not the rest of the box.
    expect(lines.slice(0, 7)).toEqual([
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ',
      '',
      `\t${body.join(' ')}`,
      '',
      '\tNgày đăng ký:',
      '\tNGƯỜI CÓ THẨM QUYỀN',
      '',
    ]);
    // Nor is a next row of one cell with the box's edges joined to it: the box was drawn whole.
    const wide = [rect(72, 720, 523, 760), rect(72, 680, 523, 720)];
    const twoLines = [...two, item('Ngày cấp:', 76, 728)];
    const rows = joinPages([pageLines(one), pageLines(twoLines)], [[box], wide], [closed, []])
      .split('\n')
      .filter((l) => l.startsWith('\t'));
    expect(rows.slice(0, 2)).toEqual([
      `\t${body.join(' ')}`,
      '\tNgày đăng ký: NGƯỜI CÓ THẨM QUYỀN Ngày cấp:',
    ]);
  });
});
