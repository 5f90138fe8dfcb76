// Detects an imported document's metadata from its parsed nodes: number, kind, title, issuer, signer, issue
// date (head or signature), effective date (the effect article), publication date and author (prose).
// Everything detected is only a proposal: the preview shows it and the user may edit it before saving.
import type { IngestLang } from '../corpus/ingest/structure-rules';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import { findDates, firstDate } from './dates';
import { kindLabel, kindOfLine, readableCase, readHead, titleFromHead } from './head-lines';
import type { DetectedMeta, ImportFormat } from './model';

/** An act number as Vietnam writes it: 56/2024/QH15, 17/2031/NĐ-CP, 01/2021/TT-BCA. */
export const ACT_NUMBER = /(?<![\d/])(\d{1,4}\/\d{4}\/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\w/])/u;

const nodeText = (n: CorpusNode | undefined): string =>
  n === undefined ? '' : [n.heading ?? '', n.text].join('\n');

/** The act's own number: a "No."/"Số" line first, then the title lines (the preamble cites other acts' numbers). */
function detectNumber(title: string, nodes: readonly CorpusNode[]): string | null {
  const numbered = /^(?:No\.?|Số|Luật số|Law No\.?)\s*:?\s*(\S+)/imu.exec(title)?.[1];
  if (numbered !== undefined && ACT_NUMBER.test(numbered)) return ACT_NUMBER.exec(numbered)?.[1] ?? null;
  const inTitle = ACT_NUMBER.exec(title)?.[1];
  if (inTitle !== undefined) return inTitle;
  // An appendix says whose it is: "(Enclosed with Decree No. 17/2031/NĐ-CP …)" / "(Ban hành kèm theo Nghị định số …)".
  for (const n of nodes.filter((x) => x.kind === 'annex')) {
    const m = /(?:Enclosed with|attached to|kèm theo)[^)\n]*?(\d{1,4}\/\d{4}\/[A-ZĐ][A-ZĐ0-9-]*)/iu.exec(
      nodeText(n),
    );
    if (m?.[1] !== undefined) return m[1];
  }
  return null;
}

const KIND_OF_NUMBER: [RegExp, DocumentMeta['kind']][] = [
  [/\/QH\d*$/u, 'law'],
  [/\/N[ĐD]-/u, 'decree'],
  [/\/TT-|\/TTLT-/u, 'circular'],
  [/\/Q[ĐD]-/u, 'decision'],
];

/** The issue date: the head's "Hà Nội, ngày …" line, else the signature's, else an appendix's "dated …". */
function detectIssued(title: string, nodes: readonly CorpusNode[]): string | null {
  const fromHead = firstDate(title);
  if (fromHead !== null) return fromHead;
  const signature = nodeText(nodes.find((n) => n.kind === 'signature'));
  const signed = firstDate(signature);
  if (signed !== null) return signed;
  for (const n of nodes.filter((x) => x.kind === 'annex')) {
    const m = /(?:Enclosed with|attached to|kèm theo)[^)\n]*/iu.exec(nodeText(n));
    const d = m === null ? null : firstDate(m[0]);
    if (d !== null) return d;
  }
  const passed = nodes.map(nodeText).find((t) => /\b(?:was passed|was adopted|thông qua)\b/iu.test(t));
  return passed === undefined ? null : firstDate(passed.slice(passed.search(/passed|adopted|thông qua/iu)));
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

/** A person's name as the last line of a signature block ("Nguyễn Xuân Phúc"), if it looks like one. */
function detectSigner(nodes: readonly CorpusNode[]): string | null {
  const lines = nodeText(nodes.find((n) => n.kind === 'signature'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const name = [...lines]
    .reverse()
    .find((l) => /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u.test(l));
  return name ?? null;
}

/** Proposes metadata for a parsed document. */
export function detectMetadata(
  nodes: readonly CorpusNode[],
  lang: IngestLang,
  source: { fileName: string; format: ImportFormat },
): DetectedMeta {
  const titleNode = nodes.find((n) => n.kind === 'title');
  const title = titleNode?.text ?? '';
  const legal = nodes.some((n) => n.kind === 'article' || n.kind === 'chapter');
  const number = legal ? detectNumber(title, nodes) : null;
  const head = readHead(title);
  const kind =
    KIND_OF_NUMBER.find(([re]) => number !== null && re.test(number))?.[1] ??
    head.kind ??
    title
      .split('\n')
      .map(kindOfLine)
      .find((k) => k !== null) ??
    (legal ? 'other' : 'commentary');
  const fileStem = source.fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const fullTitle =
    (legal ? titleFromHead(head, lang) : readableCase(title.split('\n')[0] ?? '', lang)) || fileStem;
  const shortTitle =
    number !== null
      ? `${kindLabel(kind, lang)} ${number}`
      : fullTitle.length > 80
        ? `${fullTitle.slice(0, 79)}…`
        : fullTitle;
  const dateline = nodes.find((n) => n.kind === 'dateline');
  const author = nodes.find((n) => n.kind === 'author')?.text ?? null;
  return {
    kind,
    title: fullTitle,
    shortTitle,
    number,
    issuer: legal && head.issuer !== null ? readableCase(head.issuer, lang) : null,
    signer: legal ? detectSigner(nodes) : null,
    author,
    issued: legal ? detectIssued(title, nodes) : null,
    effective: legal ? detectEffective(nodes) : null,
    published: dateline === undefined ? null : firstDate(dateline.text),
    language: lang,
    status: `Imported ${source.format.toUpperCase()} (${lang === 'vi' ? 'Vietnamese' : 'English'})`,
    about: null,
    source: source.fileName.replace(/^.*[\\/]/u, ''),
  };
}
