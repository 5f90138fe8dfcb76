// Rebuilds source text from positioned PDF text items: items on one baseline form a line (pdf/build-lines),
// page furniture is dropped (pdf/furniture), drawn tables (pdf/cells) and side-by-side blocks (pdf/columns)
// become rows of tab-prefixed cells, and wrapped lines are rejoined into paragraphs measured against the body
// text's own pitch and margins (pdf/paragraphs), footnotes kept after the paragraph a page break cut.
import { columnBlocks, type PlacedLine } from './pdf/columns';
import { dropFurniture } from './pdf/furniture';
import { bodySize, clusterMode, dropBetween, isBody, linePitch } from './pdf/metrics';
import { footBox, footRow, pageTables, type PdfTable } from './pdf/cells';
import { cutRow, endsWithRoom, joinCut, type EdgeRow, type PageFoot } from './pdf/page-break';
import { FILL_IN, continues, joinWrapped, type Layout } from './pdf/paragraphs';
import type { PdfRect, PdfRule } from './pdf/rects';
import type { PdfLine } from './pdf/types';
import { opensMajorUnit, opensMinorUnit } from './pdf/units';
import { splitAtWalls, wallsAcross } from './pdf/walls';

export { pageLines } from './pdf/build-lines';
export type { PdfLine, PdfTextItem } from './pdf/types';

/** One page's text area, from its body lines: the left edge wrapped lines start at, and the right margin. */
function pageArea(lines: readonly PdfLine[], size: number): { left: number; right: number } | null {
  const body = lines.filter((l) => isBody(l, size));
  if (body.length < 3) return null;
  const lefts = body.map((l) => Math.round(l.left));
  const repeated = lefts.filter((x, i) => lefts.indexOf(x) !== i);
  // A fill-in line ends where its dot leader reaches a tab stop, which may lie past the margin.
  const filled = body.filter((l) => !FILL_IN.test(l.text));
  return {
    left: Math.min(...(repeated.length > 0 ? repeated : lefts)),
    right: Math.max(...(filled.length >= 3 ? filled : body).map((l) => l.right)),
  };
}

/**
 * A page's text area reaching out to the document's usual left margin when a line of the page starts there: on
 * a page of one-line paragraphs the only repeated left edge is the first-line indent.
 */
function withUsualLeft(
  area: { left: number; right: number },
  lines: readonly PdfLine[],
  usual: number,
): { left: number; right: number } {
  if (area.left <= usual || !lines.some((l) => Math.abs(l.left - usual) < 2)) return area;
  return { ...area, left: usual };
}

/**
 * Where a page's footnotes begin: the trailing lines set smaller than the body (with a rule line above them).
 * The page's length when it has none, or when the whole page is small print.
 */
function footnotesFrom(lines: readonly PdfLine[], size: number): number {
  let k = lines.length;
  while (k > 0 && (lines[k - 1]?.height ?? size) < size * 0.9) k--;
  if (k < lines.length && /^[-_–—.\s]+$/u.test(lines[k - 1]?.text ?? '')) k--;
  return lines.slice(0, k).some((l) => isBody(l, size)) ? k : lines.length;
}

/**
 * The bottom of the text area: the lowest any page's text reaches, a lone page reaching lower than every other
 * (a stray mark in the margin) left out.
 */
function textFoot(pages: readonly PdfLine[][], pitch: number): number {
  const lows = pages
    .flatMap((lines) => (lines.length > 0 ? [Math.min(...lines.map((l) => l.y - l.height * 0.25))] : []))
    .sort((a, b) => a - b);
  return lows.find((low, i) => (lows[i + 1] ?? Infinity) - low < pitch) ?? lows[0] ?? 0;
}

const sameCells = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((c, k) => c === b[k]);

/** The last row of a table as an edge row. */
const lastRow = (t: PdfTable): EdgeRow => ({
  cells: t.rows.at(-1) ?? [],
  edges: t.edges.at(-1) ?? [],
  bottom: t.spans.at(-1)?.bottom ?? 0,
});

