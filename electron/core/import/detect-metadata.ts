// Detects an imported document's metadata from its parsed nodes: number, kind, title, issuer, signer, issue
// date (head, signature or closing sentence), effective date (the effect article), publication date and author
// (prose). Everything detected is only a proposal: the preview shows it and the user may edit it before saving;
// where detection had to choose (several numbers, a number and a head word naming different kinds) or found
// nothing, it says so in a warning rather than guessing silently. All text comes out NFC.
import type { DocumentKind } from '../corpus/document-kinds';
import { documentKind, kindsOfNumber } from '../corpus/document-kinds';
import type { IngestLang } from '../corpus/ingest/structure-rules';
import type { CorpusNode } from '../corpus/model';
import { dateAfterLast, findDates, firstDate } from './dates';
import type { HeadParts } from './head-lines';
import {
  DOC_NUMBER_SOURCE,
  kindLabel,
  kindOfLine,
  precedentTitle,
  readableCase,
  readHead,
  titleFromHead,
} from './head-lines';
import type { DetectedMeta, ImportFormat, ImportWarning } from './model';
import { signerOf } from './signer';
import { viIssuer } from './vi-case';

/** An act number with its year, as acts cite each other: 56/2024/QH15, 17/2031/NĐ-CP, 01/2021/TT-BCA. */
const ACT_NUMBER = /(?<![\d/])(\d{1,4}\/\d{4}\/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\w/])/u;

/** A detection note about one field, dropped when the user sets that field. */
interface MetadataNote {
  field: 'number' | 'kind' | 'issuer' | 'title';
  warning: ImportWarning;
}

/** What detection proposes, with notes where it was unsure. */
interface MetadataReport {
  meta: DetectedMeta;
  notes: MetadataNote[];
}

const nfc = (text: string): string => text.normalize('NFC');
const nodeText = (n: CorpusNode | undefined): string =>
  n === undefined ? '' : nfc([n.heading ?? '', n.text].join('\n'));
const note = (field: MetadataNote['field'], code: ImportWarning['code'], message: string): MetadataNote => ({
  field,
  warning: { code, message, eId: null },
});

/**
 * The head's text: the title node, else the opening lines of the first node up to its preamble when they name a
 * kind ("Đề mục 1.11 / An ninh mạng", or a head the parser left in the preamble).
 */
function headText(nodes: readonly CorpusNode[]): string {
  const title = nodes.find((n) => n.kind === 'title');
  if (title !== undefined) return nfc(title.text);
  const lines = nodeText(nodes.find((n) => n.kind !== 'dateline')).split('\n');
  const end = lines.findIndex((l) => /^\s*(?:Căn cứ|Pursuant|Theo đề nghị|At the request)/iu.test(l));
  const opening = lines.slice(0, end < 0 ? 12 : Math.min(end, 12));
  const named = opening.some((l) => kindOfLine(l) !== null && l.trim().split(/\s+/u).length <= 6);
  return named ? opening.join('\n') : '';
}

/** A number with a footnote marker glued to its end ("43/2021/AL1" in a PDF text layer) loses the marker. */
function withoutMarker(number: string | null): string | null {
  if (number === null || kindsOfNumber(number).length > 0) return number;
  const bare = number.replace(/\d+$/u, '');
  return bare !== number && kindsOfNumber(bare).length > 0 ? bare : number;
}

/** The act's own number: the head's number clause, then the title lines, then an appendix's "kèm theo …". */
function detectNumber(head: HeadParts, title: string, nodes: readonly CorpusNode[], notes: MetadataNote[]) {
  const several = (found: string[], where: string): void => {
    if (found.length > 1)
      notes.push(
        note(
          'number',
          'metadata-uncertain',
          `The ${where} gives several numbers (${found.join(', ')}); ${found[0] ?? ''} was taken: check it.`,
        ),
      );
  };
  if (head.numbers.length > 0) {
    several(head.numbers, 'head');
    return withoutMarker(head.numbers[0] ?? null);
  }
  const inTitle = [
    ...new Set([...title.matchAll(new RegExp(ACT_NUMBER.source, 'gu'))].map((m) => m[1] ?? '')),
  ];
  if (inTitle.length > 0) {
    several(inTitle, 'title');
    return inTitle[0] ?? null;
  }
  // An appendix says whose it is: "(Enclosed with Decree No. 17/2031/NĐ-CP …)" / "(Ban hành kèm theo Nghị định số …)".
  for (const n of nodes.filter((x) => x.kind === 'annex')) {
    const m = new RegExp(`(?:Enclosed with|attached to|kèm theo)[^)\\n]*?(${DOC_NUMBER_SOURCE})`, 'iu').exec(
      nodeText(n),
    );
    if (m?.[1] !== undefined) return m[1];
  }
  return null;
}

