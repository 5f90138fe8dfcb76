// Turns HTML into the line-oriented text the corpus parser reads, without any HTML library that could fetch
// resources: block elements end lines, scripts and styles are dropped, and table rows become blocks of
// tab-prefixed cells separated by blank lines (the shape parse-annex.ts reads for appendix tables).
import { decodeEntities } from './html-entities';

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

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</gu;

/** Accumulates lines and table cells while walking the tokens. */
class LineWriter {
  readonly lines: string[] = [];
  private line = '';
  private cell: string | null = null;
  pre = 0;

  text(raw: string): void {
    const t = decodeEntities(this.pre > 0 ? raw : raw.replace(/[ \t\r\n\f]+/gu, ' '));
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
      this.cell += ' ';
      return;
    }
    const done = this.line.replace(/\u00A0/gu, ' ').trim();
    if (done !== '') this.lines.push(done);
    this.line = start;
  }

  startRow(): void {
    this.closeCell();
    this.breakLine();
    this.lines.push('');
  }

  openCell(): void {
    this.closeCell();
    this.breakLine();
    this.cell = '';
  }

  closeCell(): void {
    if (this.cell === null) return;
    this.lines.push(`\t${this.cell.replace(/[\s\u00A0]+/gu, ' ').trim()}`);
    this.cell = null;
  }

  finish(): string {
    this.closeCell();
    this.breakLine();
    return this.lines.join('\n');
  }
}

/** The document text of an HTML page: one line per block, tables as tab-prefixed cell blocks. */
export function htmlToText(html: string): string {
  const w = new LineWriter();
  let skipUntil: string | null = null;
  for (const m of html.matchAll(TOKEN)) {
    const [token, closing, rawName] = m;
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
    if (closing !== '/' && SKIPPED.has(name) && !selfClosing) skipUntil = name;
    else if (name === 'br') w.breakLine();
    else if (name === 'tr') {
      if (closing !== '/') w.startRow();
      else w.closeCell();
    } else if (name === 'td' || name === 'th') {
      if (closing !== '/') w.openCell();
      else w.closeCell();
    } else if (name === 'pre') {
      w.breakLine();
      w.pre += closing === '/' ? -1 : 1;
      w.pre = Math.max(0, w.pre);
    } else if (BLOCK.has(name)) {
      if (name === 'table' && closing === '/') w.startRow();
      else w.breakLine();
    }
  }
  return w.finish();
}
