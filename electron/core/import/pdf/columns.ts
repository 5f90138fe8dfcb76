// Finds blocks laid out side by side (the document head: issuer and number on the left, national motto and
// place-date on the right; the signature: recipients on the left, signer on the right) and turns each into
// one table row of cells, the shape DOCX and HTML tables take in the source text.
import { joinItems } from './build-lines';
import { ENDS_SENTENCE, opensMajorUnit } from './units';
import type { PdfLine, PdfSegment } from './types';

/** A line in reading order, with the drop from the line above it on its page (null for a page's first). */
export interface PlacedLine {
  line: PdfLine;
  drop: number | null;
  /** Horizontal centre of the page's text area. */
  centre: number;
  /** The rows of a drawn table that starts at this line (its other lines are left out of the sequence). */
  rows?: string[][];
  /** The table's first row goes on with `after`, the row a page break cut: `into` maps its cells to after's. */
  joins?: { into: number[]; after: readonly string[] };
  /** The text area the line belongs to (a column's, when the page is set in columns). */
  area: { left: number; right: number };
  /** The x of drawn vertical borders running across the line (pdf/walls). */
  walls?: readonly number[];
  /** A page's first line, the page before having ended with room for more: nothing of that page goes on here. */
  afterRoom?: boolean;
}

/** Either a line of running text or a row of side-by-side cells. */
type Piece<T extends PlacedLine> =
  | { kind: 'line'; at: T }
  | { kind: 'row'; cells: string[]; joins?: { into: number[]; after: readonly string[] } };

interface Column<T extends PlacedLine = PlacedLine> {
  left: number;
  right: number;
  texts: string[];
  /** Each line's share of this column: the segment and the line it came from. */
  parts: { segment: PdfSegment; from: T }[];
}

/** A line of nothing but dashes or underscores: a rule typed as text. */
const RULE_LINE = /^[-_–—\s]{3,}$/u;
/** A footnote's first line: its number, then its text ("1Ban hành kèm theo…", "2 Ghi tên…"). */
const NOTE_START = /^\d{1,3}\s?\p{Lu}/u;

/**
 * True when `at` is a footnote separator typed as text: a rule line atop a page (the notes of the page before
 * end there) or over a footnote's first line. It ends a side-by-side block; the notes are no part of it.
 */
const separatesNotes = (at: PlacedLine, below: PlacedLine | undefined): boolean =>
  RULE_LINE.test(at.line.text) && (at.drop === null || NOTE_START.test(below?.line.text ?? ''));

/** Columns this many lines long, each filled on most lines, are a page set in columns, not a head or signature. */
const FLOW_LINES = 8;

/** True when every column holds running text (many lines, on most of the block's lines). */
function isFlow<T extends PlacedLine>(cols: readonly Column<T>[], lineCount: number): boolean {
  return cols.every((c) => c.parts.length >= FLOW_LINES && c.parts.length >= lineCount * 0.6);
}

/** A page set in columns read as running text: each column top to bottom, its own margins as the text area. */
function flow<T extends PlacedLine>(cols: readonly Column<T>[]): Piece<T>[] {
  return cols.flatMap((c) =>
    c.parts.map(({ segment, from }, i): Piece<T> => {
      const above = c.parts[i - 1];
      const line: PdfLine = {
        ...from.line,
        text: segment.text,
        left: segment.left,
        right: segment.right,
        segments: [segment],
        items: from.line.items.filter((it) => it.x >= segment.left - 0.5 && it.x < segment.right),
      };
      const drop =
        above === undefined || from.drop === null || above.from.line.y <= from.line.y
          ? null
          : above.from.line.y - from.line.y;
      return { kind: 'line', at: { ...from, line, drop, area: { left: c.left, right: c.right } } };
    }),
  );
}

const overlap = (s: PdfSegment, c: { left: number; right: number }): number =>
  Math.max(0, Math.min(s.right, c.right) - Math.max(s.left, c.left));

/**
 * The column a segment belongs to: the one it overlaps, or else the one whose room (between its neighbours)
 * it fits near; null when it spans two columns, starts within a column before the one it overlaps, or fits none.
 */
