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

/** A horizontal or vertical rule line (a table border), in page space. */
export interface PdfRule {
  /** True for a horizontal rule: `at` is its y, from `from` to `to` along x; else `at` is x and along y. */
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** What a page draws that can outline table cells: painted rectangles and rule lines. */
interface PdfDrawing {
  rects: PdfRect[];
  rules: PdfRule[];
}

/** The axis-aligned line segments of a pdfjs path (moveTo 0, lineTo 1, curveTo 2, quadratic 3, close 4). */
function segments(data: ArrayLike<number>, m: Matrix): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const at = (x: number, y: number): [number, number] => [x * m[0] + m[4], y * m[3] + m[5]];
  let start: [number, number] = [0, 0];
  let cur: [number, number] = [0, 0];
  for (let i = 0; i < data.length;) {
    const op = data[i] ?? 4;
    if (op === 0 || op === 1) {
      const p = at(data[i + 1] ?? 0, data[i + 2] ?? 0);
      if (op === 1) out.push([cur[0], cur[1], p[0], p[1]]);
      else start = p;
      cur = p;
      i += 3;
    } else if (op === 2) {
      cur = at(data[i + 5] ?? 0, data[i + 6] ?? 0);
      i += 7;
    } else if (op === 3) {
      cur = at(data[i + 3] ?? 0, data[i + 4] ?? 0);
      i += 5;
    } else {
      out.push([cur[0], cur[1], start[0], start[1]]);
      cur = start;
      i += 1;
    }
  }
  return out;
}

/**
 * Rectangles painted on a page (filled or stroked), larger than a rule line, the page-sized background left out;
 * and the rule lines: stroked straight segments and rectangles too thin to hold text.
 */
export function pageDrawing(
  ops: { fnArray: number[]; argsArray: unknown[] },
  page: { width: number; height: number },
): PdfDrawing {
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const rects: PdfRect[] = [];
  const rules: PdfRule[] = [];
  const rule = (x0: number, y0: number, x1: number, y1: number): void => {
    if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) > 3)
      rules.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) > 3)
      rules.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(args, ctm);
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [paint, paths, box] = args as [unknown, unknown, unknown];
      if (typeof paint !== 'number' || !PAINT.has(paint)) return;
      if (!(box instanceof Float32Array || Array.isArray(box)) || box.length < 4) return;
      if (Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6) return;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(box as ArrayLike<number>);
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
      if (w > page.width * 0.9 && h > page.height * 0.9) return;
      if (w >= 3 && h >= 3) {
        rects.push(r);
        const data = Array.isArray(paths) ? (paths[0] as unknown) : undefined;
        // A stroked rectangle is also four rules (cells outlined one by one).
        if (paint === OPS.stroke && (data instanceof Float32Array || Array.isArray(data)))
          for (const s of segments(data as ArrayLike<number>, ctm)) rule(...s);
        return;
      }
      if (h < 3 && w > 3) rule(r.left, (r.bottom + r.top) / 2, r.right, (r.bottom + r.top) / 2);
      else if (w < 3 && h > 3) rule((r.left + r.right) / 2, r.bottom, (r.left + r.right) / 2, r.top);
      else return;
      const data = Array.isArray(paths) ? (paths[0] as unknown) : undefined;
      if (paint === OPS.stroke && (data instanceof Float32Array || Array.isArray(data))) {
        rules.pop();
        for (const s of segments(data as ArrayLike<number>, ctm)) rule(...s);
      }
    }
  });
  return { rects, rules };
}

/** Rectangles painted on a page (filled or stroked), larger than a rule line; the page-sized background left out. */
export function paintedRects(
  ops: { fnArray: number[]; argsArray: unknown[] },
  page: { width: number; height: number },
): PdfRect[] {
  return pageDrawing(ops, page).rects;
}
