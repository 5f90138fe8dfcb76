// Finds tables drawn as painted cell rectangles (LibreOffice paints every cell's background) and reads each
// row's cells, the way DOCX tables reach the source text: one row, one cell per line.
import { EMPTY_CELL } from '../../corpus/ingest/source-lines';
import { joinItems } from './build-lines';
import type { PdfRect, PdfRule } from './rects';
import type { PdfLine } from './types';
import { opensMajorUnit } from './units';

/** A table found on a page: its rows of cell texts, each cell's left and right edge, and the lines read. */
export interface PdfTable {
  rows: string[][];
  edges: [number, number][][];
  /** Each row's top (its highest cell top) and bottom (its lowest cell bottom). */
  spans: { top: number; bottom: number }[];
  lines: Set<PdfLine>;
  /** Its last row is drawn closed at the page's foot: whole, no row a page break cut. */
  whole?: boolean;
}

/** True when two rows have the same cells (a row that a page break cut in two). */
const sameColumns = (a: readonly [number, number][], b: readonly [number, number][]): boolean =>
  a.length === b.length &&
  a.every(([l, r], i) => Math.abs(l - (b[i]?.[0] ?? 0)) < 2 && Math.abs(r - (b[i]?.[1] ?? 0)) < 2);

const TOUCH = 1.5;

/** True when two rectangles share an edge, as neighbouring cells of one table do. */
function adjacent(a: PdfRect, b: PdfRect): boolean {
  const xOverlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const yOverlap = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  const stacked = Math.abs(a.bottom - b.top) < TOUCH || Math.abs(a.top - b.bottom) < TOUCH;
  const side = Math.abs(a.right - b.left) < TOUCH || Math.abs(a.left - b.right) < TOUCH;
  return (stacked && xOverlap > 3) || (side && yOverlap > 3);
}

const same = (a: PdfRect, b: PdfRect): boolean =>
  Math.abs(a.left - b.left) < 0.5 &&
  Math.abs(a.right - b.right) < 0.5 &&
  Math.abs(a.top - b.top) < 0.5 &&
  Math.abs(a.bottom - b.bottom) < 0.5;

/** True when `outer` holds `inner` (give or take a border's width). */
const encloses = (outer: PdfRect, inner: PdfRect): boolean =>
  inner.left >= outer.left - TOUCH &&
  inner.right <= outer.right + TOUCH &&
  inner.bottom >= outer.bottom - TOUCH &&
  inner.top <= outer.top + TOUCH;

/**
 * True for a low rectangle that is a cell rather than a text highlight: text sits in it with room beside it
 * (a highlight is painted behind the text it marks, so the text covers it from edge to edge, give or take a space).
 */
function roomy(r: PdfRect, lines: readonly PdfLine[], size: number): boolean {
  const inside = lines
    .filter((l) => l.y + l.height / 3 >= r.bottom && l.y + l.height / 3 <= r.top)
    .flatMap((l) => l.items.filter((i) => i.text.trim() !== ''))
    .filter((i) => i.x < r.right && i.x + i.width > r.left);
  if (inside.length === 0) return false;
  const left = Math.min(...inside.map((i) => i.x));
  const right = Math.max(...inside.map((i) => i.x + i.width));
  const slack = size * 0.35;
  return left > r.left + slack || right < r.right - slack;
}

/** The smallest rectangle holding the point (x, y). */
function cellAt(x: number, y: number, cells: readonly PdfRect[]): PdfRect | undefined {
  let best: PdfRect | undefined;
  for (const c of cells) {
    if (x < c.left || x > c.right || y < c.bottom || y > c.top) continue;
    const area = (c.right - c.left) * (c.top - c.bottom);
    if (best === undefined || area < (best.right - best.left) * (best.top - best.bottom)) best = c;
  }
  return best;
}

/** A line's text cut at cell borders: for each cell it runs through, the part of the line inside it. */
function partsOf(line: PdfLine, cells: readonly PdfRect[]): Map<PdfRect, string> {
  const y = line.y + line.height / 3;
  const byCell = new Map<PdfRect, PdfLine['items']>();
  const home = cellAt((line.left + line.right) / 2, y, cells);
  for (const item of line.items) {
    const c = cellAt(item.x + item.width / 2, y, cells) ?? home;
    if (c !== undefined) byCell.set(c, [...(byCell.get(c) ?? []), item]);
  }
  return new Map([...byCell].map(([c, items]) => [c, joinItems(items, line.height)]));
}

