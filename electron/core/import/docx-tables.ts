// The tables of a WordprocessingML part as the layout passes see them: each table's own rows and cells, with
// where each starts and ends in the part, its grid column, span and vertical merge. mammoth drops all of it; the
// passes that decide what a table's rows look like on the page (docx-layout-bands.ts, docx-layout-rows.ts) read it.

import { bordersIn, type Borders } from './docx-borders';

/** A cell of a row: where it is in the part and in the grid. */
export interface Cell {
  start: number;
  end: number;
  /** Where the cell's content starts (after its tcPr). */
  body: number;
  /** Where its content ends (the `</w:tc>`). */
  close: number;
  tcPr: string;
  col: number;
  span: number;
  merge: 'restart' | 'continue' | null;
}

/** A row of a table, with its own cells (a nested table's are not its). */
export interface Row {
  start: number;
  end: number;
  /** The row's own border exceptions (`w:tblPrEx`), when it has them. */
  borders: Borders;
  cells: Cell[];
}

/** A table: its head (`w:tblPr`, `w:tblGrid`) and rows. */
export interface Table {
  start: number;
  end: number;
  head: string;
  rows: Row[];
}

// Each alternative is linear; nested tables are tracked by depth, so only a table's own rows and cells are its.
const STRUCTURE = /<w:tbl>|<\/w:tbl>|<w:tr(?=[\s>])[^>]*>|<\/w:tr>|<w:tc(?:\s[^>]*)?>|<\/w:tc>/gu;

/** The tables of a WordprocessingML part, each with its own rows and cells (nested tables are separate entries). */
export function tablesOf(xml: string): Table[] {
  const done: Table[] = [];
  const open: { table: Table; row: Row | null; cell: Partial<Cell> | null; col: number }[] = [];
  for (const m of xml.matchAll(STRUCTURE)) {
    const token = m[0];
    const top = open.at(-1);
    if (token === '<w:tbl>') {
      open.push({ table: { start: m.index, end: -1, head: '', rows: [] }, row: null, cell: null, col: 0 });
    } else if (token === '</w:tbl>') {
      if (top === undefined) continue;
      top.table.end = m.index + token.length;
      if (top.table.head === '') top.table.head = xml.slice(top.table.start, m.index);
      done.push(top.table);
      open.pop();
    } else if (top === undefined) {
      continue;
    } else if (token.startsWith('<w:tr')) {
      if (top.table.rows.length === 0 && top.row === null)
        top.table.head = xml.slice(top.table.start, m.index);
      top.row = {
        start: m.index,
        end: -1,
        borders: { top: undefined, bottom: undefined, insideH: undefined },
        cells: [],
      };
      top.col = 0;
    } else if (token === '</w:tr>') {
      if (top.row === null) continue;
      top.row.end = m.index + token.length;
      const head = xml.slice(top.row.start, top.row.cells[0]?.start ?? m.index);
      top.row.borders = bordersIn(head, 'tblBorders');
      top.table.rows.push(top.row);
      top.row = null;
    } else if (token.startsWith('<w:tc')) {
      if (top.row === null) continue;
      if (top.row.cells.length === 0 && top.cell === null) {
        // Cells after a row's skipped grid columns (`w:gridBefore`) start that far in.
        const head = xml.slice(top.row.start, m.index);
        top.col = Number(/<w:gridBefore w:val="(\d+)"/u.exec(head)?.[1] ?? 0);
      }
      const body = m.index + token.length;
      const prEnd = xml.startsWith('<w:tcPr>', body) ? xml.indexOf('</w:tcPr>', body) : -1;
      const tcPr = prEnd < 0 ? '' : xml.slice(body, prEnd + '</w:tcPr>'.length);
      const span = Math.max(1, Number(/<w:gridSpan w:val="(\d+)"/u.exec(tcPr)?.[1] ?? 1));
      const merge = /<w:vMerge\b([^>]*)\/>/u.exec(tcPr);
      top.cell = {
        start: m.index,
        body: body + tcPr.length,
        tcPr,
        col: top.col,
        span,
        merge: merge === null ? null : /w:val="restart"/u.test(merge[1] ?? '') ? 'restart' : 'continue',
      };
      top.col += span;
    } else if (token === '</w:tc>') {
      if (top.cell === null || top.row === null) continue;
      top.row.cells.push({
        ...(top.cell as Omit<Cell, 'end' | 'close'>),
        close: m.index,
        end: m.index + token.length,
      });
      top.cell = null;
    }
  }
  return done;
}