function columnOf<T extends PlacedLine>(
  s: PdfSegment,
  cols: readonly Column<T>[],
  slack: number,
): number | null {
  const width = Math.max(1, s.right - s.left);
  const hits = cols.flatMap((c, k) => (overlap(s, c) > width * 0.2 ? [k] : []));
  if (hits.length > 1) return null;
  const hit = hits[0];
  // A segment that starts within an earlier column's span runs across the gutter: a line of the full width.
  if (hit !== undefined) return s.left < (cols[hit - 1]?.right ?? Number.NEGATIVE_INFINITY) ? null : hit;
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

/** The columns each of `segments` joins, or null when they do not fit the block's columns. */
function columnsFor<T extends PlacedLine>(
  at: PlacedLine,
  segments: readonly PdfSegment[],
  cols: readonly Column<T>[],
): number[] | null {
  const { line } = at;
  const ks: number[] = [];
  for (const s of segments) {
    const k = columnOf(s, cols, line.height * 2);
    if (k === null || ks.includes(k)) return null;
    ks.push(k);
  }
  const s = segments[0];
  const c = cols[ks[0] ?? -1];
  if (segments.length === 1 && s !== undefined && c !== undefined) {
    // A line centred on the page (a title below the block) is not part of a column.
    const mid = (s.left + s.right) / 2;
    if (Math.abs(mid - at.centre) < line.height && Math.abs(s.left - c.left) > line.height) return null;
  }
  return ks;
}

/**
 * A line cut where a gap between its items (narrower than a column gap, wider than a word space) lies in the
 * gutter between two of the block's columns: cells set close together.
 */
function splitAtGutters<T extends PlacedLine>(line: PdfLine, cols: readonly Column<T>[]): PdfSegment[] {
  const solid = line.items.filter((i) => i.text.trim() !== '');
  const groups: (typeof solid)[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of solid) {
    const gap = item.x - end;
    const inGutter = cols.some((c, k) => {
      const after = cols[k + 1];
      return after !== undefined && end <= after.left && item.x >= c.right - line.height;
    });
    const last = groups.at(-1);
    if (last === undefined || (gap > line.height * 0.8 && inGutter)) groups.push([item]);
    else last.push(item);
    end = Math.max(end, item.x + item.width);
  }
  return groups.map((g) => ({
    text: joinItems(g, line.height),
    left: Math.min(...g.map((i) => i.x)),
    right: Math.max(...g.map((i) => i.x + i.width)),
  }));
}

/** The segments of `at` with the columns they join, or null when the line does not belong to the block. */
function assign<T extends PlacedLine>(
  at: PlacedLine,
  cols: readonly Column<T>[],
  pitch: number,
  walls: readonly number[],
): { ks: number[]; segments: PdfSegment[] } | null {
  const { line } = at;
  if (opensMajorUnit(line.text)) return null;
  // A border drawn between the block's columns that runs on beside this line holds it in the block, however far
  // below the last line it is.
  const walled = (at.walls ?? []).some((x) => walls.some((w) => Math.abs(w - x) < 1.5));
  if (at.drop !== null && at.drop > pitch * 2.2 && !walled) return null;
  if (at.afterRoom === true) return null;
  const ks = columnsFor(at, line.segments, cols);
  if (ks !== null) return { ks, segments: line.segments };
  const segments = splitAtGutters(line, cols);
  if (segments.length <= line.segments.length) return null;
  const split = columnsFor(at, segments, cols);
  return split === null ? null : { ks: split, segments };
}

/** Adds each of a line's segments to the column `ks` gives it, below the block's lines or above them. */
function addToColumns<T extends PlacedLine>(
  cols: readonly Column<T>[],
  fit: { ks: readonly number[]; segments: readonly PdfSegment[] },
  from: T,
  where: 'above' | 'below',
): void {
  fit.segments.forEach((s, n) => {
    const c = cols[fit.ks[n] ?? -1];
    if (c === undefined) return;
    c.left = Math.min(c.left, s.left);
    c.right = Math.max(c.right, s.right);
    const part = { segment: s, from };
    if (where === 'below') {
      c.texts.push(s.text);
      c.parts.push(part);
    } else {
      c.texts.unshift(s.text);
      c.parts.unshift(part);
    }
  });
}

/**
 * True when `at` is the last line of the paragraph `prev` (the line above, written as a line) wraps onto: `prev`
 * reaches the right margin without ending a sentence and `at` follows at the usual pitch from the left margin.
 * A wide gap in it is a blank to fill in ("định …17của…"), not a gutter between cells.
 */
function goesOnFrom<T extends PlacedLine>(
  piece: Piece<T> | undefined,
  prev: PlacedLine | undefined,
  at: PlacedLine,
  pitch: number,
): boolean {
  if (piece?.kind !== 'line' || piece.at !== prev || at.drop === null) return false;
  const { line, area } = piece.at;
  return (
    at.drop <= pitch * 1.25 &&
    line.segments.length === 1 &&
    line.right >= area.right - line.height &&
    !ENDS_SENTENCE.test(line.text) &&
    Math.abs(at.line.left - at.area.left) < line.height * 0.5
  );
}

/**
 * The parts of `line` (one segment, the line above a block's first line `first`, at the usual pitch) cut at the
 * block's gutters into one part for each column, or null when it does not split so.
 */
function headOf<T extends PlacedLine>(
  line: T,
  first: PlacedLine,
  cols: readonly Column<T>[],
  pitch: number,
): { ks: number[]; segments: PdfSegment[] } | null {
  if (line.line.segments.length !== 1 || first.drop === null || first.drop > pitch * 1.25) return null;
  if (opensMajorUnit(line.line.text)) return null;
  const segments = splitAtGutters(line.line, cols);
  if (segments.length !== cols.length) return null;
  const ks = columnsFor(line, segments, cols);
  return ks === null ? null : { ks, segments };
}

/** Groups lines into running text and side-by-side blocks (a block starts at a line split by a wide gap). */
export function columnBlocks<T extends PlacedLine>(lines: readonly T[], pitch: number): Piece<T>[] {
  const out: Piece<T>[] = [];
  let i = 0;
  while (i < lines.length) {
    const at = lines[i];
    if (at === undefined) break;
    i++;
    if (at.rows !== undefined) {
      const { joins } = at;
      out.push(
        ...at.rows.map((cells, n) => ({
          kind: 'row' as const,
          cells,
          ...(n === 0 && joins !== undefined ? { joins } : {}),
        })),
      );
      continue;
    }
    if (at.line.segments.length < 2 || goesOnFrom(out.at(-1), lines[i - 2], at, pitch)) {
      out.push({ kind: 'line', at });
      continue;
    }
    const cols: Column<T>[] = at.line.segments.map((s) => ({
      left: s.left,
      right: s.right,
      texts: [s.text],
      parts: [{ segment: s, from: at }],
    }));
    // The borders drawn in the gutters between the first line's columns.
    const walls = (at.walls ?? []).filter((x) =>
      cols.some((c, k) => {
        const next = cols[k + 1];
        return next !== undefined && x >= c.right && x <= next.left;
      }),
    );
    const after = i;
    let count = 1;
    for (; i < lines.length; i++, count++) {
      const next = lines[i];
      if (next === undefined || separatesNotes(next, lines[i + 1])) break;
      const fit = assign(next, cols, pitch, walls);
      if (fit === null) break;
      addToColumns(cols, fit, next, 'below');
    }
    // The line just above the block, cut at its gutters into one part per column, is the block's first line:
    // cells whose first lines run close together ("BÊN BẢO ĐẢM/SECURING PARTY BÊN NHẬN BẢO ĐẢM/SECURED PARTY").
    const above = out.at(-1);
    const start = i - count;
    if (count > 1 && above?.kind === 'line' && above.at === lines[start - 1]) {
      const head = headOf(above.at, at, cols, pitch);
      if (head !== null) {
        out.pop();
        addToColumns(cols, head, above.at, 'above');
        count++;
      }
    }
    // Later columns holding nothing but the first line: that line was set with tab stops, the lines below are
    // the first column's own (options of a form laid out "□ A <tab> □ B" above "□ C"); a block of that one line
    // alone is a line with wide blanks (", (day) … (month) … (year)").
    if (cols.slice(1).every((c) => c.parts.length === 1)) {
      out.push({ kind: 'line', at });
      i = after;
      continue;
    }
    if (isFlow(cols, count)) {
      out.push(...flow<T>(cols));
      continue;
    }
    const cells = cols.map((c) => c.texts.join(' ').replace(/\s+/gu, ' ').trim());
    out.push({ kind: 'row', cells });
  }
  return out;
}
