// Reads the head of a Vietnamese legal document (as printed above the preamble): issuer, number, place and date,
// the national motto, the kind of act and its name. Both the Vietnamese original and English translations.
// The head comes in three layouts, all read the same way: a header table (one line per cell, the cell's
// paragraphs joined by spaces: "CHÍNH PHỦ ------- Số: 19/2019/NĐ-CP"), one line per paragraph (plain text), or a
// PDF text layer whose two columns share lines ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). So the furniture
// (motto, separators of dashes, the number clause, the place-and-date clause) is cut out wherever it stands in a
// line, and what is left before the kind word is the issuer.
import type { DocumentKind } from '../corpus/document-kinds';
import { DOCUMENT_KINDS, documentKind, documentKindLabel } from '../corpus/document-kinds';
import type { IngestLang } from '../corpus/ingest/structure-rules';
import { findDates } from './dates';
import { isUpper, lowerFirst, viKindWord, viSentence, viTitleName } from './vi-case';

export { isUpper } from './vi-case';

/** The kinds of act the head can name. */
type ActKind = DocumentKind;

/** What the head says, each part null when absent. */
export interface HeadParts {
  issuer: string | null;
  kind: ActKind | null;
  /** The kind word as printed ("DECREE", "NGHỊ ĐỊNH"). */
  kindWord: string | null;
  /** The name of the act after the kind word ("SECURITY INDUSTRY"). */
  name: string | null;
  /** Every number the head's number clauses give ("Số: 19/2019/NĐ-CP"), in order; usually one. */
  numbers: string[];
  /** The date of the place-and-date clause ("Hà Nội, ngày 19 tháng 02 năm 2019"), ISO. */
  dated: string | null;
  /** A topic number printed after the kind word ("Đề mục 1.11"). */
  topic: string | null;
}

/** A document number as Vietnam writes it: 19/2019/NĐ-CP, 91/2015/QH13, 44/VBHN-VPQH, 43/2021/AL. */
export const DOC_NUMBER_SOURCE = String.raw`\d{1,4}(?:\/\d{4})?\/[A-ZĐ][A-ZĐ0-9]*(?:[-–][A-ZĐ0-9]+)*`;