/** The kind: the head word when the number's suffix allows it, else the number's (a consolidated text's head names the act it consolidates). */
function detectKind(
  headKind: DocumentKind | null,
  number: string | null,
  legal: boolean,
  notes: MetadataNote[],
): DocumentKind {
  const byNumber = number === null ? [] : kindsOfNumber(number);
  if (headKind !== null && (byNumber.length === 0 || byNumber.includes(headKind))) return headKind;
  const fromNumber = byNumber[0];
  if (fromNumber !== undefined) {
    if (headKind !== null && fromNumber !== 'consolidated')
      notes.push(
        note(
          'kind',
          'metadata-uncertain',
          `The head says ${kindLabel(headKind, 'en')} but the number ${number ?? ''} is a ${kindLabel(fromNumber, 'en')}'s; ${kindLabel(fromNumber, 'en')} was taken: check it.`,
        ),
      );
    return fromNumber;
  }
  return legal ? 'other' : 'commentary';
}

/** The issue date: the head's "Hà Nội, ngày …", else the signature's, an appendix's "kèm theo … ngày …", or the closing "thông qua ngày …". */
function detectIssued(
  head: HeadParts,
  title: string,
  nodes: readonly CorpusNode[],
  all: string,
): string | null {
  const fromHead = head.dated ?? firstDate(title);
  if (fromHead !== null) return fromHead;
  const signed = firstDate(nodeText(nodes.find((n) => n.kind === 'signature')));
  if (signed !== null) return signed;
  for (const n of nodes.filter((x) => x.kind === 'annex')) {
    const m = /(?:Enclosed with|attached to|kèm theo)[^)\n]*/iu.exec(nodeText(n));
    const d = m === null ? null : firstDate(m[0]);
    if (d !== null) return d;
  }
  return dateAfterLast(all, /(?:was passed|was adopted|thông qua)/iu);
}

const EFFECT =
  /(?:comes? into (?:force|effect)|takes? effect|enters? into force|(?:shall be|becomes?) effective|effective (?:from|as of)|có hiệu lực)/iu;

/** The effective date: the first date after an entry-into-force phrase, in the effect article if there is one. */
function detectEffective(nodes: readonly CorpusNode[]): string | null {
  const effectArticles = new Set(
    nodes
      .filter((n) => n.kind === 'article' && /effect|force|hiệu lực/iu.test(n.heading ?? ''))
      .map((n) => n.eId),
  );
  const ordered = [
    ...nodes.filter(
      (n) => effectArticles.has(n.eId) || (n.parentEId !== null && effectArticles.has(n.parentEId)),
    ),
    ...nodes,
  ];
  for (const n of ordered) {
    const text = nodeText(n);
    const at = text.search(EFFECT);
    if (at < 0) continue;
    const date = findDates(text.slice(at))[0];
    if (date !== undefined) return date.iso;
  }
  return null;
}

/** The signer: the signature node's name, else a signing authority and name closing some other node (a Code's last article, a consolidated text before its endnotes). */
function detectSigner(nodes: readonly CorpusNode[]): string | null {
  const signature = nodes.filter((n) => n.kind === 'signature');
  for (const n of [...signature].reverse()) {
    const name = signerOf(nodeText(n));
    if (name !== null) return name;
  }
  for (const n of [...nodes].reverse()) {
    if (n.kind === 'signature') continue;
    const name = signerOf(nodeText(n).split('\n').slice(-6).join('\n'), true);
    if (name !== null) return name;
  }
  return null;
}

/** A precedent's subject: the paragraph opening "Về …" after its title, with its wrapped continuation lines. */
function precedentSubject(nodes: readonly CorpusNode[]): string | null {
  const at = nodes.findIndex((n) => n.kind === 'paragraph' && /^(?:Về|On)\s/u.test(nfc(n.text)));
  if (at < 0 || at > 3) return null;
  const parts = [nfc(nodes[at]?.text ?? '')];
  for (const n of nodes.slice(at + 1)) {
    if (n.kind !== 'paragraph' || !/^\p{Ll}/u.test(nfc(n.text))) break;
    parts.push(nfc(n.text));
  }
  return parts.join(' ').replace(/\s+/gu, ' ').trim();
}

/** The title: a precedent's number and subject, an act's kind word and name, else the first line of prose. */
function detectTitle(d: {
  kind: DocumentKind;
  number: string | null;
  head: HeadParts;
  title: string;
  nodes: readonly CorpusNode[];
  lang: IngestLang;
  named: boolean;
}): string | null {
  if (d.kind === 'precedent') return precedentTitle(d.number, precedentSubject(d.nodes), d.lang);
  if (d.named) return titleFromHead(d.head, d.lang);
  return readableCase(d.title.split('\n')[0]?.trim() ?? '', d.lang);
}

