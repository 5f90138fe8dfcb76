// A table row that draws no box (no upright border, no shading, no paragraph border, in its cells, its exceptions,
// the table or the table's style) and has text in one cell at most is layout, not a row: Word users place a
// signature block on the right that way ("NGƯỜI YÊU CẦU CẤP BẢN SAO … Ký, ghi rõ họ và tên …" in the right cell of
// a borderless row, the left one empty, perhaps a rule under it). Nothing on the page shows a cell there, so the
// PDF export reads as lines what the DOCX read as a row, and the two formats gave different trees. This pass writes
// such a row's cells as paragraphs between the table's other rows (the table split around them) before mammoth
// reads the part. A row with text side by side in two cells (two parties' signatures) stays a row: its columns are
// what it shows.
import { SHADED, tableStyleLines } from './docx-borders';
import { tablesOf, type Row, type Table } from './docx-tables';

/** A border side that draws a vertical line: without one, no cell of the row can show as a box. */
const DRAWN_UPRIGHT = /<w:(?:left|right|start|end|insideV)\b[^>]*\bw:val="(?!nil"|none")[^"]*"/u;

/** Text a reader sees in a cell: a text run with more than spaces, or a symbol (a drawn check box). */
const VISIBLE = /<w:t(?:\s[^>]*)?>[^<]*[^<\s][^<]*<\/w:t>|<w:sym\b/u;

/** Whether the table itself (its properties, or a style that draws anything at all) may frame every row. */
function tableFrames(table: Table, styles: ReadonlyMap<string, boolean>): boolean {
  const style = /<w:tblStyle w:val="([^"]*)"/u.exec(table.head)?.[1];
  if (style !== undefined && styles.get(style) === true) return true;
  return DRAWN_UPRIGHT.test(table.head) || SHADED.test(table.head);
}

/**
 * Whether `row` is layout: it draws no upright line and no shading, holds no table, merged cell or bordered
 * paragraph, and has text in one cell at most. A line above or below it (its own, or a neighbour's) closes no box.
 */
function layoutRow(xml: string, row: Row): boolean {
  const own = xml.slice(row.start, row.end);
  if (own.includes('<w:tbl>') || own.includes('<w:vMerge') || own.includes('<w:pBdr')) return false;
  if (DRAWN_UPRIGHT.test(own) || SHADED.test(own)) return false;
  return row.cells.filter((c) => VISIBLE.test(xml.slice(c.body, c.close))).length <= 1;
}

/** The table's XML with each layout row written as its cells' paragraphs, the rows around them kept as tables. */
function splitTable(xml: string, table: Table, layout: ReadonlySet<Row>): string {
  const first = table.rows[0];
  if (first === undefined) return xml.slice(table.start, table.end);
  const head = xml.slice(table.start, first.start);
  const out: string[] = [];
  let kept: string[] = [];
  const flush = (): void => {
    if (kept.length > 0) out.push(head, ...kept, '</w:tbl>');
    kept = [];
  };
  let at = first.start;
  for (const row of table.rows) {
    if (layout.has(row)) {
      flush();
      // Bookmarks and the like between rows stay where they were, outside any row.
      out.push(xml.slice(at, row.start));
      for (const cell of row.cells) out.push(xml.slice(cell.body, cell.close));
    } else {
      kept.push(xml.slice(at, row.end));
    }
    at = row.end;
  }
  // What follows the last row (before `</w:tbl>`) belongs with the rows still open, if any.
  const tail = xml.slice(at, table.end - '</w:tbl>'.length);
  if (kept.length > 0) kept.push(tail);
  else out.push(tail);
  flush();
  return out.join('');
}

/**
 * `xml` with each table row that draws no box and holds text in one cell at most written as paragraphs (see the
 * file's head). `stylesXml` is the document's styles part, for tables that take their borders from a style.
 */
export function splitLayoutRows(xml: string, stylesXml = ''): string {
  if (!xml.includes('<w:tbl>')) return xml;
  const styles = tableStyleLines(stylesXml);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const table of tablesOf(xml)) {
    if (tableFrames(table, styles)) continue;
    const layout = new Set(table.rows.filter((row) => layoutRow(xml, row)));
    if (layout.size > 0)
      edits.push({ start: table.start, end: table.end, text: splitTable(xml, table, layout) });
  }
  // A nested table lies inside a row of its outer table, which is never a layout row (it holds a table). When both
  // are split, the outer one (first by start) is written from the part as it was, so the inner one stays whole.
  if (edits.length === 0) return xml;
  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}
