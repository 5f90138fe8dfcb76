// Rebuilds paragraphs from visual lines: a line continues the paragraph above it when the typesetter only
// wrapped it there (no extra space above, no first-line indent, the line above ran to the margin, and it does not
// open a new unit such as an article, clause or point).
import type { PlacedLine } from './columns';
import { startsTranslation } from './languages';
import { ENDS_SENTENCE, opensMajorUnit, opensMinorUnit } from './units';

/** Page geometry and document measures the decision needs. */
export interface Layout {
  pitch: number;
  size: number;
  /** The text area of the line's page: left margin of wrapped lines, right margin. */
  left: number;
  right: number;
  /** False when the document marks paragraphs by neither spacing nor indents, so sentence ends must. */
  marked: boolean;
  /** True when nearly every paragraph has space above it, so a line without that space continues one. */
  spacing: boolean;
  /** The middle of the page itself, when known: a line centred there is centred whatever the margins read. */
  pageCentre?: number;
}

/** A line ending in a run of leader dots or underscores: a blank of a form to be filled in. */
export const FILL_IN = /[.…_]{3,}[;:,]?$/u;

/** Average advance of one character on a line, to estimate how wide a word is. */
const charWidth = (l: PlacedLine): number => (l.line.right - l.line.left) / Math.max(1, l.line.text.length);

/** True when a line sits in the middle of the text area (as much room left as right), not aligned left. */
const isCentred = (l: PlacedLine, layout: Layout): boolean =>
  Math.abs(l.line.left - layout.left - (layout.right - l.line.right)) < layout.size * 1.5 ||
  (layout.pageCentre !== undefined &&
    Math.abs(l.line.left + l.line.right - layout.pageCentre * 2) < layout.size * 1.5);

/** True when a line starts past the first quarter of the text area, off centre, and ends at the right margin. */
const isRightAligned = (l: PlacedLine, layout: Layout): boolean =>
  l.line.left > layout.left + (layout.right - layout.left) / 4 &&
  !isCentred(l, layout) &&
  Math.abs(layout.right - l.line.right) < layout.size;

/** The horizontal middle of a line: the axis it is centred on, if it is. */
const axis = (l: PlacedLine): number => (l.line.left + l.line.right) / 2;

/** Whether `next` would have fitted after `prev`'s last word: if not, prev was wrapped. */
function full(prev: PlacedLine, next: PlacedLine, layout: Layout): boolean {
  const word = next.line.text.split(' ')[0] ?? '';
  const w = charWidth(next) * (word.length + 1);
  const tol = charWidth(next) * 1.5;
  if (isCentred(prev, layout)) {
    // The word's width is an estimate; its error counts once, however the line is centred.
    return prev.line.right - prev.line.left + w >= layout.right - layout.left - tol;
  }
  // Two lines centred on one axis off the page's centre (a signature block in its half of the page) had as much
  // room as the axis leaves to the nearer margin on each side: the word would have widened the line both ways.
  if (prev.line.left > layout.left + layout.size * 0.5 && Math.abs(axis(prev) - axis(next)) < layout.size) {
    const half = Math.min(axis(prev) - layout.left, layout.right - axis(prev));
    return prev.line.right - prev.line.left + w >= half * 2 - tol * 2;
  }
  return prev.line.right + w >= layout.right - tol;
}

const inCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * True when `next` is the wrapped part of a line centred off the page's centre (a signature block centred in
 * its half of the page): a long line, or one that `next`'s first word would not have fitted about its axis,
 * without a closing mark, then a line no wider centred on the same axis, both in capitals or both not (a title
 * in capitals over its signing instruction is two paragraphs); across a page break only when it would not fit.
 */