/** True when some word of `line` lies outside every one of `cells` (a table holds all of its lines' text). */
function spills(line: PdfLine, cells: readonly PdfRect[], size: number): boolean {
  const y = line.y + line.height / 3;
  const slack = size * 0.5;
  return line.items.some((i) => {
    if (i.text.trim() === '') return false;
    const x = i.x + i.width / 2;
    return !cells.some((c) => x >= c.left - slack && x <= c.right + slack && y >= c.bottom && y <= c.top);
  });
}

/**
 * The cells of rows above `row` that reach down beside it (a cell merged over several rows is one tall
 * rectangle, read with the first row it starts in). Each is written in `row` as an empty cell in its column,
 * as the DOCX and HTML extractors write a `rowspan`, so the row's own cells stay under their column headings.
 */
function reachingInto(row: readonly PdfRect[], above: readonly PdfRect[][]): PdfRect[] {
  const top = Math.max(...row.map((c) => c.top));
  const beside = (c: PdfRect): boolean =>
    row.every((o) => Math.min(o.right, c.right) - Math.max(o.left, c.left) < TOUCH);
  return above.flat().filter((c) => c.bottom < top - TOUCH && c.top > top + TOUCH && beside(c));
}

/**
 * The tables of a page. A cell is a painted rectangle taller than a highlighted line of text (text highlights
 * are rectangles too) that shares an edge with another such rectangle; touching cells form one table. `after`
 * is the last row of the table the previous page ended in, if any.
 */
export function pageTables(
  lines: readonly PdfLine[],
  rects: readonly PdfRect[],
  size: number,
  after: readonly [number, number][] = [],
): PdfTable[] {
  const high = (r: PdfRect): boolean => r.top - r.bottom >= size * 1.6;
  // A sliver between two borders drawn side by side (a cell's edge and that of a table drawn in it) holds no
  // text: no cell.
  const boxes = rects
    .filter((r) => r.right - r.left >= size * 0.9)
    .filter((r) => high(r) || roomy(r, lines, size))
    .filter((r, i, all) => all.findIndex((o) => same(o, r)) === i);
  const highs = boxes.filter(high);
  // A low box inside a taller cell is a highlight behind the cell's text (or a field drawn in it), not a cell,
  // unless it heads two or more tall cells below it that together span it (a merged head over sub-columns).
  const tall = boxes.filter(
    (r) => high(r) || !highs.some((o) => o !== r && encloses(o, r)) || headsColumns(r, highs),
  );
  // A box on its own atop the page, holding its first line, with the very edges of the row the previous page's
  // table ended in is the rest of that row (a page break cut a one-column row): a cell though it touches no other.
  const first = lines[0];
  const goesOnAlone = (r: PdfRect): boolean =>
    first !== undefined && holds(r, first) && sameColumns(after, [[r.left, r.right]]);
  const cells = tall.filter((r) => tall.some((o) => o !== r && adjacent(r, o)) || goesOnAlone(r));
  if (cells.length < 2 && !cells.some(goesOnAlone)) return [];
  // Group touching cells into tables.
  const group = new Map<PdfRect, number>();
  let next = 0;
  for (const c of cells) {
    if (group.has(c)) continue;
    const queue = [c];
    group.set(c, next);
    while (queue.length > 0) {
      const r = queue.pop();
      if (r === undefined) break;
      for (const o of cells) {
        if (!group.has(o) && adjacent(r, o)) {
          group.set(o, next);
          queue.push(o);
        }
      }
    }
    next++;
  }
  // Each cell's parts with the height of the line they are on (to split a cell round a table drawn in it).
  const placed = new Map<PdfRect, { y: number; text: string }[]>();
  const from = new Map<PdfRect, PdfLine[]>();
  for (const line of lines) {
    for (const [c, part] of partsOf(line, cells)) {
      if (part !== '') placed.set(c, [...(placed.get(c) ?? []), { y: line.y, text: part }]);
      from.set(c, [...(from.get(c) ?? []), line]);
    }
  }
  const tables: PdfTable[] = [];
  // Each table's cells, and its rows' own cells (before cells reaching down from rows above are added).
  const drawn = new Map<PdfTable, { cells: PdfRect[]; rows: PdfRect[][] }>();
  for (let g = 0; g < next; g++) {
    // An empty cell is kept (the source has it too), unless it holds other cells: a background behind them.
    const mine = cells.filter(
      (c) =>
        group.get(c) === g &&
        ((placed.get(c)?.length ?? 0) > 0 || !cells.some((o) => o !== c && encloses(c, o))),
    );
    if (!mine.some((c) => (placed.get(c)?.length ?? 0) > 0)) continue;
    const rows: PdfRect[][] = [];
    for (const c of [...mine].sort((a, b) => b.top - a.top || a.left - b.left)) {
      const row = rows.find((r) => Math.abs((r[0]?.top ?? 0) - c.top) < TOUCH);
      if (row === undefined) rows.push([c]);
      else row.push(c);
    }
    const used = new Set(mine.flatMap((c) => from.get(c) ?? []));
    // Boxes that leave words of their lines outside (highlights tiling a justified line) are no table.
    const all = cells.filter((c) => group.get(c) === g);
    if ([...used].some((l) => spills(l, all, size))) continue;
    // A table that goes on from the one the previous page ended in is one, whatever its shape on this page.
    const top = rows[0]?.map((c): [number, number] => [c.left, c.right]) ?? [];
    const goesOn = lines[0] !== undefined && used.has(lines[0]) && sameColumns(after, top);
    const stacked = rows.every((r) => r.length < 2) && !goesOn;
    // Shading painted line by line behind a paragraph also tiles into touching rectangles, one line in each:
    // a table has cells side by side, or cells of more than one line.
    const lineCount = (c: PdfRect): number => new Set(from.get(c) ?? []).size;
    if (stacked && mine.every((c) => lineCount(c) < 2)) continue;
    // A frame round the page (with rules under a header, over a footer) outlines stacked boxes too: a few
    // holding every line, or holding the articles of the body.
    if (stacked && used.size === lines.length && rows.length <= 3) continue;
    if (stacked && [...used].some((l) => opensMajorUnit(l.text))) continue;
    const laid = rows.map((r, i) =>
      [...r, ...reachingInto(r, rows.slice(0, i))].sort((a, b) => a.left - b.left),
    );
    // A cell drawn on its own with no text is empty; only the first row of a table going on from the page before
    // may be the lower part of a cell merged down, which the break cut (left plain, to continue the cell above).
    const text = (c: PdfRect, own: boolean, row: number): string => {
      if (!own) return '';
      const said = joined(placed.get(c) ?? []);
      return said === '' && !(row === 0 && goesOn) ? EMPTY_CELL : said;
    };
    const table: PdfTable = {
      spans: rows.map((r) => ({
        top: Math.max(...r.map((c) => c.top)),
        bottom: Math.min(...r.map((c) => c.bottom)),
      })),
      edges: laid.map((r) => r.map((c): [number, number] => [c.left, c.right])),
      rows: laid.map((r, i) => r.map((c) => text(c, rows[i]?.includes(c) === true, i))),
      lines: used,
    };
    tables.push(table);
    drawn.set(table, { cells: all, rows: laid });
  }
  return nestTables(tables, drawn, placed);
}

