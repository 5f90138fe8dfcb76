// The file name an export proposes in the save dialog: what was exported (the document or "All documents", the
// kind of export, the annotated PDF's scope and filters) and the local date, so two different exports never
// propose the same name and an export of the same thing on the same day does (the core then asks before
// replacing it). Worded in the interface language, as the save dialog around it is; the document's short title
// stays as written. Safe on every OS: no folders, no reserved or control characters, no leading dot, at most
// MAX_NAME_BYTES of UTF-8.
import type { AnnotationColor } from '../annotations/model';
import type { CitationLang } from '../corpus/citation';
import { wordingFor } from './wording';

/** What an export holds, as far as its name tells. */
export type ExportContent =
  | {
      kind: 'pdf';
      scope: 'all' | 'annotated';
      tags: readonly string[];
      colors: readonly AnnotationColor[];
    }
  | { kind: 'report'; format: 'pdf' | 'md' }
  | { kind: 'notes'; format: 'json' | 'csv' };

/** Longest name proposed, in UTF-8 bytes: file systems stop at 255, and the dialog may add " (2)". */
const MAX_NAME_BYTES = 200;

/** Parts joined with an en dash, readable in any file manager. */
const SEPARATOR = ' – ';

/** The words a name uses besides the document's title; colour names and the filters come from wording.ts. */
const NAME_WORDS: Record<CitationLang, { all: string; whole: string; annotated: string; notes: string }> = {
  en: { all: 'All documents', whole: 'whole', annotated: 'annotated', notes: 'notes' },
  vi: { all: 'Tất cả văn bản', whole: 'toàn văn', annotated: 'có ghi chú', notes: 'ghi chú' },
};

const EXTENSIONS = { pdf: 'pdf', md: 'md', json: 'lectern-notes.json', csv: 'csv' } as const;

/** Text made safe inside a file name: separators become "-", reserved and control characters spaces. */
function cleanPart(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[/\\]+/g, '-')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
      .replace(/[<>:"|?*\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** `text` cut (at a code point, trailing spaces dropped) to at most `bytes` UTF-8 bytes. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += utf8Bytes(ch);
    if (used > bytes) break;
    out += ch;
  }
  return out.trimEnd();
}

/** "2026-12-03": the calendar date where the export runs. */
function localDate(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** What the export is, in words: the scope and filters of a PDF, "notes report", "notes". */
function describe(content: ExportContent, lang: CitationLang): string[] {
  const words = NAME_WORDS[lang];
  const wording = wordingFor(lang);
  if (content.kind === 'report') return [wording.report.title.toLocaleLowerCase(lang)];
  if (content.kind === 'notes') return [words.notes];
  const parts = [content.scope === 'annotated' ? words.annotated : words.whole];
  if (content.tags.length > 0) parts.push(wording.filterTags(content.tags.join(', ')));
  if (content.colors.length > 0) {
    const names = content.colors.map((c) => wording.colors[c].toLocaleLowerCase(lang));
    parts.push(wording.filterColors(names.join(', ')));
  }
  return parts;
}

/**
 * The proposed file name of an export of `title` (a document's short title; null for every document), e.g.
 * "Decree 63-2020-ND-CP – annotated – 2026-12-03.pdf".
 */
export function exportFileName(
  title: string | null,
  content: ExportContent,
  { lang, at }: { lang: CitationLang; at: Date },
): string {
  const extension = EXTENSIONS[content.kind === 'pdf' ? 'pdf' : content.format];
  const tail = `${SEPARATOR}${localDate(at)}.${extension}`;
  const what = cleanPart(describe(content, lang).join(SEPARATOR));
  const subject = cleanPart(title ?? NAME_WORDS[lang].all).replace(/^[.\s-]+/, '') || 'Lectern';
  // The title keeps at least half the room; a long filter (many tags) is cut first.
  const room = MAX_NAME_BYTES - utf8Bytes(tail) - utf8Bytes(SEPARATOR);
  const whatFits = cutToBytes(what, Math.max(room - utf8Bytes(subject), Math.floor(room / 2)));
  const subjectFits = cutToBytes(subject, room - utf8Bytes(whatFits));
  return `${subjectFits}${SEPARATOR}${whatFits}${tail}`;
}
