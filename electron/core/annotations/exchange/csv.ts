// CSV for people without Lectern: RFC 4180 quoting, UTF-8 with BOM and CRLF so spreadsheet programs read
// Vietnamese correctly, and cells that a spreadsheet would run as a formula are neutralised. A passage across
// provisions is one row: its provisions first … last, start in the first, end in the last, its quotes joined.
import type { Annotation } from '../model.js';
import { PASSAGE_QUOTE_JOINER, passageEIds, passageQuote } from '../passage-text.js';

/** Column headings, in order. */
const CSV_COLUMNS = [
  'id',
  'document',
  'provision',
  'start',
  'end',
  'quote',
  'note',
  'colour',
  'tags',
  'author',
  'created',
  'updated',
  'anchor',
  'document hash',
] as const;

/** Quotes a cell; a leading = + - @ or tab gets an apostrophe so it is shown, not evaluated (CSV injection). */
function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The annotations as one CSV document. */
export function toCsv(annotations: readonly Annotation[]): string {
  const rows = annotations.map((a) =>
    [
      a.id,
      a.target.docId,
      passageEIds(a).join(PASSAGE_QUOTE_JOINER),
      a.target.position?.start ?? null,
      (a.continues.at(-1)?.position ?? a.target.position)?.end ?? null,
      a.target.quote ? passageQuote(a) : null,
      a.note,
      a.color,
      a.tags.join('; '),
      a.author,
      a.created,
      a.updated,
      a.anchor,
      a.target.docHash,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