/** A cell's text from its parts: one line, spaces tidied. */
const joined = (parts: readonly { text: string }[]): string =>
  parts
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * `tables` with each table drawn inside the only cell of a row of another written into that table in place: the
 * row becomes the cell's text above the inner table, the inner table's rows, and the cell's text below it (each
 * part a row of that cell, left out when it has no text), as a DOCX reads a table nested in a cell. Drawn on
 * its own, the inner table came after all of the outer table's rows, out of reading order.
 */
function nestTables(
  tables: readonly PdfTable[],
  drawn: ReadonlyMap<PdfTable, { cells: PdfRect[]; rows: PdfRect[][] }>,
  placed: ReadonlyMap<PdfRect, readonly { y: number; text: string }[]>,
): PdfTable[] {
  const inside = new Set<PdfTable>();
  const out: PdfTable[] = [];
  for (const outer of tables) {
    const rows = drawn.get(outer)?.rows ?? [];
    let nested = false;
    const table: PdfTable = { rows: [], edges: [], spans: [], lines: new Set(outer.lines) };
    for (const [i, row] of rows.entries()) {
      const cell = row.length === 1 ? row[0] : undefined;
      const inner =
        cell === undefined
          ? []
          : tables
              .filter((t) => t !== outer && (drawn.get(t)?.cells ?? []).every((c) => encloses(cell, c)))
              .sort((a, b) => (b.spans[0]?.top ?? 0) - (a.spans[0]?.top ?? 0));
      if (cell === undefined || inner.length === 0) {
        table.rows.push(outer.rows[i] ?? []);
        table.edges.push(outer.edges[i] ?? []);
        table.spans.push(outer.spans[i] ?? { top: 0, bottom: 0 });
        continue;
      }
      nested = true;
      const parts = placed.get(cell) ?? [];
      let top = cell.top;
      const part = (above: number, bottom: number): void => {
        const text = joined(parts.filter((p) => p.y < above && p.y > bottom));
        if (text === '') return;
        table.rows.push([text]);
        table.edges.push([[cell.left, cell.right]]);
        table.spans.push({ top: above, bottom });
      };
      for (const t of inner) {
        inside.add(t);
        part(top, t.spans[0]?.top ?? top);
        table.rows.push(...t.rows);
        table.edges.push(...t.edges);
        table.spans.push(...t.spans);
        for (const l of t.lines) table.lines.add(l);
        top = t.spans.at(-1)?.bottom ?? top;
      }
      part(top, cell.bottom);
    }
    out.push(nested ? table : outer);
  }
  return out.filter((t) => !inside.has(t));
}

