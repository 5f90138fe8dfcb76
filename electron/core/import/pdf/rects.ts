// Reads the painted rectangles of a page from pdfjs's operator list: table cells drawn with a background or a
// border are such rectangles, and the only sign of a table's cells in a PDF.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An axis-aligned rectangle in page space. */
export interface PdfRect {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

type Matrix = [number, number, number, number, number, number];

const PAINT = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const isMatrix = (v: unknown): v is Matrix =>
  Array.isArray(v) && v.length === 6 && v.every((x) => typeof x === 'number');

/** Rectangles painted on a page (filled or stroked), larger than a rule line; the page-sized background left out. */
export function paintedRects(
  ops: { fnArray: number[]; argsArray: unknown[] },
  page: { width: number; height: number },
): PdfRect[] {
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const out: PdfRect[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(args, ctm);
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [paint, , box] = args as [unknown, unknown, unknown];
      if (typeof paint !== 'number' || !PAINT.has(paint)) return;
      if (!(box instanceof Float32Array || Array.isArray(box)) || box.length < 4) return;
      const [x0, y0, x1, y1] = Array.from(box as ArrayLike<number>);
      if (x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined) return;
      if (Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6) return;
      const xs = [x0 * ctm[0] + ctm[4], x1 * ctm[0] + ctm[4]];
      const ys = [y0 * ctm[3] + ctm[5], y1 * ctm[3] + ctm[5]];
      const r = {
        left: Math.min(...xs),
        right: Math.max(...xs),
        bottom: Math.min(...ys),
        top: Math.max(...ys),
      };
      const w = r.right - r.left;
      const h = r.top - r.bottom;
      if (w < 3 || h < 3 || (w > page.width * 0.9 && h > page.height * 0.9)) return;
      out.push(r);
    }
  });
  return out;
}
