// Recognises a table row that a page break cut in two: the last row of a page's closing table and the first row
// of the next page's opening table are then one row of the source, their cell texts to be joined again.
import { EMPTY_CELL } from '../../corpus/ingest/source-lines';

/** A table row at a page's foot or head: its cell texts, each cell's left and right edge, and its bottom. */
export interface EdgeRow {
  cells: readonly string[];
  edges: readonly (readonly [number, number])[];
  bottom: number;
}

/** Where the page's text area ends and how far apart its lines are: how much room a row left unused. */
export interface PageFoot {
  /** The lowest the text of any page reaches (its bottom margin). */
  limit: number;
  pitch: number;
}

/**
 * True when what ends at `bottom` left room for two more lines above `limit` (the text foot, or the top of the
 * page's footnotes): anything that went on would have gone on there, so nothing of it runs on to the next page.
 */
export const endsWithRoom = (bottom: number, foot: PageFoot, limit = foot.limit): boolean =>
  bottom - limit >= foot.pitch * 2;

/** A cell with no text: plain (it may continue the cell above) or said to be empty. */
const blank = (cell: string | undefined): boolean => cell === '' || cell === EMPTY_CELL;

/** Cell edges this close are one column border. */
const ALIGN = 2;

/** True when no two cells of a row overlap (each ends before the next begins, give or take a border). */
const sideBySide = (edges: EdgeRow['edges']): boolean => {
  const sorted = [...edges].sort((a, b) => a[0] - b[0]);
  return sorted.every(([, right], k) => right < (sorted[k + 1]?.[0] ?? Infinity) + ALIGN);
};

/**
 * For each cell of `next` (the first row at the head of a page), the cell of `prev` (the last row at the foot of
 * the page before) it goes on with; null when `next` is a row of its own. A cut row fills the page to its foot
 * (a row that ends with room for two more lines below it would have gone on there), and its cells on the next
 * page line up with cells of the row above the break. A row of several cells that a break cut leaves the shorter
 * cells finished on the first page, so their part on the next page is empty: when every cell has text on both
 * sides, the rows are two (a list whose rows each fit on a page looks just like that).
 */
export function cutRow(prev: EdgeRow, next: EdgeRow, foot: PageFoot): number[] | null {
  if (endsWithRoom(prev.bottom, foot)) return null;
  // Cells that overlap are a box drawn inside a cell, not a row of cells side by side: no row to go on with.
  if (!sideBySide(prev.edges) || !sideBySide(next.edges)) return null;
  const into: number[] = [];
  for (const [n, [left, right]] of next.edges.entries()) {
    const k = prev.edges.findIndex(([l, r]) => Math.abs(l - left) < ALIGN && Math.abs(r - right) < ALIGN);
    // An empty cell carries nothing over: the lower part of a cell merged down from a row above the break.
    if (k < 0 && blank(next.cells[n])) {
      into.push(-1);
      continue;
    }
    if (k < 0 || into.includes(k)) return null;
    into.push(k);
  }
  if (!into.some((k) => k >= 0)) return null;
  if (prev.edges.length > 1 && next.cells.filter((c) => !blank(c)).length >= prev.edges.length) return null;
  return into;
}

/** `prev`'s cell texts with the parts `next` carries on the next page appended (`into` from cutRow). */
export function joinCut(prev: readonly string[], next: readonly string[], into: readonly number[]): string[] {
  const out = [...prev];
  next.forEach((text, n) => {
    const k = into[n];
    if (k === undefined || blank(text)) return;
    const before = out[k];
    out[k] = blank(before) ? text : `${before ?? ''} ${text}`.trim();
  });
  return out;
}