/** True when `head` sits on two or more of `cells` whose tops meet its bottom and that together span its width. */
function headsColumns(head: PdfRect, cells: readonly PdfRect[]): boolean {
  const under = cells.filter(
    (c) =>
      Math.abs(c.top - head.bottom) < TOUCH && c.left >= head.left - TOUCH && c.right <= head.right + TOUCH,
  );
  if (under.length < 2) return false;
  const left = Math.min(...under.map((c) => c.left));
  const right = Math.max(...under.map((c) => c.right));
  return Math.abs(left - head.left) < TOUCH * 2 && Math.abs(right - head.right) < TOUCH * 2;
}

/** True when `line` lies inside `r` (give or take a border's width). */
const holds = (r: PdfRect, l: PdfLine): boolean =>
  l.left >= r.left - TOUCH &&
  l.right <= r.right + TOUCH &&
  l.y >= r.bottom &&
  l.y + l.height <= r.top + TOUCH;

/**
 * A box a page break may have cut off from its table: one tall box touching no other, holding the page's last
 * line; `closed` when its bottom edge is drawn (see `footRow`).
 */
export function footBox(
  lines: readonly PdfLine[],
  rects: readonly PdfRect[],
  rules: readonly PdfRule[],
  size: number,
): { box: PdfRect; closed: boolean } | null {
  const last = lines.at(-1);
  if (last === undefined) return null;
  const tall = (r: PdfRect): boolean => r.top - r.bottom >= size * 1.6;
  const box = rects.find(
    (r) => tall(r) && holds(r, last) && !rects.some((o) => !same(o, r) && tall(o) && adjacent(o, r)),
  );
  if (box === undefined) return null;
  const closed = rules.some(
    (h) =>
      h.horizontal && Math.abs(h.at - box.bottom) < TOUCH && h.from <= box.left + 2 && h.to >= box.right - 2,
  );
  return { box, closed };
}

/**
 * `box` (a footBox) as the first row of `next`, the first table of the page after with its first line: only when
 * that table starts the page and has the box's outer edges; else null, and the box frames paragraphs. A box
 * whose bottom edge is drawn (`closed`) is that row only when the table's first row would not have fitted in the
 * `room` left below it (so the break, not the end of a framed note, put it on the next page): otherwise a framed
 * note and another table look just the same.
 */
export function footRow(
  found: { box: PdfRect; closed: boolean },
  lines: readonly PdfLine[],
  size: number,
  next: { table: PdfTable; first: PdfLine | undefined } | null,
  room = 0,
): PdfTable | null {
  const { box } = found;
  const top = next?.table.edges[0];
  if (next === null || top === undefined || next.first === undefined || !next.table.lines.has(next.first))
    return null;
  const head = next.table.spans[0];
  if (found.closed && (head === undefined || head.top - head.bottom <= room)) return null;
  const left = Math.min(...top.map(([l]) => l));
  const right = Math.max(...top.map(([, r]) => r));
  if (Math.abs(box.left - left) >= 2 || Math.abs(box.right - right) >= 2) return null;
  const held = lines.filter((l) => holds(box, l));
  if (held.some((l) => spills(l, [box], size))) return null;
  const text = held
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text === '') return null;
  return {
    rows: [[text]],
    edges: [[[box.left, box.right]]],
    spans: [{ top: box.top, bottom: box.bottom }],
    lines: new Set(held),
    ...(found.closed ? { whole: true } : {}),
  };
}
