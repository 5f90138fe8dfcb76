// Word draws a tab that reaches a tab stop with a leader as a row of dots (or a line): the blank of a form to be
// filled in ("Số điện thoại:⇥Fax:⇥"). mammoth reads every tab as a plain tab, so the DOCX lost the blanks its PDF
// export prints ("Số điện thoại:..........Fax:.........."). This pass writes such a tab as an ellipsis before mammoth
// reads the part, so both formats show a blank there. Where a tab lands is not measured exactly (that needs the
// fonts): the n-th tab of a paragraph is taken to reach its n-th tab stop, which is how forms set one stop per blank,
// unless the line has surely run past that stop already (its indent plus the least width its text can take, see
// NARROW_CHAR): then the tab goes on to the first stop ahead, as Word's does. In a table cell a stop past the
// cell's edge is never reached, and a leader that ends the paragraph is not drawn; on the page a leader runs to its
// stop even past the margin. A paragraph of tabs alone draws no blank. These are what LibreOffice's PDF export of
// real forms shows (Decree 99/2022's appendix).

import { FILL_IN_BLANK } from '../corpus/ingest/parse-annex';

/** A cell's default left plus right margin in twips (Word's 0.19 cm each side), when the table sets none. */
const CELL_MARGINS = 216;

/**
 * The least width of a character in twips, for telling that text has run past a tab stop: 10 pt type, a narrow
 * glyph (".", ",", "i", a space) a quarter of an em, any other a third. Real text is wider, so a stop this
 * counts as passed has been passed.
 */
const NARROW_CHAR = 50;
const CHAR = 66;
const NARROW = /[\s.,:;'!|iljtf()[\]-]/u;
/** Word's default tab stops, every half inch, where a paragraph's own stops have run out. */
const DEFAULT_STOP = 720;

/** A tab stop: its position in twips, whether it draws a leader, and whether text after it ends there. */
interface TabStop {
  pos: number;
  leader: boolean;
  /** Right, centre and decimal stops: the text after the tab runs back from the stop, not on from it. */
  aligned: boolean;
}

/** A paragraph being read: the stops it can reach, the next stop a tab can go to, how far the line has at least
 * reached, whether it has text, and where in the output its leader tabs were written (undone if it turns out to
 * have no text). */
interface OpenParagraph {
  /** The text width of its table cell in twips; Infinity on the page. */
  width: number;
  stops: TabStop[];
  /** The index of the next stop a tab can reach: the n-th tab reaches the n-th stop unless the text passed it. */
  tabs: number;
  /** The least position the line has reached, in twips from the text's left edge. */
  at: number;
  /** After a right or centre tab: text does not move the line on. */
  held: boolean;
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
  /<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:p[\s>]|<\/w:p>|<w:tabs>(?:\s*<w:tab\b[^>]*\/>)*\s*<\/w:tabs>|<w:tab\s*\/>|<w:tbl>|<\/w:tbl>|<w:gridCol\b[^>]*>|<w:tr[\s>]|<w:tc>|<\/w:tc>|<w:gridSpan\b[^>]*>|<w:ind\b[^>]*>/gu;
const STOP = /<w:tab\b([^>]*)\/?>/gu;
const attr = (tag: string, name: string): number =>
  Number(new RegExp(`w:${name}="(-?\\d+)"`, 'u').exec(tag)?.[1]);

/** The stops of a `<w:tabs>` element up to `width` twips, in position order; `clear` stops are left out. */
function stopsOf(tabs: string, width: number): TabStop[] {
  const stops: TabStop[] = [];
  for (const m of tabs.matchAll(STOP)) {
    const attrs = m[1] ?? '';
    if (/w:val="clear"/u.test(attrs)) continue;
    const pos = attr(attrs, 'pos');
    const leader = /w:leader="(?:dot|underscore|hyphen|middleDot|heavy)"/u.test(attrs);
    const aligned = /w:val="(?:right|end|center|decimal)"/u.test(attrs);
    if (Number.isFinite(pos) && pos <= width) stops.push({ pos, leader, aligned });
  }
  return stops.sort((a, b) => a.pos - b.pos);
}

/** The least width `text` can take on the line, in twips. */
function leastWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += NARROW.test(ch) ? NARROW_CHAR : CHAR;
  return width;
}

/** The XML-escaped text of a `<w:t>` token, as it shows. */
const shownText = (token: string): string =>
  token.replace(/^<w:t[^>]*>|<\/w:t>$/gu, '').replace(/&(?:lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/giu, 'x');

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
      if (top === undefined) return token;
      if (!top.held) top.at += leastWidth(shownText(token));
      if (/<w:t[^>]*>[^<]*\S/u.test(token)) Object.assign(top, { text: true, trailing: null });
    } else if (token.startsWith('<w:ind')) {
      // The first line starts at the paragraph's indent, plus its first-line indent or less its hanging one.
      if (top !== undefined) {
        const left = attr(token, 'left') || attr(token, 'start') || 0;
        top.at = Math.max(0, left + (attr(token, 'firstLine') || 0) - (attr(token, 'hanging') || 0));
      }
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
        at: 0,
        held: false,
        text: false,
        blanks: [],
        trailing: null,
      });
    } else if (top !== undefined) {
      // The tab goes to the next stop the line has not yet passed; past the last, to a default stop.
      let k = top.tabs;
      while (k < top.stops.length && (top.stops[k]?.pos ?? 0) <= top.at) k++;
      const stop = top.stops[k];
      top.tabs = stop === undefined ? top.stops.length : k + 1;
      top.at = stop?.pos ?? (Math.floor(top.at / DEFAULT_STOP) + 1) * DEFAULT_STOP;
      top.held = stop?.aligned ?? false;
      if (stop?.leader === true) {
        top.blanks.push(out.length);
        top.trailing = out.length;
        return `<w:t>${FILL_IN_BLANK}</w:t>`;
      }
    }
    return token;
  }
}
