// Reads the head of a Vietnamese legal document (as printed above the preamble): issuer, number, place and date,
// the national motto, the kind of act and its name. Both the Vietnamese original and English translations.
import { documentKindLabel } from '../corpus/document-kinds';
import type { DocumentMeta } from '../corpus/model';
import type { IngestLang } from '../corpus/ingest/structure-rules';

/** The kinds of act the head can name. */
type ActKind = DocumentMeta['kind'];

/** What the head says, each part null when absent. */
export interface HeadParts {
  issuer: string | null;
  kind: ActKind | null;
  /** The kind word as printed ("DECREE", "NGHỊ ĐỊNH"). */
  kindWord: string | null;
  /** The name of the act after the kind word ("SECURITY INDUSTRY"). */
  name: string | null;
}

// `(?=…)` rather than `\b`, which does not see the end of a word ending in a Vietnamese letter ("THÔNG TƯ").
const KIND_WORDS: [RegExp, ActKind][] = [
  [/^(?:DECREE|NGHỊ ĐỊNH)(?=[\s.:,]|$)/iu, 'decree'],
  [/^(?:LAW|LUẬT)(?=[\s.:,]|$)/iu, 'law'],
  [/^(?:CIRCULAR|THÔNG TƯ)(?=[\s.:,]|$)/iu, 'circular'],
  [/^(?:DECISION|QUYẾT ĐỊNH)(?=[\s.:,]|$)/iu, 'decision'],
];

/** Lines that are furniture of every act: motto, separators, the number line, the place-and-date line. */
const FURNITURE = [
  /^(?:THE\s+)?SOCIALIST REPUBLIC OF VIET ?NAM$/iu,
  /^CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu,
  /^Independence\s*[-–—]\s*Freedom\s*[-–—]\s*Happiness$/iu,
  /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu,
  /^[-–—_=*.\s]+$/u,
  /^(?:No\.?|Số|Luật số|Law No\.?)\s*:?\s*\S+$/iu,
  /^[\p{L} .]+,\s*(?:ngày|date[d]?|\p{L}+\s+\d{1,2},|\d{1,2}\s)/iu,
];

const isFurniture = (line: string): boolean => FURNITURE.some((re) => re.test(line.trim()));

/** The kind of act named at the start of a line, if any. */
export function kindOfLine(line: string): ActKind | null {
  return KIND_WORDS.find(([re]) => re.test(line.trim()))?.[1] ?? null;
}

/** Splits title lines into issuer, kind and name. */
export function readHead(titleText: string): HeadParts {
  const lines = titleText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !isFurniture(l));
  const at = lines.findIndex((l) => kindOfLine(l) !== null);
  if (at < 0)
    return { issuer: null, kind: null, kindWord: null, name: lines.length > 0 ? lines.join(' ') : null };
  const line = lines[at] ?? '';
  const kind = kindOfLine(line);
  const kindWord = KIND_WORDS.find(([re]) => re.test(line))?.[0].exec(line)?.[0] ?? null;
  const rest = [line.slice(kindWord?.length ?? 0).trim(), ...lines.slice(at + 1)].filter((l) => l !== '');
  const issuer = lines.slice(0, at).join(' ').trim();
  return {
    issuer: issuer === '' ? null : issuer,
    kind,
    kindWord,
    name: rest.length > 0 ? rest.join(' ') : null,
  };
}

const SMALL_WORDS = new Set([
  'on',
  'and',
  'of',
  'the',
  'for',
  'in',
  'to',
  'a',
  'an',
  'or',
  'with',
  'by',
  'at',
]);

/** Capitalised words (small words lower) for an English heading printed in capitals. */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Vietnamese titles capitalise only the first letter. */
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** True when a text has letters and none of them are lower case (printed in capitals). */
export const isUpper = (text: string): boolean => /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);

/** A readable case for a heading printed in capitals; other text stays as written. */
export function readableCase(text: string, lang: IngestLang): string {
  if (!isUpper(text)) return text;
  return lang === 'vi' ? sentenceCase(text) : titleCase(text);
}

/** The act's title from its head: "Decree on Security Industry", "Nghị định về công nghiệp an ninh". */
export function titleFromHead(head: HeadParts, lang: IngestLang): string | null {
  if (head.name === null) return head.kindWord === null ? null : readableCase(head.kindWord, lang);
  if (head.kindWord === null) return readableCase(head.name, lang);
  const word = readableCase(head.kindWord, lang === 'vi' ? 'vi' : 'en');
  const name = lang === 'vi' ? head.name.toLowerCase() : readableCase(head.name, 'en');
  const needsOn =
    lang === 'en' &&
    !/^(?:on|about|elaborating|guiding|detailing|amending|providing|prescribing|regulating|promulgating)\b/iu.test(
      name,
    );
  return `${word} ${needsOn ? 'on ' : ''}${name}`;
}

/** The short name of a kind of act, for "Decree 17/2031/NĐ-CP" (the vocabulary's label). */
export function kindLabel(kind: ActKind, lang: IngestLang): string {
  return documentKindLabel(kind, lang);
}
