// Drops page furniture: page numbers in their usual forms and running headers or footers, which are lines
// repeated at the same place near the top or bottom of many pages. Neither belongs to the document's text.
import type { PdfLine } from './types';

/** How many lines at each end of a page can be furniture. */
const EDGE = 2;

/** "7", "- 7 -", "(7)", "Page 7 of 12", "Trang 7/12", "7/12". */
const PAGE_NUMBER =
  /^[-–—([]?\s*(?:(?:Page|Trang)\s+)?\d{1,4}(?:\s*(?:\/|of|trên|của)\s*\d{1,4})?\s*[-–—)\]]?$/iu;

/** True for a bare page number. */
export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line.trim());

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
  return pages.map((lines) => {
    const at = new Set(edges(lines.length));
    return lines.filter((line, i) => {
      if (!at.has(i)) return true;
      if (repeated(line)) return false;
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
