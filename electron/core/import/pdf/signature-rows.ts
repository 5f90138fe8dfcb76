// A further row of a signature table. Forms lay the parties' signature blocks out as a borderless table: two side
// by side, and a third centred in a row of its own below them ("QUẢN TÀI VIÊN … (HOẶC NGƯỜI ĐẠI DIỆN) Ký, ghi rõ
// họ và tên …"), or under one of the two, the other cell left empty ("NGƯỜI YÊU CẦU ĐĂNG KÝ KHÁC …" on the right).
// Nothing but its place shows that the block is a cell; it is taken for one when it ends as every block of the row
// above it ends (the same signing instruction), which a title or paragraph below a head or signature row does not.
import { EMPTY_CELL } from '../../corpus/ingest/source-lines';
import type { PlacedLine } from './columns';

/** The shortest ending the cells must share: a few words, never a stray "(nếu có)". */
const MIN_ENDING = 24;
/** The block starts at most this many line pitches below the row (room left to sign in). */
const MAX_GAP = 8;
/** A signature block is a few lines long. */
const MAX_LINES = 8;

/** The words every cell ends with, when they share at least a few words and no cell is nothing but them. */
function sharedEnding(cells: readonly string[]): string {
  if (cells.length < 2) return '';
  const words = cells.map((c) => c.split(' ').filter((w) => w !== ''));
  const shortest = Math.min(...words.map((w) => w.length));
  let n = 0;
  while (n < shortest && words.every((w) => w[w.length - 1 - n] === words[0]?.[words[0].length - 1 - n])) n++;
  if (n === 0 || n === shortest) return '';
  const ending = (words[0] ?? []).slice(-n).join(' ');
  return ending.length >= MIN_ENDING ? ending : '';
}

/** The axis a one-segment line is centred on: the page's (-1), the k-th of `axes`, or null for neither. */
function axisOf(at: PlacedLine, axes: readonly number[]): number | null {
  if (at.line.segments.length !== 1) return null;
  const mid = (at.line.left + at.line.right) / 2;
  const near = (x: number): boolean => Math.abs(mid - x) < at.line.height * 1.5;
  if (near(at.centre)) return -1;
  const k = axes.findIndex(near);
  return k >= 0 ? k : null;
}

/**
 * The lines from `from` on that form a block centred on the page, or on the axis of one of the row's cells
 * (`axes`, their centres), ending as every one of `cells` ends (the first line within a few line pitches of the
 * row above, the others at the usual pitch): one cell, or the row's cells with that one filled and the others
 * said to be empty; null when there is none.
 */
export function centredRowBelow(
  lines: readonly PlacedLine[],
  from: number,
  cells: readonly string[],
  pitch: number,
  axes: readonly number[] = [],
): { cells: string[]; count: number } | null {
  if (sharedEnding(cells) === '') return null;
  const texts: string[] = [];
  let axis: number | null = null;
  for (let k = from; k < lines.length && k - from < MAX_LINES; k++) {
    const at = lines[k];
    if (at === undefined || at.rows !== undefined || at.drop === null) return null;
    const here = axisOf(at, axes);
    if (here === null || (axis !== null && here !== axis)) return null;
    axis = here;
    const limit = k === from ? pitch * MAX_GAP : pitch * 1.25;
    if (at.drop > limit) return null;
    texts.push(at.line.text);
    const cell = texts.join(' ').replace(/\s+/gu, ' ').trim();
    if (sharedEnding([...cells, cell]) !== '')
      return {
        cells: axis < 0 ? [cell] : cells.map((_, j) => (j === axis ? cell : EMPTY_CELL)),
        count: k - from + 1,
      };
  }
  return null;
}
