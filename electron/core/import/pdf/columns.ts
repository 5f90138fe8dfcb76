// Finds blocks laid out side by side (the document head: issuer and number on the left, national motto and
// place-date on the right; the signature: recipients on the left, signer on the right) and turns each into
// one table row of cells, the shape DOCX and HTML tables take in the source text.
import { opensMajorUnit } from './units';
import type { PdfLine, PdfSegment } from './types';

/** A line in reading order, with the drop from the line above it on its page (null for a page's first). */
export interface PlacedLine {
  line: PdfLine;
  drop: number | null;
  /** Horizontal centre of the page's text area. */
  centre: number;
  /** The rows of a drawn table that starts at this line (its other lines are left out of the sequence). */
  rows?: string[][];
}

/** Either a line of running text or a row of side-by-side cells. */
export type Piece = { kind: 'line'; at: PlacedLine } | { kind: 'row'; cells: string[] };

interface Column {
  left: number;
  right: number;
  texts: string[];
}

const overlap = (s: PdfSegment, c: Column): number =>
  Math.max(0, Math.min(s.right, c.right) - Math.max(s.left, c.left));

/**
 * The column a segment belongs to: the one it overlaps, or else the one whose room (between its neighbours)
 * it fits near; null when it spans two columns or fits none.
 */
function columnOf(s: PdfSegment, cols: readonly Column[], slack: number): number | null {
  const width = Math.max(1, s.right - s.left);
  const hits = cols.flatMap((c, k) => (overlap(s, c) > width * 0.2 ? [k] : []));
  if (hits.length > 1) return null;
  if (hits[0] !== undefined) return hits[0];
  const k = cols.findIndex((c, n) => {
    const before = cols[n - 1];
    const after = cols[n + 1];
    return (
      (before === undefined || s.left >= before.right) &&
      (after === undefined || s.right <= after.left) &&
      s.right >= c.left - slack &&
      s.left <= c.right + slack
    );
  });
  return k >= 0 ? k : null;
}

/** The columns each segment of `line` joins, or null when the line does not fit the block's columns. */
function assign(at: PlacedLine, cols: readonly Column[], pitch: number): number[] | null {
  const { line } = at;
  if (opensMajorUnit(line.text)) return null;
  if (at.drop !== null && at.drop > pitch * 2.2) return null;
  const slack = line.height * 2;
  const ks: number[] = [];
  for (const s of line.segments) {
    const k = columnOf(s, cols, slack);
    if (k === null || ks.includes(k)) return null;
    ks.push(k);
  }
  if (line.segments.length === 1) {
    // A line centred on the page (a title below the block) is not part of a column.
    const s = line.segments[0];
    const c = cols[ks[0] ?? -1];
    if (s !== undefined && c !== undefined) {
      const mid = (s.left + s.right) / 2;
      if (Math.abs(mid - at.centre) < line.height && Math.abs(s.left - c.left) > line.height) return null;
    }
  }
  return ks;
}

/** Groups lines into running text and side-by-side blocks (a block starts at a line split by a wide gap). */
export function columnBlocks(lines: readonly PlacedLine[], pitch: number): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < lines.length) {
    const at = lines[i];
    if (at === undefined) break;
    i++;
    if (at.rows !== undefined) {
      out.push(...at.rows.map((cells) => ({ kind: 'row' as const, cells })));
      continue;
    }
    if (at.line.segments.length < 2) {
      out.push({ kind: 'line', at });
      continue;
    }
    const cols: Column[] = at.line.segments.map((s) => ({ left: s.left, right: s.right, texts: [s.text] }));
    for (; i < lines.length; i++) {
      const next = lines[i];
      if (next === undefined) break;
      const ks = assign(next, cols, pitch);
      if (ks === null) break;
      next.line.segments.forEach((s, n) => {
        const c = cols[ks[n] ?? -1];
        if (c === undefined) return;
        c.left = Math.min(c.left, s.left);
        c.right = Math.max(c.right, s.right);
        c.texts.push(s.text);
      });
    }
    out.push({ kind: 'row', cells: cols.map((c) => c.texts.join(' ').replace(/\s+/gu, ' ').trim()) });
  }
  return out;
}
