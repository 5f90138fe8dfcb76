// Tables drawn in a PDF as painted cell rectangles: read row by row as tab-prefixed cells (the shape DOCX tables
// take), while text highlights and shading behind a paragraph stay running text.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { PdfRect } from '../../../electron/core/import/pdf/rects';
import { paintedRects } from '../../../electron/core/import/pdf/rects';
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

  it('keeps highlighted text as running text', () => {
    const lines = [
      'Một đoạn văn được tô sáng từng dòng, dòng này chạy tới',
      'lề phải và dòng sau nối tiếp nó.',
    ];
    const items = lines.map((l, i) => item(l, 72, 700 - i * 12));
    const rects = items.map((i) => rect(i.x, i.y - 2.5, i.x + i.width, i.y + 9.5));
    expect(text(items, rects)).toEqual([lines.join(' ')]);
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
