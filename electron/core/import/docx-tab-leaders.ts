// Word draws a tab that reaches a tab stop with a leader as a row of dots (or a line): the blank of a form to be
// filled in ("Số điện thoại:⇥Fax:⇥"). mammoth reads every tab as a plain tab, so the DOCX lost the blanks its PDF
// export prints ("Số điện thoại:..........Fax:.........."). This pass writes such a tab as an ellipsis before mammoth
// reads the part, so both formats show a blank there. Where a tab lands is not measured (that needs the fonts): the
// n-th tab of a paragraph is taken to reach its n-th tab stop, which is how forms set one stop per blank. In a table
// cell a stop past the cell's edge is never reached, and a leader that ends the paragraph is not drawn; on the page
// a leader runs to its stop even past the margin. A paragraph of tabs alone draws no blank. These are what
// LibreOffice's PDF export of real forms shows (Decree 99/2022's appendix).

import { FILL_IN_BLANK } from '../corpus/ingest/parse-annex';

/** A cell's default left plus right margin in twips (Word's 0.19 cm each side), when the table sets none. */
const CELL_MARGINS = 216;

/** A paragraph being read: the stops it can reach (true where the stop has a leader), its tabs so far, whether
 * it has text, and where in the output its leader tabs were written (undone if it turns out to have no text). */
interface OpenParagraph {
  /** The text width of its table cell in twips; Infinity on the page. */
  width: number;
  stops: boolean[];
  tabs: number;
  text: boolean;
  blanks: number[];
  /** The output index of a leader tab with no text after it yet. */
  trailing: number | null;
}

/** A table being read: its grid's column widths, the column the next cell starts in, and that cell's span. */
interface OpenTable {
  grid: number[];
  col: number;
  span: number;
  cellWidth: number | null;
}

// Each alternative is linear: a hostile part cannot make the scan quadratic.
const TOKEN =
  /<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:p[\s>]|<\/w:p>|<w:tabs>(?:\s*<w:tab\b[^>]*\/>)*\s*<\/w:tabs>|<w:tab\s*\/>|<w:tbl>|<\/w:tbl>|<w:gridCol\b[^>]*>|<w:tr[\s>]|<w:tc>|<\/w:tc>|<w:gridSpan\b[^>]*>/gu;
const STOP = /<w:tab\b([^>]*)\/?>/gu;
const attr = (tag: string, name: string): number =>
  Number(new RegExp(`w:${name}="(-?\\d+)"`, 'u').exec(tag)?.[1]);

/** The stops of a `<w:tabs>` element up to `width` twips, in position order; `clear` stops are left out. */
function stopsOf(tabs: string, width: number): boolean[] {
  const stops: { pos: number; leader: boolean }[] = [];
  for (const m of tabs.matchAll(STOP)) {
    const attrs = m[1] ?? '';
    if (/w:val="clear"/u.test(attrs)) continue;
    const pos = attr(attrs, 'pos');
    const leader = /w:leader="(?:dot|underscore|hyphen|middleDot|heavy)"/u.test(attrs);
    if (Number.isFinite(pos) && pos <= width) stops.push({ pos, leader });
  }
  return stops.sort((a, b) => a.pos - b.pos).map((s) => s.leader);
}

/**
 * `xml` (a WordprocessingML part) with each run tab that reaches a leader tab stop written as FILL_IN_BLANK text.
 * Paragraphs inside text boxes nest; each keeps its own stops.
 */
export function markLeaderTabs(xml: string): string {
  if (!xml.includes('w:leader=')) return xml;
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  const widthHere = (): number => {
    const cell = tables.at(-1)?.cellWidth;
    return cell === null || cell === undefined ? Number.POSITIVE_INFINITY : cell - CELL_MARGINS;
  };
  const out: string[] = [];
  let last = 0;
  for (const m of xml.matchAll(TOKEN)) {
    out.push(xml.slice(last, m.index));
    last = m.index + m[0].length;
    out.push(step(m[0]));
  }
  out.push(xml.slice(last));
  return out.join('');

  function step(token: string): string {
    const table = tables.at(-1);
    const top = paragraphs.at(-1);
    if (token.startsWith('<w:t>') || token.startsWith('<w:t ')) {
      if (top !== undefined && /<w:t[^>]*>[^<]*\S/u.test(token))
        Object.assign(top, { text: true, trailing: null });
    } else if (token === '<w:tbl>') tables.push({ grid: [], col: 0, span: 1, cellWidth: null });
    else if (token === '</w:tbl>') tables.pop();
    else if (token.startsWith('<w:gridCol')) table?.grid.push(attr(token, 'w') || 0);
    else if (token.startsWith('<w:tr')) {
      if (table !== undefined) table.col = 0;
    } else if (token === '<w:tc>') {
      if (table !== undefined) Object.assign(table, { span: 1, cellWidth: table.grid[table.col] ?? null });
    } else if (token.startsWith('<w:gridSpan')) {
      if (table !== undefined) {
        table.span = Math.max(1, attr(token, 'val') || 1);
        const cols = table.grid.slice(table.col, table.col + table.span);
        table.cellWidth = cols.length > 0 ? cols.reduce((a, b) => a + b, 0) : null;
      }
    } else if (token === '</w:tc>') {
      if (table !== undefined) Object.assign(table, { col: table.col + table.span, cellWidth: null });
    } else if (token === '</w:p>') {
      // A paragraph of tabs alone shows no blank in the PDF export, nor does a cell's paragraph ending in one
      // (the cell's edge comes first): those stay plain tabs.
      if (top !== undefined && !top.text) for (const at of top.blanks) out[at] = '<w:tab/>';
      if (top !== undefined && Number.isFinite(top.width) && top.trailing !== null)
        out[top.trailing] = '<w:tab/>';
      paragraphs.pop();
    } else if (token.startsWith('<w:tabs>')) {
      if (top !== undefined) top.stops = stopsOf(token, top.width);
    } else if (token.startsWith('<w:p')) {
      paragraphs.push({
        width: widthHere(),
        stops: [],
        tabs: 0,
        text: false,
        blanks: [],
        trailing: null,
      });
    } else if (top !== undefined) {
      const leader = top.stops[top.tabs] === true;
      top.tabs++;
      if (leader) {
        top.blanks.push(out.length);
        top.trailing = out.length;
        return `<w:t>${FILL_IN_BLANK}</w:t>`;
      }
    }
    return token;
  }
}
