// Word lays a form's head out as a table: the title and "Kính gửi" in a tall left cell merged down two rows, the
// registry's box ("PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ" over "Vào Sổ tiếp nhận…") split over those rows on the right.
// When the merged cell draws no line above or below it, nothing on the page shows that split: a reader (and the
// PDF export) sees one band of two columns. mammoth keeps the rows, so the DOCX gave two rows where its PDF gives
// one, with the right-hand text cut in two. This pass fuses such rows into one row before mammoth reads the part:
// each column's paragraphs stacked in order. Only what is certain is fused: the merged cell's borders are resolved
// from the cell, the row's exceptions, the table and its style (styles.xml, through basedOn), and a band is fused
// only when no line is drawn above or below the merged cell, its rows have the same columns, and no other merged
// cell runs out of it. A table that frames its cells (a data table with merged heads) is left as it is.

import { bordersIn, firstSaid, tableStyleBorders } from './docx-borders';
import { tablesOf, type Cell, type Row } from './docx-tables';

/** The rows i..j (inclusive) a merged cell starting in row i at column `col` runs down. */
function mergedRun(rows: readonly Row[], i: number, col: number): number {
  let j = i;
  while (rows[j + 1]?.cells.find((c) => c.col === col)?.merge === 'continue') j++;
  return j;
}

const layout = (row: Row): string => row.cells.map((c) => `${c.col}+${c.span}`).join(' ');

/**
 * `xml` with each band of rows that only a borderless merged cell joins written as one row (see the file's head).
 * `stylesXml` is the document's styles part, for tables that take their borders from a style.
 */
export function fuseLayoutBands(xml: string, stylesXml = ''): string {
  if (!xml.includes('<w:vMerge')) return xml;
  const styles = tableStyleBorders(stylesXml);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const table of tablesOf(xml)) {
    const styleId = /<w:tblStyle w:val="([^"]*)"/u.exec(table.head)?.[1];
    const style = (styleId === undefined ? undefined : styles.get(styleId)) ?? {
      top: undefined,
      bottom: undefined,
      insideH: undefined,
    };
    const own = bordersIn(table.head, 'tblBorders');
    const { rows } = table;
    // Whether the cell of row r covering `col` draws its top (or bottom) edge, or the cell across that edge does.
    const cellAt = (r: number, col: number): Cell | undefined =>
      rows[r]?.cells.find((c) => c.col <= col && col < c.col + c.span);
    const edge = (r: number, col: number, side: 'top' | 'bottom'): 'line' | 'none' => {
      const cell = cellAt(r, col);
      if (cell === undefined) return 'none';
      const outer = side === 'top' ? r === 0 : r === rows.length - 1;
      const ex = rows[r]?.borders ?? { top: undefined, bottom: undefined, insideH: undefined };
      const fromTable = outer ? [ex[side], own[side], style[side]] : [ex.insideH, own.insideH, style.insideH];
      return firstSaid(bordersIn(cell.tcPr, 'tcBorders')[side], ...fromTable);
    };
    const lineAbove = (r: number, col: number): boolean =>
      edge(r, col, 'top') === 'line' || (r > 0 && edge(r - 1, col, 'bottom') === 'line');
    const lineBelow = (r: number, col: number): boolean =>
      edge(r, col, 'bottom') === 'line' || (r < rows.length - 1 && edge(r + 1, col, 'top') === 'line');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row === undefined) continue;
      // The band reaches as far down as its merged cells run; one framed merged cell keeps the rows apart.
      let last = i;
      let framed = false;
      for (const cell of row.cells) {
        if (cell.merge !== 'restart') continue;
        const j = mergedRun(rows, i, cell.col);
        framed ||=
          lineAbove(i, cell.col) ||
          lineBelow(j, cell.col) ||
          xml.slice(cell.body, cell.close).includes('<w:pBdr');
        last = Math.max(last, j);
      }
      if (framed || last === i || !bandFusable(xml, rows, i, last)) continue;
      edits.push({ start: row.start, end: rows[last]?.end ?? row.end, text: fusedRow(xml, rows, i, last) });
      i = last;
    }
  }
  if (edits.length === 0) return xml;
  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

/** Rows i..j can be one row: the same columns, nothing but whitespace between them, no merged cell running out. */
function bandFusable(xml: string, rows: readonly Row[], i: number, j: number): boolean {
  const shape = layout(rows[i] as Row);
  for (let r = i; r <= j; r++) {
    const row = rows[r] as Row;
    if (layout(row) !== shape) return false;
    if (r > i && xml.slice((rows[r - 1] as Row).end, row.start).trim() !== '') return false;
    for (const cell of row.cells) {
      if (r === i && cell.merge === 'continue') return false;
      if (cell.merge === 'restart' && mergedRun(rows, r, cell.col) > j) return false;
    }
  }
  return true;
}

/** Row i's XML with the content of rows i+1..j stacked into its cells; merged cells keep their first part only. */
function fusedRow(xml: string, rows: readonly Row[], i: number, j: number): string {
  const row = rows[i] as Row;
  const parts: string[] = [];
  let at = row.start;
  row.cells.forEach((cell, k) => {
    parts.push(
      xml.slice(at, cell.start),
      xml.slice(cell.start, cell.body).replace(/<w:vMerge\b[^>]*\/>/u, ''),
    );
    parts.push(xml.slice(cell.body, cell.close));
    for (let r = i + 1; r <= j; r++) {
      const below = (rows[r] as Row).cells[k] as Cell;
      if (below.merge !== 'continue') parts.push(xml.slice(below.body, below.close));
    }
    at = cell.close;
  });
  parts.push(xml.slice(at, row.end));
  return parts.join('');
}