/** Joins the lines of all pages into source text: one paragraph per line, side-by-side blocks as table rows. */
export function joinPages(
  pages: readonly PdfLine[][],
  rects: readonly PdfRect[][] = [],
  rules: readonly PdfRule[][] = [],
  widths: readonly number[] = [],
): string {
  // A line is cut where a drawn vertical border crosses it (pdf/walls), before tables and columns are read; the
  // borders found for each line are kept for the side-by-side blocks.
  const wallsOf = new Map<PdfLine, number[]>();
  const kept = dropFurniture(pages.map((lines) => lines.filter((l) => l.text !== ''))).map((lines, p) =>
    lines.map((line) => {
      const walls = wallsAcross(line, rules[p] ?? []);
      const cut = splitAtWalls(line, walls);
      wallsOf.set(cut, walls);
      return cut;
    }),
  );
  const size = bodySize(kept.flat());
  const pitch = linePitch(kept, size);
  const areas = kept.map((lines) => pageArea(lines, size));
  const found = areas.filter((a) => a !== null);
  const everything = kept.flat();
  const fallback =
    found.length > 0
      ? {
          left:
            clusterMode(
              found.map((a) => ({ value: a.left, weight: 1 })),
              () => 2,
            ) ?? 0,
          right:
            clusterMode(
              found.map((a) => ({ value: a.right, weight: 1 })),
              () => 4,
            ) ?? 0,
        }
      : {
          left: Math.min(...everything.map((l) => l.left)),
          right: Math.max(...everything.map((l) => l.right)),
        };
  type Placed = PlacedLine & { note: boolean; pageCentre?: number };
  const foot: PageFoot = { limit: textFoot(kept, pitch), pitch };
  const notesAt = kept.map((lines) => footnotesFrom(lines, size));
  // How low each page's body may reach: the top of its footnotes, or the text foot.
  const bodyFloor = kept.map((lines, p) => {
    const note = lines[notesAt[p] ?? lines.length];
    return note === undefined ? foot.limit : note.y + note.height;
  });
  // Whether each page's body ends with room left above that floor: see `afterRoom`.
  const roomy = kept.map((lines, p) => {
    const last = lines[(notesAt[p] ?? lines.length) - 1];
    return last !== undefined && endsWithRoom(last.y - last.height * 0.25, foot, bodyFloor[p]);
  });
  // The table the previous page ended in: one going on from it at the head of the next page is kept as one.
  let endedIn: PdfTable | null = null;
  const placed: Placed[] = kept.flatMap((lines, p) => {
    const area = withUsualLeft(areas[p] ?? fallback, lines, fallback.left);
    const notes = notesAt[p] ?? lines.length;
    const tables = pageTables(lines, rects[p] ?? [], size, endedIn?.edges.at(-1) ?? []);
    // A box the page break cut off from the table it opens, when nothing else holds the page's last line.
    const lastLine = lines.at(-1);
    const box =
      lastLine === undefined || tables.some((t) => t.lines.has(lastLine))
        ? null
        : footBox(lines, rects[p] ?? [], rules[p] ?? [], size);
    if (box !== null) {
      const after = kept[p + 1] ?? [];
      const first = after[0];
      const table = pageTables(after, rects[p + 1] ?? [], size).find(
        (t) => first !== undefined && t.lines.has(first),
      );
      // The room the page left below the box, down to its footnotes or its text foot.
      const room = box.box.bottom - (bodyFloor[p] ?? foot.limit);
      const row = footRow(box, lines, size, table === undefined ? null : { table, first }, room);
      if (row !== null) tables.push(row);
    }
    const inTable = new Set(tables.flatMap((t) => [...t.lines]));
    const out: Placed[] = [];
    lines.forEach((line, i) => {
      const above = lines[i - 1];
      const table = tables.find((t) => t.lines.has(line));
      const first = table !== undefined && lines.findIndex((l) => table.lines.has(l)) === i;
      if (inTable.has(line) && !first) return;
      const after = first && i === 0 && endedIn !== null && endedIn.whole !== true ? lastRow(endedIn) : null;
      const head = first ? { cells: table.rows[0] ?? [], edges: table.edges[0] ?? [], bottom: 0 } : null;
      const into = after !== null && head !== null ? cutRow(after, head, foot) : null;
      out.push({
        line,
        drop: above === undefined ? null : dropBetween(above, line),
        centre: (area.left + area.right) / 2,
        area,
        walls: wallsOf.get(line) ?? [],
        note: i >= notes && !inTable.has(line),
        ...(widths[p] === undefined ? {} : { pageCentre: (widths[p] ?? 0) / 2 }),
        ...(i === 0 && roomy[p - 1] === true ? { afterRoom: true } : {}),
        ...(first ? { rows: table.rows } : {}),
        ...(into !== null && after !== null ? { joins: { into, after: after.cells } } : {}),
      });
    });
    const last = lines.at(-1);
    endedIn = tables.find((t) => last !== undefined && t.lines.has(last)) ?? null;
    return out;
  });
  const opening = placed.filter(
    (l) => l.drop !== null && (opensMajorUnit(l.line.text) || opensMinorUnit(l.line.text)),
  );
  const share = (test: (l: Placed) => boolean): number =>
    opening.filter(test).length / Math.max(1, opening.length);
  const spaced = share((l) => (l.drop ?? 0) > pitch * 1.25);
  const indented = share((l) => l.line.left > l.area.left + size * 0.5);
  const marked = spaced >= 0.5 || indented >= 0.5;
  const spacing = spaced >= 0.8;
  const layoutOf = (l: Placed): Layout => ({
    pitch,
    size,
    marked,
    spacing,
    ...l.area,
    ...(l.pageCentre === undefined ? {} : { pageCentre: l.pageCentre }),
  });
  const out: string[] = [];
  const emit = (at: Placed, above: Placed | null): void => {
    if (above !== null && continues(above, at, layoutOf(at))) {
      out.push(joinWrapped(out.pop() ?? '', at.line.text));
    } else out.push(at.line.text);
  };
  // Footnotes wait until the paragraph the page break cut is complete, so they do not split it.
  let notes: Placed[] = [];
  const flush = (): void => {
    notes.forEach((n, i) => {
      emit(n, notes[i - 1] ?? null);
    });
    notes = [];
  };
  let prev: Placed | null = null;
  // The row last written, while nothing has followed it: a row a page break cut goes on in it.
  let open: string[] | null = null;
  for (const piece of columnBlocks(placed, pitch)) {
    if (piece.kind === 'row') {
      const before = out.length;
      flush();
      if (out.length !== before) open = null;
      const { joins } = piece;
      // Only onto the very row the break cut (a box drawn inside a cell is read as a table of its own).
      if (open !== null && joins !== undefined && sameCells(open, joins.after)) {
        out.splice(out.length - open.length - 2);
        open = joinCut(open, piece.cells, joins.into);
      } else open = piece.cells;
      out.push('', ...open.map((c) => `\t${c}`), '');
      prev = null;
      continue;
    }
    open = null;
    const at = piece.at;
    if (at.note) {
      notes.push(at);
      continue;
    }
    if (prev === null || !continues(prev, at, layoutOf(at))) flush();
    emit(at, prev);
    prev = at;
  }
  flush();
  return out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/\n+$/u, '');
}
