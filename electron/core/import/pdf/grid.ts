// Turns a table's border lines into its cells: the grid of all rule positions, with neighbouring grid squares
// merged wherever no border separates them (merged cells, rows that span columns).
import type { PdfRect, PdfRule } from './rects';

const SNAP = 1.5;

/** Distinct positions, close ones taken as one. */
function positions(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || v - (out.at(-1) ?? v) > SNAP) out.push(v);
  }
  return out;
}

/** True when some rule of the kind lies at `at` and covers the span from `a` to `b`. */
const covered = (rules: readonly PdfRule[], at: number, a: number, b: number): boolean =>
  rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from <= a + SNAP && r.to >= b - SNAP);

/** The cells outlined by a page's rule lines (none without at least two rules each way). */
export function ruledCells(rules: readonly PdfRule[]): PdfRect[] {
  const hs = rules.filter((r) => r.horizontal);
  const vs = rules.filter((r) => !r.horizontal);
  if (hs.length < 2 || vs.length < 2) return [];
  const xs = positions(vs.map((r) => r.at));
  const ys = positions(hs.map((r) => r.at)).reverse();
  const cells: PdfRect[] = [];
  // Row bands top to bottom; in each, squares merged left to right until a vertical border.
  const open = new Map<string, PdfRect>();
  for (let i = 0; i + 1 < ys.length; i++) {
    const top = ys[i] ?? 0;
    const bottom = ys[i + 1] ?? 0;
    let left: number | null = null;
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j] ?? 0;
      const wall = covered(vs, x, bottom, top);
      if (!wall) continue;
      if (left !== null && x - left > SNAP) {
        // A square whose top border is missing continues the cell above it.
        const key = `${String(left)}:${String(x)}`;
        const above = open.get(key);
        if (above !== undefined && !covered(hs, top, left, x)) above.bottom = bottom;
        else {
          const cell = { left, right: x, top, bottom };
          cells.push(cell);
          open.set(key, cell);
        }
      }
      left = x;
    }
  }
  return cells;
}