/** The issuer in proper case; a suspiciously long one (head furniture left over) gets a note. */
function detectIssuer(head: HeadParts, all: string, lang: IngestLang, notes: MetadataNote[]): string | null {
  if (head.issuer === null) return null;
  const issuer = lang === 'vi' ? viIssuer(head.issuer, all) : readableCase(head.issuer, 'en');
  if (issuer.split(/\s+/u).length > 14)
    notes.push(
      note('issuer', 'metadata-uncertain', `The issuer read from the head is long ("${issuer}"): check it.`),
    );
  return issuer;
}

/** The proposed metadata and notes where detection was unsure. */
export function detectMetadataReport(
  nodes: readonly CorpusNode[],
  lang: IngestLang,
  source: { fileName: string; format: ImportFormat },
): MetadataReport {
  const notes: MetadataNote[] = [];
  const title = headText(nodes);
  const legal = nodes.some((n) => n.kind === 'article' || n.kind === 'chapter');
  const head = readHead(title);
  // Prose names a kind only with a number ("ÁN LỆ SỐ 43/2021/AL"), so a headline opening "Luật …" stays prose.
  const headKind =
    legal || head.numbers.length > 0 || head.kind === 'precedent' || head.kind === 'codification'
      ? head.kind
      : null;
  const number = legal || headKind !== null ? detectNumber(head, title, nodes, notes) : null;
  const kind = detectKind(headKind, number, legal, notes);
  const def = documentKind(kind);
  const fileStem = source.fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const detectedTitle = detectTitle({
    kind,
    number,
    head,
    title,
    nodes,
    lang,
    named: legal || headKind !== null,
  });
  if (!detectedTitle && (legal || headKind !== null))
    notes.push(note('title', 'metadata-missing', 'No title was found; the file name stands in for it.'));
  const fullTitle = nfc(detectedTitle || fileStem);
  const shortTitle =
    number !== null
      ? `${kindLabel(kind, lang)} ${number}`
      : fullTitle.length > 80
        ? `${fullTitle.slice(0, 79)}…`
        : fullTitle;
  const all = nodes.map(nodeText).join('\n');
  const official = legal && def.official;
  const issuer = official ? detectIssuer(head, all, lang, notes) : null;
  const dateline = nodes.find((n) => n.kind === 'dateline');
  const author = nodes.find((n) => n.kind === 'author')?.text ?? null;
  const meta: DetectedMeta = {
    kind,
    title: fullTitle,
    shortTitle: nfc(shortTitle),
    number: number === null ? null : nfc(number),
    issuer,
    signer: official ? detectSigner(nodes) : null,
    author: author === null ? null : nfc(author),
    issued:
      official || kind === 'consolidated'
        ? detectIssued(head, title, nodes, all)
        : kind === 'precedent'
          ? dateAfterLast(all.slice(0, 2000), /thông qua|was adopted/iu)
          : null,
    effective: official ? detectEffective(nodes) : null,
    published: dateline === undefined ? null : firstDate(nfc(dateline.text)),
    language: lang,
    status: `Imported ${source.format.toUpperCase()} (${lang === 'vi' ? 'Vietnamese' : 'English'})`,
    about: null,
    source: nfc(source.fileName.replace(/^.*[\\/]/u, '')),
  };
  return { meta, notes };
}

/** Proposes metadata for a parsed document. */
export function detectMetadata(
  nodes: readonly CorpusNode[],
  lang: IngestLang,
  source: { fileName: string; format: ImportFormat },
): DetectedMeta {
  return detectMetadataReport(nodes, lang, source).meta;
}

/** Fields a legal act should have and the saved metadata lacks (a Legal Code topic has no number or date). */
export function missingMetadata(
  meta: Pick<DetectedMeta, 'kind' | 'number' | 'issued' | 'issuer'>,
  structure: 'legal' | 'prose',
): ImportWarning[] {
  if (structure !== 'legal') return [];
  const def = documentKind(meta.kind);
  const what = { number: 'document number', issued: 'issue date', issuer: 'issuer' } as const;
  return (['number', 'issued', 'issuer'] as const)
    .filter((key) => meta[key] === null && (key === 'number' ? def.numbered : def.official))
    .map((key) => ({
      code: 'metadata-missing' as const,
      message: `No ${what[key]} was found; enter it before saving if the document has one.`,
      eId: null,
    }));
}
