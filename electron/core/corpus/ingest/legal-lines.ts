// The lines of a legal text as the structure parser reads them: trimmed, numbered as in the source (so warnings
// can name the line), marked when they came from a table cell and when they sit inside a quotation, because an
// amending act quotes whole articles ("“Điều 44. Hiệu lực thi hành … ”.") that are text, not provisions.
import { EMPTY_CELL } from './source-lines';
import type { TreeBuilder } from './tree-builder';

/** One non-blank source line. */
export interface LegalLine {
  text: string;
  /** 1-based line number in the extracted source text. */
  line: number;
  /** The line was a table cell (tab-prefixed in the source text). */
  cell: boolean;
  /** The line starts inside a quotation, or opens one: it never starts a provision or ends the document. */
  quoted: boolean;
}

const OPEN = '“';
const CLOSE = '”';

/** How far a quotation may run unclosed before it is taken for a stray mark rather than a quoted passage. */
const MAX_QUOTE_LINES = 400;

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/** Numbers, trims and drops blank lines (an empty table cell too); `first` is the source line number of `lines[0]`. */
export function legalLines(lines: readonly string[], first = 1): LegalLine[] {
  const out: LegalLine[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text !== '' && text !== EMPTY_CELL)
      out.push({ text, line: first + i, cell: raw.startsWith('\t'), quoted: false });
  });
  return out;
}

/**
 * Marks quoted lines. A quotation opens at “ and closes at the matching ”; one that never closes (or runs past
 * MAX_QUOTE_LINES) is reported and ignored, so a stray mark cannot swallow the rest of the document.
 */
export function markQuotations(lines: LegalLine[], b: TreeBuilder): void {
  let depth = 0;
  let openedAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    const text = l.text;
    if (depth === 0 && text.startsWith(OPEN)) openedAt = i;
    l.quoted = depth > 0 || text.startsWith(OPEN);
    const before = depth;
    depth = Math.max(0, depth + count(text, OPEN) - count(text, CLOSE));
    // An inline quotation closed with a straight quote (“.pdf") ends on its line, as the writer meant.
    if (depth > before && text.slice(text.lastIndexOf(OPEN)).includes('"')) depth = before;
    if (before === 0 && depth > 0 && !text.startsWith(OPEN)) openedAt = i;
    const runaway = depth > 0 && openedAt >= 0 && i - openedAt > MAX_QUOTE_LINES;
    if (runaway || (depth > 0 && i === lines.length - 1)) {
      const start = lines[openedAt];
      if (start !== undefined) {
        b.warn(
          start.line,
          `A quotation opened here ("${clip(start.text)}") is not closed; the lines after it are read as provisions.`,
        );
      }
      for (let k = openedAt + 1; k <= i; k++) {
        const q = lines[k];
        if (q !== undefined) q.quoted = false;
      }
      depth = 0;
      openedAt = -1;
    }
  }
}

/** The line without its quoted passages, for tests that must not see quoted text (the "./." end mark). */
export function unquotedPart(text: string): string {
  return text.replace(/“[^”]*(?:”|$)/gu, '');
}

/** A short excerpt of a line for warnings. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
