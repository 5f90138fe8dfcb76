// A table inside a table cell that draws no line at all (no border, no shading, no paragraph border) is layout,
// not data: Word users set a form's options side by side that way ("□ Bên nhận bảo đảm   □ Bên bảo đảm" in two
// invisible columns). The page shows the options as lines of the cell, and so does the PDF export. mammoth made
// the inner table rows of its own and closed the outer cell early, so the cell's later paragraphs fell out of the
// table as free lines. This pass writes such a table's cells, row by row, as paragraphs of the cell around it
// before mammoth reads the part. A table that draws anything, or sits on the page, is left as it is.
import { DRAWN_SIDE, SHADED, tableStyleLines } from './docx-borders';

const TABLE = /<w:tbl>|<\/w:tbl>/gu;
/** Levels of layout tables flattened, innermost first: forms nest one or two. */
const MAX_NESTING = 4;
const CELL_EDGE = /<w:tc(?:\s[^>]*)?>|<\/w:tc>/gu;

/** True when `table` (a `<w:tbl>` element with no table inside it) draws a line or a shading anywhere. */
function drawsSomething(table: string, styles: ReadonlyMap<string, boolean>): boolean {
  const style = /<w:tblStyle w:val="([^"]*)"/u.exec(table)?.[1];
  if (style !== undefined && styles.get(style) === true) return true;
  // Border sides are only ever elements of tblBorders, tcBorders and pBdr (cell margins have no w:val).
  return table.includes('<w:pBdr') || SHADED.test(table) || DRAWN_SIDE.test(table);
}

/** The paragraphs of each cell of `table`, row by row, cell by cell (their properties left out); one linear scan. */
function cellContents(table: string): string {
  const out: string[] = [];
  let open = -1;
  for (const m of table.matchAll(CELL_EDGE)) {
    if (m[0] !== '</w:tc>') open = m.index + m[0].length;
    else if (open >= 0) {
      const body = table.slice(open, m.index);
      const pr = body.startsWith('<w:tcPr>') ? body.indexOf('</w:tcPr>') : -1;
      out.push(pr < 0 ? body : body.slice(pr + '</w:tcPr>'.length));
      open = -1;
    }
  }
  return out.join('');
}

/**
 * `xml` with each table nested in a cell that draws nothing written as its cells' paragraphs (see the file's
 * head). `stylesXml` is the document's styles part, for tables that take their borders from a style.
 */
export function flattenNestedLayout(xml: string, stylesXml = ''): string {
  if (!xml.includes('<w:tbl>')) return xml;
  const styles = tableStyleLines(stylesXml);
  let out = xml;
  // Innermost tables first; one pass per level of nesting, each pass linear in the part. Layout nested deeper
  // than real forms go is left as it is, so a hostile part cannot make this quadratic.
  for (let pass = 0; pass < MAX_NESTING; pass++) {
    const edits: { start: number; end: number }[] = [];
    const open: { start: number; inner: boolean }[] = [];
    for (const m of out.matchAll(TABLE)) {
      if (m[0] === '<w:tbl>') {
        const parent = open.at(-1);
        if (parent !== undefined) parent.inner = true;
        open.push({ start: m.index, inner: false });
        continue;
      }
      const table = open.pop();
      if (table === undefined) continue;
      const end = m.index + m[0].length;
      if (open.length > 0 && !table.inner && !drawsSomething(out.slice(table.start, end), styles))
        edits.push({ start: table.start, end });
    }
    if (edits.length === 0) return out;
    const parts: string[] = [];
    let at = 0;
    for (const e of edits) {
      parts.push(out.slice(at, e.start), cellContents(out.slice(e.start, e.end)));
      at = e.end;
    }
    parts.push(out.slice(at));
    out = parts.join('');
  }
  return out;
}