function wrapsOnAxis(prev: PlacedLine, next: PlacedLine, layout: Layout): boolean {
  const a = prev.line;
  const b = next.line;
  if (isCentred(prev, layout) || ENDS_SENTENCE.test(a.text)) return false;
  // Across a page break only a line that its next word would not have fitted is wrapped.
  if (next.drop === null && !full(prev, next, layout)) return false;
  const width = a.right - a.left;
  return (
    Math.abs(axis(prev) - axis(next)) < layout.size &&
    (width >= (layout.right - layout.left) * 0.4 || full(prev, next, layout)) &&
    b.right - b.left <= width + layout.size &&
    inCapitals(a.text) === inCapitals(b.text)
  );
}

/**
 * True when `prev` is a title in capitals and `next`, centred on the same axis and narrower than the text area,
 * is not: a signing title over its instruction ("NGƯỜI ĐỀ NGHỊ (HOẶC NGƯỜI ĐẠI DIỆN)" over "Ký, ghi rõ họ và
 * tên…") is two paragraphs, wherever on the page the block is centred.
 */
function titleOverInstruction(prev: PlacedLine, next: PlacedLine, layout: Layout): boolean {
  const a = prev.line;
  const b = next.line;
  const room = layout.right - layout.left;
  return (
    inCapitals(a.text) &&
    !inCapitals(b.text) &&
    Math.abs(axis(prev) - axis(next)) < layout.size &&
    a.right - a.left < room * 0.9 &&
    b.right - b.left < room * 0.9
  );
}

/** Whether `next` continues the paragraph that `prev` (the line above it) belongs to. */
export function continues(prev: PlacedLine, next: PlacedLine, layout: Layout): boolean {
  const a = prev.line;
  const b = next.line;
  if (Math.abs(a.height - b.height) > Math.max(a.height, b.height) * 0.06) return false;
  if (opensMajorUnit(b.text) || startsTranslation(a.text, b.text)) return false;
  if (next.drop !== null && (next.drop > layout.pitch * 1.25 || next.drop < layout.pitch * 0.6)) return false;
  // A centred heading wraps onto a centred line; otherwise a line starting further right opens a paragraph.
  const centred = isCentred(prev, layout) && isCentred(next, layout);
  if (titleOverInstruction(prev, next, layout)) return false;
  // A line filling the text area is centred only trivially: after one that ends a sentence, a line with room
  // on both sides (a heading at the head of the next page) opens a paragraph rather than wrapping it.
  // Across a page break, a fill-in line indented as a first line ("Trọng tải toàn phần: ……") is whole: its leader
  // ran to a tab stop, and a line wrapped from it would start at the margin, not at that indent again.
  const indented = a.left > layout.left + layout.size * 0.5;
  if (next.drop === null && FILL_IN.test(a.text) && indented && Math.abs(b.left - a.left) < layout.size * 0.5)
    return false;
  const ends = ENDS_SENTENCE.test(a.text);
  if (ends && isCentred(next, layout) && b.left > a.left + layout.size * 2) return false;
  if (!centred && wrapsOnAxis(prev, next, layout)) return !opensMinorUnit(b.text);
  if (!centred && b.left > a.left + layout.size * 0.5) return false;
  // A line set against the right margin far from the left one ("Mẫu số 01" over a form) is a paragraph of its
  // own: a line wrapped from it would end at the right margin too.
  if (!centred && isRightAligned(prev, layout) && Math.abs(b.right - a.right) > layout.size) return false;
  // Where paragraphs are spaced apart, a line at the usual pitch continues one even if its first word seems
  // to fit the line above (word widths are estimates); across a page break only the fit can tell.
  const margin = layout.left + layout.size * 0.5;
  const leftAligned = a.left <= margin || (b.left <= margin && a.left < layout.left + layout.size * 6);
  if (!(layout.spacing && leftAligned && next.drop !== null) && !full(prev, next, layout)) return false;
  if (ends && opensMinorUnit(b.text)) return false;
  if (!layout.marked && ends && /^["“(]?\p{Lu}/u.test(b.text)) return false;
  return true;
}

/** Appends a wrapped line to its paragraph: a word cut after a hyphen ("NĐ-" + "CP") joins without a space. */
export const joinWrapped = (text: string, more: string): string =>
  /\S-$/u.test(text) ? `${text}${more}` : `${text} ${more}`;
