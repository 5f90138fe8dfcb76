// Groups one page's text items into visual lines: items on one baseline form a line, small raised items
// (footnote markers, exponents) join the line they are raised above, at their place, and wide gaps split a line
// into column segments.
import type { PdfLine, PdfSegment, PdfTextItem } from './types';

/** A gap this many font sizes wide separates columns, not words. */
const COLUMN_GAP = 3;
/** A superscript is at most this long (markers such as "1", "[49]", "*", "2" in m2). */
const MAX_SUPERSCRIPT = 6;

interface Row {
  items: PdfTextItem[];
  sups: PdfTextItem[];
  y: number;
  height: number;
}

const isBlank = (i: PdfTextItem): boolean => i.text.trim() === '';

/** The row a small item is raised above, if any: its baseline sits 20–80 % of the row's size above the row's. */
function hostRow(item: PdfTextItem, rows: readonly Row[]): Row | undefined {
  let best: Row | undefined;
  for (const row of rows) {
    if (item.height >= row.height * 0.97) continue;
    const rise = item.y - row.y;
    if (rise < row.height * 0.2 || rise > row.height * 0.8) continue;
    const left = Math.min(...row.items.map((i) => i.x));
    const right = Math.max(...row.items.map((i) => i.x + i.width));
    if (item.x < left - row.height * 2 || item.x > right + row.height * 2) continue;
    if (best === undefined || rise < item.y - best.y) best = row;
  }
  return best;
}

/** Text of items left to right, a space where the gap between two items is wider than a kerning step. */
export function joinItems(items: readonly PdfTextItem[], size: number): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.text)) text += ' ';
    text += item.text;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Splits a row's items (sorted by x) where the gap is wide enough to separate columns. */
function segmentsOf(items: readonly PdfTextItem[], size: number): PdfSegment[] {
  const groups: PdfTextItem[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const last = groups.at(-1);
    if (isBlank(item)) {
      // A space item may stretch across a column gap; it neither opens a segment nor bridges one.
      last?.push(item);
      continue;
    }
    if (last === undefined || item.x - end > Math.max(size * COLUMN_GAP, 20)) groups.push([item]);
    else last.push(item);
    end = Math.max(end, item.x + item.width);
  }
  return groups.flatMap((g) => {
    const text = joinItems(g, size);
    if (text === '') return [];
    const solid = g.filter((i) => !isBlank(i));
    return [
      {
        text,
        left: Math.min(...solid.map((i) => i.x)),
        right: Math.max(...solid.map((i) => i.x + i.width)),
      },
    ];
  });
}

/** Groups one page's items into lines, top to bottom, items left to right, superscripts inline. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const solid = items.filter((i) => !isBlank(i) && i.height > 0);
  const spaces = items.filter((i) => isBlank(i) && i.text !== '');
  const short = (i: PdfTextItem): boolean => i.text.trim().length <= MAX_SUPERSCRIPT;
  const rows: Row[] = [];
  const place = (list: readonly PdfTextItem[]): void => {
    for (const item of [...list].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const row = rows.find(
        (r) => Math.abs(r.y - item.y) <= Math.max(1, Math.min(r.height, item.height) * 0.4),
      );
      if (row !== undefined) {
        row.items.push(item);
        row.height = Math.max(row.height, item.height);
      } else rows.push({ items: [item], sups: [], y: item.y, height: item.height });
    }
  };
  // Full-size text first, so that a superscript finds the line it is raised above.
  const sizes = solid.map((i) => i.height).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const candidates = solid.filter((i) => short(i) && i.height < median * 0.97);
  place(solid.filter((i) => !candidates.includes(i)));
  const leftover: PdfTextItem[] = [];
  for (const item of candidates) {
    const host = hostRow(item, rows);
    if (host === undefined) leftover.push(item);
    else host.sups.push(item);
  }
  place(leftover);
  for (const space of spaces) {
    const row = rows.find((r) => Math.abs(r.y - space.y) <= Math.max(1, r.height * 0.4));
    row?.items.push(space);
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .flatMap((r) => {
      const all = [...r.items, ...r.sups].sort((a, b) => a.x - b.x);
      const segments = segmentsOf(all, r.height);
      const first = segments[0];
      const last = segments.at(-1);
      if (first === undefined || last === undefined) return [];
      const top = Math.max(r.y + r.height, ...r.sups.map((s) => s.y + s.height));
      return [
        {
          text: segments.map((s) => s.text).join(' '),
          left: first.left,
          right: last.right,
          height: r.height,
          y: r.y,
          raise: top - (r.y + r.height),
          segments,
          items: all,
        },
      ];
    });
}
