// Lays out one block of text line by line: hanging labels, alignment, highlight fills behind the quoted
// characters, whole-provision bars and margin markers. Works identically in the dry and the drawing pass.
import { breakLines } from './line-breaker';
import type { MarkTracker } from './marks';
import type { PageCursor } from './page-cursor';
import { PRINT_PALETTE } from './palette';
import type { PlacedNote } from './selection';
import type { TextStyle } from './typesetter';

/** A hanging label drawn on the first line left of the text ("1.", "a)"). */
interface Label {
  text: string;
  x: number;
  style: TextStyle;
}

/** One block to set. Offsets of highlight ranges are relative to the node text; `offset` is where `text` starts. */
export interface ParagraphSpec {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
  align?: 'left' | 'center' | 'right';
  label?: Label;
  /** Notes with a range inside this block. */
  ranged?: PlacedNote[];
  /** Notes on the whole provision: a coloured bar beside every line and a marker on the first. */
  whole?: PlacedNote[];
  offset?: number;
  /** Extra lines (beyond the first) that must share the first line's page, e.g. a heading and its text. */
  keepWithNext?: number;
  leading?: number;
  /** Inside a table row whose height was already reserved: never break the page. */
  noBreak?: boolean;
}

/** Where a block started: page (1-based) and y on that page. */
export interface Spot {
  page: number;
  y: number;
}

/** The shared state paragraph layout needs. */
export interface Flow {
  cursor: PageCursor;
  marks: MarkTracker;
}

/** Line height used for a style: the font's box plus comfortable leading. */
export function lineHeightOf(style: TextStyle, leading = 1.42): number {
  return Math.round(style.size * leading * 100) / 100;
}

/** Sets a paragraph at the cursor and advances it; returns where its first line landed. */
export function setParagraph(flow: Flow, spec: ParagraphSpec): Spot {
  const { cursor, marks } = flow;
  const ts = cursor.ts;
  const measure = ts.measure(spec.style);
  const lh = lineHeightOf(spec.style, spec.leading);
  const fontBox = spec.style.size * 1.164;
  const pad = (lh - fontBox) / 2;
  const labelRoom = spec.label === undefined ? 0 : spec.x - spec.label.x;
  const lines = breakLines(spec.text, spec.width, measure);
  if (lines.length === 0 && spec.label !== undefined) lines.push({ start: 0, end: 0, width: 0 });
  const base = spec.offset ?? 0;
  let first: Spot = { page: cursor.page, y: cursor.y };
  lines.forEach((line, i) => {
    if (spec.noBreak !== true) cursor.ensure(i === 0 ? lh * (1 + (spec.keepWithNext ?? 0)) : lh);
    const y = cursor.y;
    if (i === 0) first = { page: cursor.page, y };
    const slack = spec.width - line.width;
    const x = spec.align === 'center' ? spec.x + slack / 2 : spec.align === 'right' ? spec.x + slack : spec.x;
    const s = base + line.start;
    const e = base + line.end;
    for (const note of spec.ranged ?? []) {
      const r = note.range;
      if (r === null || r.end <= s || r.start > e) continue;
      const from = Math.max(r.start, s) - base;
      const to = Math.min(r.end, e) - base;
      if (to > from) {
        const x0 = x + measure(spec.text.slice(line.start, from));
        const x1 = x + measure(spec.text.slice(line.start, to));
        cursor.fill(x0 - 0.5, y + pad - 0.8, x1 - x0 + 1, fontBox + 1.6, PRINT_PALETTE[note.ann.color].fill);
        marks.addBox(note, { x: x0 - 0.5, y: y + pad - 0.8, w: x1 - x0 + 1, h: fontBox + 1.6 });
      }
      if (r.start < e || i === lines.length - 1) marks.anchor(note, y, lh);
    }
    (spec.whole ?? []).forEach((note, k) => {
      cursor.fill(cursor.left - 8 - k * 4, y, 2.4, lh, PRINT_PALETTE[note.ann.color].ink);
      marks.anchor(note, y, lh);
    });
    if (i === 0 && spec.label !== undefined && labelRoom > 0) {
      cursor.text(spec.label.text, spec.label.x, y + pad, spec.label.style);
    }
    cursor.text(spec.text.slice(line.start, line.end), x, y + pad, spec.style);
    cursor.y += lh;
  });
  return first;
}