const NUMBER_CLAUSE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:Luật|Law|Pháp lệnh|Lệnh)\s+)?(?:Số|No\.?)\s*:?\s*(${DOC_NUMBER_SOURCE})(?![\w/])`,
  'giu',
);

const MOTTO = [
  /(?:THE\s+)?SOCIALIST\s+REPUBLIC\s+OF\s+VIET\s?NAM/giu,
  // Not "(Hiến pháp) nước Cộng hòa …", where the republic is part of a name.
  /(?<!nước\s+)CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu,
  /Independence\s*[-–—]\s*Freedom\s*[-–—]\s*Happiness/giu,
  /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/giu,
];

/** A run of dashes, underscores or the like that separates parts of the head. */
const SEPARATOR = /(?<!\S)[-–—_=*.…]{3,}(?!\S)/gu;

/** Up to four capitalised words and a comma before a date: "Hà Nội, ", "TP. Hồ Chí Minh, ", "Hanoi, ". */
const PLACE_BEFORE = /(?:(?:\p{Lu}[\p{L}.]*)\s+){0,4}\p{Lu}[\p{L}.]*\s*,\s*$/u;

/** Cuts the place-and-date clause out of a line; returns what is left and the date. */
function cutPlaceDate(line: string): { rest: string; iso: string | null } {
  for (const d of findDates(line)) {
    const before = line.slice(0, d.index);
    const place = PLACE_BEFORE.exec(before);
    const dated = /(?:ngày|dated?)\s*$/iu.test(before) ? before.search(/(?:ngày|dated?)\s*$/iu) : -1;
    const start = place !== null ? place.index : dated >= 0 ? dated : -1;
    if (start < 0) continue;
    return { rest: `${line.slice(0, start)} ${line.slice(d.index + d.length)}`, iso: d.iso };
  }
  return { rest: line, iso: null };
}

/** One line of the head with its furniture cut out, and what the furniture said. */
interface CleanLine {
  text: string;
  numbers: string[];
  iso: string | null;
  /** The line held a separator (a name stops there). */
  separated: boolean;
}

function cleanLine(raw: string): CleanLine {
  let text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const numbers = [...text.matchAll(NUMBER_CLAUSE)].map((m) => (m[1] ?? '').replace(/–/gu, '-'));
  text = text.replace(NUMBER_CLAUSE, ' ');
  for (const re of MOTTO) text = text.replace(re, ' ');
  const separated = SEPARATOR.test(text);
  SEPARATOR.lastIndex = 0;
  text = text.replace(SEPARATOR, ' ');
  const { rest, iso } = cutPlaceDate(text);
  return { text: rest.replace(/\s+/gu, ' ').trim(), numbers, iso, separated };
}

// Head words matched whole, longest first ("BỘ LUẬT" before "LUẬT", "THÔNG TƯ LIÊN TỊCH" before "THÔNG TƯ").
// `(?=…)` rather than `\b`, which does not see the end of a word ending in a Vietnamese letter ("THÔNG TƯ").
const KIND_WORDS: [RegExp, ActKind][] = DOCUMENT_KINDS.flatMap((k) =>
  k.headWords.map((w): [string, ActKind] => [w, k.id]),
)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([w, id]) => [new RegExp(`^${w.replace(/ /gu, '\\s+')}(?=[\\s.:,]|$)`, 'iu'), id]);

/** The kind of act named at the start of a line, if any. */
export function kindOfLine(line: string): ActKind | null {
  return KIND_WORDS.find(([re]) => re.test(line.trim()))?.[1] ?? null;
}

/** True when a line (of the head's name) is where the name stops: the preamble, a note, another act's number. */
const endsName = (line: string): boolean =>
  /^(?:Căn cứ|Pursuant|Theo|\(|\[)/iu.test(line) || new RegExp(DOC_NUMBER_SOURCE, 'u').test(line);

/** The name lines after the kind word: up to a separator, a case change (capitals → not), or the preamble. */
function nameLines(first: string, after: readonly CleanLine[], issuer: string | null): string[] {
  const out = first === '' ? [] : [first];
  for (const line of after) {
    if (line.text === '') {
      if (line.separated && out.length > 0) break;
      continue;
    }
    if (endsName(line.text)) break;
    if (issuer !== null && line.text.toLocaleLowerCase('vi') === issuer.toLocaleLowerCase('vi')) break;
    const opening = out[0];
    if (opening !== undefined && isUpper(opening) !== isUpper(line.text)) break;
    out.push(line.text);
    if (line.separated) break;
  }
  return out;
}

/** Splits the head's lines into issuer, number, date, kind and name. */
export function readHead(titleText: string): HeadParts {
  const lines = titleText.split('\n').map(cleanLine);
  const at = lines.findIndex((l) => kindOfLine(l.text) !== null);
  // The head proper ends with the kind line; numbers and dates after it belong to other acts the text cites.
  const own = at < 0 ? lines : lines.slice(0, at + 1);
  const numbers = [...new Set(own.flatMap((l) => l.numbers))];
  const dated = own.find((l) => l.iso !== null)?.iso ?? null;
  if (at < 0) {
    const rest = lines.map((l) => l.text).filter((l) => l !== '');
    return {
      issuer: null,
      kind: null,
      kindWord: null,
      name: rest.length > 0 ? rest.join(' ') : null,
      numbers,
      dated,
      topic: null,
    };
  }
  const line = lines[at]?.text ?? '';
  const kind = kindOfLine(line);
  const kindWord = KIND_WORDS.find(([re]) => re.test(line))?.[0].exec(line)?.[0] ?? null;
  let first = line.slice(kindWord?.length ?? 0).trim();
  const topic = /^\d+(?:\.\d+)*$/u.exec(first)?.[0] ?? null;
  if (topic !== null) first = '';
  const issuer = lines
    .slice(0, at)
    .map((l) => l.text)
    .filter((l) => l !== '')
    .join(' ')
    .trim();
  const name = nameLines(first, lines.slice(at + 1), issuer === '' ? null : issuer);
  return {
    issuer: issuer === '' ? null : issuer,
    kind,
    kindWord,
    name: name.length > 0 ? name.join(' ') : null,
    numbers,
    dated,
    topic,
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

/** A readable case for a heading printed in capitals; other text stays as written. */
export function readableCase(text: string, lang: IngestLang): string {
  if (!isUpper(text)) return text;
  return lang === 'vi' ? viSentence(text) : titleCase(text);
}

/** The act's title from its head: "Decree on Security Industry", "Bộ luật Dân sự", "Nghị định về họ, hụi …". */
export function titleFromHead(head: HeadParts, lang: IngestLang): string | null {
  // A topic of the Legal Code is called by its name alone ("An ninh mạng").
  if (head.kind === 'codification') return head.name === null ? null : readableCase(head.name, lang);
  if (head.name === null) return head.kindWord === null ? null : readableCase(head.kindWord, lang);
  if (head.kindWord === null || head.kind === null) return readableCase(head.name, lang);
  if (lang === 'vi') {
    // A consolidated text's head names the consolidated act's kind ("LUẬT / ĐẤT ĐAI"): its own kind word decides.
    const named = documentKind(kindOfLine(head.kindWord) ?? head.kind).namedAct;
    return `${viKindWord(head.kindWord)} ${viTitleName(head.name, named)}`;
  }
  const word = readableCase(head.kindWord, 'en');
  const name = readableCase(head.name, 'en');
  const needsOn =
    !/^(?:on|about|elaborating|guiding|detailing|amending|providing|prescribing|regulating|promulgating)\b/iu.test(
      name,
    );
  return `${word} ${needsOn ? 'on ' : ''}${name}`;
}

/** A precedent's title: "Án lệ số 43/2021/AL về hiệu lực của hợp đồng thế chấp …" (its subject line, if any). */
export function precedentTitle(number: string | null, subject: string | null, lang: IngestLang): string {
  const word = documentKindLabel('precedent', lang);
  const numbered = number === null ? word : `${word} ${lang === 'vi' ? 'số' : 'No.'} ${number}`;
  return subject === null ? numbered : `${numbered} ${lang === 'vi' ? lowerFirst(subject) : subject}`;
}

/** The short name of a kind of act, for "Decree 17/2031/NĐ-CP" (the vocabulary's label). */
export function kindLabel(kind: ActKind, lang: IngestLang): string {
  return documentKindLabel(kind, lang);
}
