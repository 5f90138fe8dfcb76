// Turns HTML into the line-oriented text the corpus parser reads, without any HTML library that could fetch
// resources: block elements end lines, scripts and styles are dropped, and table rows become blocks of
// tab-prefixed cells separated by blank lines (the shape parse-annex.ts reads for appendix tables). Linear in the
// input (html-tokens.ts), within the HTML budgets of limits.ts: tokens, list depth and characters of text.
import { EMPTY_CELL } from '../corpus/ingest/source-lines';
import { ImportBudget } from './budget';
import { decodeEntities } from './html-entities';
import { htmlTokens } from './html-tokens';

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot ul'
  ).split(' '),
);
/** Elements whose content is never document text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'title',
]);

/** Tokens between two checks of the token budget and the caller's AbortSignal. */
const CHECK_EVERY = 4096;

/** Point letters in Vietnamese order (đ after d), for second-level ordered lists. */
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** A numbering marker already typed at the start of a list item ("1.", "a)", "dd)"). */
const TYPED_MARKER = /^\s*(?:\d+\.|[a-zđ]\)|dd\))\s/u;

/** A cell's `rowspan`/`colspan` attribute: how many rows or columns it covers (1 when absent or nonsense). */
function spanOf(token: string, attribute: 'rowspan' | 'colspan'): number {
  const n = Number(new RegExp(`\\b${attribute}\\s*=\\s*["']?(\\d+)`, 'iu').exec(token)?.[1] ?? 1);
  return Number.isSafeInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Larger spans are clamped: no real table spans more rows or columns, and each spanned row costs a line. */
const MAX_SPAN = 1000;

/**
 * An open table: the grid column the next cell starts at, and the cells of earlier rows that reach down into
 * this one (by starting column: rows still to cover and columns wide).
 */
interface OpenTable {
  col: number;
  /** A row is open (HTML may leave out `</tr>`). */
  inRow: boolean;
  spans: Map<number, { rows: number; width: number }>;
  /** Where the table's lines begin, and how many cells it has had. */
  start: number;
  cells: number;
  /** The paragraphs of the cell closed last. */
  paragraphs: string[];
  /** The table sits in a cell of the table around it, which goes on after it. */
  nested: boolean;
}

/** A cell's text on one line: runs of spaces, line breaks and no-break spaces as one space. */
const tidy = (text: string): string => text.replace(/[\s\u00A0]+/gu, ' ').trim();

/** Accumulates lines and table cells while walking the tokens. */
class LineWriter {
  readonly lines: string[] = [];
  constructor(private readonly budget: ImportBudget) {}
  private line = '';
  private cell: string | null = null;
  private readonly tables: OpenTable[] = [];
  /** The open cell is the rest of one a nested table split. */
  private goesOn = false;
  pre = 0;
  /** The number of an ordered-list item (Word's automatic numbering), written unless the item types its own. */
  prefix: string | null = null;

  text(raw: string): void {
    let t = decodeEntities(this.pre > 0 ? raw : raw.replace(/[ \t\r\n\f]+/gu, ' '));
    if (this.prefix !== null && this.cell === null && t.trim() !== '') {
      if (this.line.trim() === '' && !TYPED_MARKER.test(t)) t = `${this.prefix}${t.trimStart()}`;
      this.prefix = null;
    }
    if (this.cell !== null) this.cell += t.replace(/\s*\n\s*/gu, ' ');
    else if (this.pre > 0) {
      t.split('\n').forEach((part, i) => {
        if (i === 0) this.line += part;
        else this.breakLine(part);
      });
    } else this.line += t;
  }

  breakLine(start = ''): void {
    if (this.cell !== null) {
      // Kept as a line break until the cell closes: a one-cell table writes its paragraphs as lines.
      this.cell += '\n';
      return;
    }
    const done = this.line.replace(/\u00A0/gu, ' ').trim();
    if (done !== '') this.push(done);
    this.line = start;
  }

  /**
   * Opens a table. One inside a cell ends the cell's part above it (a row of its own; none when the cell has no
   * text there), and the cell goes on after it as a further row (`closeTable`), as a PDF shows the cell split
   * round the table drawn in it: a form's section, its table of vehicles, the section's next point.
   */
  openTable(): void {
    const nested = this.cell !== null;
    if (nested && tidy(this.cell ?? '') === '') {
      this.cell = null;
      this.dropEmptyRow();
    }
    this.tables.push({
      col: 0,
      inRow: false,
      spans: new Map(),
      start: this.lines.length,
      cells: 0,
      paragraphs: [],
      nested,
    });
  }

  /** Drops the blank line that opened a row no cell has been written to. */
  private dropEmptyRow(): void {
    if (this.lines.at(-1) === '') this.lines.pop();
  }

  /**
   * Closes a table. A table of one cell is a box drawn round its paragraphs, not a table of data: its paragraphs
   * are written as lines, as a PDF of it reads (one box is no grid of cells).
   */
  closeTable(): void {
    this.startRow();
    const table = this.tables.pop();
    if (table?.nested === true && this.tables.at(-1)?.inRow === true) {
      // The cell the table sat in goes on below it, as a row of its own (dropped if nothing follows).
      this.lines.push('');
      this.cell = '';
      this.goesOn = true;
    }
    if (table === undefined || table.cells !== 1) return;
    const written = this.lines.slice(table.start);
    if (
      written.length !== 3 ||
      written[0] !== '' ||
      written[2] !== '' ||
      written[1]?.startsWith('\t') !== true
    )
      return;
    this.lines.length = table.start;
    for (const paragraph of table.paragraphs) this.push(paragraph);
    this.lines.push('');
  }

  startRow(): void {
    this.endRow();
    this.breakLine();
    this.lines.push('');
    const table = this.tables.at(-1);
    if (table !== undefined) Object.assign(table, { col: 0, inRow: true });
  }

  /** Ends a row: the columns that cells of earlier rows still cover at its end become empty cells too. */
  endRow(): void {
    this.closeCell();
    const table = this.tables.at(-1);
    if (table?.inRow !== true) return;
    table.inRow = false;
    for (const at of [...table.spans.keys()].sort((a, b) => a - b)) {
      if (at >= table.col) this.spanned(table, at);
    }
  }

  /**
   * Opens a cell. A cell of an earlier row that reaches down into this one (`rowspan`) is written here as an
   * empty cell in its column, which the appendix parser reads as "continues the cell above": without it the
   * row's cells would shift left, under the wrong column headings.
   */
  openCell(token = ''): void {
    this.closeCell();
    this.breakLine();
    const table = this.tables.at(-1);
    if (table !== undefined) {
      while (table.spans.has(table.col)) this.spanned(table, table.col);
      const [rows, width] = [spanOf(token, 'rowspan'), spanOf(token, 'colspan')];
      if (rows > 1) table.spans.set(table.col, { rows: rows - 1, width });
      table.col += width;
      table.cells++;
    }
    this.cell = '';
  }

  /** Writes the empty cell for the span starting at column `at` of `table`, and moves past it. */
  private spanned(table: OpenTable, at: number): void {
    const span = table.spans.get(at);
    if (span === undefined) return;
    this.closeCell();
    this.push('\t');
    if (--span.rows <= 0) table.spans.delete(at);
    table.col = at + span.width;
  }

  closeCell(): void {
    if (this.cell === null) return;
    const text = tidy(this.cell);
    const rest = this.goesOn;
    this.goesOn = false;
    if (rest && text === '') {
      // Nothing of the cell followed the table drawn in it.
      this.cell = null;
      this.dropEmptyRow();
      return;
    }
    // A cell of no text is said to be empty: unlike a span's place (above), it does not continue the cell above.
    this.push(`\t${text === '' ? EMPTY_CELL : text}`);
    const table = this.tables.at(-1);
    if (table !== undefined)
      table.paragraphs = this.cell
        .split('\n')
        .map(tidy)
        .filter((p) => p !== '');
    this.cell = null;
  }

  private push(line: string): void {
    this.budget.spend('textChars', line.length + 1);
    this.lines.push(line);
  }

  finish(): string {
    this.closeCell();
    this.breakLine();
    return this.lines.join('\n');
  }
}

/**
 * A footnote or endnote link: Word (through mammoth) links "#footnote-3" from the text and "#footnote-ref-3" back
 * from the note; LibreOffice links "#sdfootnote3sym" from the text and "#sdfootnote3anc" back from the note.
 */
function noteLink(name: string, token: string): { num: string; at: 'text' | 'note-start' | 'back' } | null {
  if (name !== 'a') return null;
  const href = /\bhref\s*=\s*["']?#([^"'\s>]+)/iu.exec(token)?.[1];
  if (href === undefined) return null;
  const word = /^(?:footnote|endnote)-(ref-)?(\d+)$/iu.exec(href);
  // Word's back link ends the note, whose list item already carries the number.
  if (word?.[2] !== undefined) return { num: word[2], at: word[1] === undefined ? 'text' : 'back' };
  const office = /^sd(?:foot|end)note(\d+)(sym|anc)$/iu.exec(href);
  // LibreOffice's back link opens the note's paragraph, so it carries the number.
  if (office?.[1] !== undefined)
    return { num: office[1], at: office[2]?.toLowerCase() === 'sym' ? 'text' : 'note-start' };
  return null;
}

/** An open list: ordered or not, its item count so far, and how many ordered lists enclose it (itself included). */
interface OpenList {
  ordered: boolean;
  n: number;
  orderedLevel: number;
}

/** Ordered lists number their items as clauses ("1. ") and, nested, as points ("a) "). */
function listItemPrefix(top: OpenList | undefined): string | null {
  if (top?.ordered !== true) return null;
  return top.orderedLevel === 1 ? `${top.n}. ` : `${POINT_LETTERS[top.n - 1] ?? String(top.n)}) `;
}

/**
 * The document text of an HTML page: one line per block, tables as tab-prefixed cell blocks. Throws TOO_LARGE
 * past a budget of `budget` (tokens, list depth, characters) and CANCELLED when its signal fires.
 */
export function htmlToText(html: string, budget = new ImportBudget('The HTML page')): string {
  const w = new LineWriter(budget);
  const lists: OpenList[] = [];
  let skipUntil: string | null = null;
  let tokens = 0;
  for (const { token, closing: isClosing, name: rawName } of htmlTokens(html)) {
    if (++tokens % CHECK_EVERY === 0) {
      budget.spend('htmlTokens', CHECK_EVERY);
      budget.checkCancelled();
    }
    const closing = isClosing ? '/' : '';
    const name = rawName?.toLowerCase();
    if (skipUntil !== null) {
      if (closing === '/' && name === skipUntil) skipUntil = null;
      continue;
    }
    if (name === undefined) {
      if (!token.startsWith('<') || token === '<') w.text(token);
      continue;
    }
    const selfClosing = token.endsWith('/>');
    const note = closing === '/' ? null : noteLink(name, token);
    if (note !== null) {
      // Word's and LibreOffice's footnote links become the one marker form the parser attaches: "[n]" inline,
      // "[n] " opening the note's own paragraph; the link's own text (a superscript number, "↑") is dropped.
      if (note.at === 'note-start') w.prefix = `[${note.num}] `;
      else if (note.at === 'text') w.text(`[${note.num}]`);
      skipUntil = 'a';
      continue;
    }
    if (name === 'li' && closing !== '/') {
      const id = /\bid\s*=\s*["']?(?:footnote|endnote)-(\d+)/iu.exec(token)?.[1];
      if (id !== undefined) {
        w.breakLine();
        w.prefix = `[${id}] `;
        continue;
      }
    }
    if (closing !== '/' && SKIPPED.has(name) && !selfClosing) skipUntil = name;
    else if (name === 'br') w.breakLine();
    else if (name === 'ol' || name === 'ul') {
      w.breakLine();
      if (closing === '/') lists.pop();
      else {
        const ordered = name === 'ol';
        lists.push({
          ordered,
          n: Number(/\bstart\s*=\s*["']?(\d+)/iu.exec(token)?.[1] ?? 1) - 1,
          orderedLevel: (lists.at(-1)?.orderedLevel ?? 0) + (ordered ? 1 : 0),
        });
        budget.level('htmlDepth', lists.length);
      }
    } else if (name === 'li') {
      w.breakLine();
      const top = lists.at(-1);
      if (closing !== '/' && top !== undefined) {
        top.n++;
        w.prefix = listItemPrefix(top);
      }
    } else if (name === 'tr') {
      if (closing !== '/') w.startRow();
      else w.endRow();
    } else if (name === 'td' || name === 'th') {
      if (closing !== '/') w.openCell(token);
      else w.closeCell();
    } else if (name === 'pre') {
      w.breakLine();
      w.pre += closing === '/' ? -1 : 1;
      w.pre = Math.max(0, w.pre);
    } else if (BLOCK.has(name)) {
      if (name === 'table' && closing === '/') w.closeTable();
      else w.breakLine();
      if (name === 'table' && closing !== '/' && !selfClosing) w.openTable();
    }
  }
  return w.finish();
}
