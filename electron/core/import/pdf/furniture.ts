// Drops page furniture: page numbers in their usual forms, running headers or footers (lines repeated at the
// same place near the top or bottom of many pages), and headers that change with the chapter but carry the page
// number at one end, at the same place on many pages. None of it belongs to the document's text.
import type { PdfLine } from './types';
import { opensMajorUnit } from './units';

/** How many lines at each end of a page can be furniture. */
const EDGE = 2;

/** "7", "- 7 -", "(7)", "Page 7 of 12", "Trang 7/12", "7/12", and front-matter numbers "iv". */
const PAGE_NUMBER =
  /^(?:[-–—([]?\s*(?:(?:Page|Trang)\s+)?\d{1,4}(?:\s*(?:\/|of|trên|của)\s*\d{1,4})?\s*[-–—)\]]?|[ivxl]{1,6})$/u;

/** True for a bare page number. */
const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line.trim());

/** The text with numbers masked, so "Trang 3" and "Trang 4" count as the same header. */
const shape = (line: PdfLine): string =>
  `${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ')}@${String(Math.round(line.y / 6))}`;

/** Indexes of the lines at a page's ends (furniture candidates). */
const edges = (count: number): number[] => [
  ...new Set([
    ...Array.from({ length: Math.min(EDGE, count) }, (_, i) => i),
    ...Array.from({ length: Math.min(EDGE, count) }, (_, i) => count - 1 - i),
  ]),
];

/** Pages without page numbers and without headers or footers repeated on at least half of the pages. */
export function dropFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edges(lines.length).map((i) => shape(lines[i] as PdfLine)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = (line: PdfLine): boolean =>
    pages.length >= 3 && (seen.get(shape(line)) ?? 0) >= Math.max(3, pages.length / 2);
  const numbered = numberedHeaders(pages);
  return pages.map((lines) => {
    const at = new Set(edges(lines.length));
    return lines.filter((line, i) => {
      if (!at.has(i)) return true;
      // An article or chapter heading is text even where it repeats (one-page acts set alike); a header that
      // ends in the page number is furniture whatever it says.
      if (numbered.has(line) || (!opensMajorUnit(line.text) && repeated(line))) return false;
      // A page number stands apart: first or last on the page, or a line of its own above or below one.
      return !(isPageNumber(line.text) && (i === 0 || i === lines.length - 1 || isEdgeNumber(lines, i)));
    });
  });
}

/** A number second from an end is a page number only when the line at the very end is furniture too. */
function isEdgeNumber(lines: readonly PdfLine[], i: number): boolean {
  const outer = i < lines.length / 2 ? lines[0] : lines.at(-1);
  return outer !== undefined && isPageNumber(outer.text);
}

/** The number a line starts or ends with, if any ("Chapter 2: Syntax 17" → 17, "17 Chapter 2" → 17). */
function endNumber(text: string): number[] {
  const m = /^(\d{1,4})\s|\s(\d{1,4})$/u.exec(text.trim());
  return [m?.[1], m?.[2]].flatMap((n) => (n === undefined ? [] : [Number(n)]));
}

/**
 * Edge lines that carry the page number at one end (the number minus the page index is the same on at least
 * half of the pages) at the usual place of such lines: running headers whose words change with the chapter.
 */
function numberedHeaders(pages: readonly PdfLine[][]): Set<PdfLine> {
  const found = new Set<PdfLine>();
  if (pages.length < 4) return found;
  const votes = new Map<string, { lines: PdfLine[]; pages: Set<number> }>();
  pages.forEach((lines, p) => {
    for (const i of edges(lines.length)) {
      const line = lines[i];
      if (line === undefined || line.text.length > 120) continue;
      for (const n of endNumber(line.text)) {
        const key = `${String(n - p)}@${String(Math.round(line.y / 4))}`;
        const v = votes.get(key) ?? { lines: [], pages: new Set<number>() };
        v.lines.push(line);
        v.pages.add(p);
        votes.set(key, v);
      }
    }
  });
  for (const v of votes.values()) {
    if (v.pages.size >= Math.max(3, pages.length / 2)) for (const l of v.lines) found.add(l);
  }
  return found;
}
