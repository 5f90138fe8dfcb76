// Citations and breadcrumbs for provisions, in English and Vietnamese legal style.
// Pure functions over the corpus model (no Node or DOM imports) so search, export, the CLI and the UI share them.
import { citedKindLabel } from './document-kinds';
import type { CorpusNode, DocumentMeta } from './model';

/** Languages a citation can be rendered in. */
export type CitationLang = 'en' | 'vi';

const EN_LABEL: Partial<Record<CorpusNode['kind'], string>> = {
  part: 'Part',
  chapter: 'Chapter',
  section: 'Section',
  subsection: 'Sub-section',
  article: 'Article',
  clause: 'Clause',
  point: 'Point',
  paragraph: 'Paragraph',
  'annex-group': 'Group',
  'annex-row': 'No.',
};

const VI_LABEL: Partial<Record<CorpusNode['kind'], string>> = {
  part: 'Phần',
  chapter: 'Chương',
  section: 'Mục',
  subsection: 'Tiểu mục',
  article: 'Điều',
  clause: 'khoản',
  point: 'điểm',
  paragraph: 'đoạn',
  'annex-group': 'nhóm',
  'annex-row': 'số',
};

const EN_FIXED: Partial<Record<CorpusNode['kind'], string>> = {
  title: 'Title',
  dateline: 'Dateline',
  preamble: 'Preamble',
  signature: 'Signature',
  annex: 'Appendix',
  caption: 'Caption',
  author: 'Author',
  'source-note': 'Source',
  'related-note': 'Related articles',
};

const VI_FIXED: Partial<Record<CorpusNode['kind'], string>> = {
  title: 'Tên văn bản',
  dateline: 'Ngày đăng',
  preamble: 'Phần mở đầu',
  signature: 'Phần ký',
  annex: 'Phụ lục',
  caption: 'Chú thích ảnh',
  author: 'Tác giả',
  'source-note': 'Nguồn',
  'related-note': 'Điều liên quan',
};

/**
 * Kinds whose label names the block instead of citing its number (the preamble, the signature, a footnote): such
 * labels are interface chrome and follow the interface language, while numbered units (Phần, Chương, Điều, khoản,
 * điểm …) are part of the document and are always written in its own language.
 */
const NAMED_BY_INTERFACE = new Set<CorpusNode['kind']>([
  'title',
  'dateline',
  'preamble',
  'signature',
  'caption',
  'author',
  'source-note',
  'related-note',
  'footnote',
]);

/** True for blocks the interface names (the preamble, a footnote) rather than cites by number. */
export function isNamedByInterface(kind: CorpusNode['kind']): boolean {
  return NAMED_BY_INTERFACE.has(kind);
}

/** The language a label of `kind` is written in: the interface's for named blocks, else the document's. */
export function labelLanguage(
  kind: CorpusNode['kind'],
  docLang: CitationLang,
  uiLang: CitationLang,
): CitationLang {
  return NAMED_BY_INTERFACE.has(kind) ? uiLang : docLang;
}

/** A provision's label for navigation: "Chương IV", "Article 6" in the document's language, "Preamble" in the UI's. */
export function navigationLabel(node: CorpusNode, docLang: CitationLang, uiLang: CitationLang): string {
  return nodeLabel(node, labelLanguage(node.kind, docLang, uiLang));
}

/**
 * The point letter as printed: eIds write Vietnamese "đ" as "dd"; a Vietnamese text prints "đ" again, an English
 * translation keeps "dd" as it prints it. The one place this rule lives (labels, citations, the reader's "đ)").
 */
export function pointLetter(num: string, lang: CitationLang): string {
  return lang === 'vi' ? num.replace(/^dd$/, 'đ') : num;
}

/** A part's ordinal as cited ("Phần thứ nhất", "Part One"); other numbers stay as written. */
function partNumber(node: CorpusNode, lang: CitationLang): string {
  const num = node.num ?? '';
  if (node.kind !== 'part' || /^[IVXLC\d]+$/u.test(num)) return num;
  const lower = num.toLowerCase();
  return lang === 'vi' ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Words of an unnumbered appendix row quoted in its label, as many as its id is made of (annex-ids.ts). */
const ROW_WORDS = 6;

/**
 * An appendix row without a number of its own, named by the first words of its first own cell: "Row “Người yêu
 * cầu đăng ký”" / "dòng “Người yêu cầu đăng ký”" (numbered rows are "No. 3" / "số 3").
 */
function unnumberedRowLabel(node: CorpusNode, lang: CitationLang): string {
  const own = node.cells?.find((c) => !c.continued && c.text.trim() !== '')?.text ?? '';
  const words = own.trim().split(/\s+/u);
  const shown = words.slice(0, ROW_WORDS).join(' ') + (words.length > ROW_WORDS ? ' …' : '');
  const word = lang === 'en' ? 'Row' : 'dòng';
  return shown === '' ? word : `${word} “${shown}”`;
}

/** A node's own label without its ancestors: "Article 6", "Clause 1", "điểm đ", "Appendix", "Phụ lục II". */
export function nodeLabel(node: CorpusNode, lang: CitationLang): string {
  const fixed = (lang === 'en' ? EN_FIXED : VI_FIXED)[node.kind];
  // A document's second appendix is told from its first by its number ("Phụ lục II").
  if (fixed !== undefined) return node.kind === 'annex' && node.num !== null ? `${fixed} ${node.num}` : fixed;
  const word = (lang === 'en' ? EN_LABEL : VI_LABEL)[node.kind] ?? node.kind;
  if (node.kind === 'footnote')
    return lang === 'en' ? `Note [${node.num ?? ''}]` : `Chú thích [${node.num ?? ''}]`;
  if (node.kind === 'annex-row' && node.num === null) return unnumberedRowLabel(node, lang);
  if (node.num === null) return node.heading ?? word;
  const num = node.kind === 'point' ? pointLetter(node.num, lang) : partNumber(node, lang);
  return `${word} ${num}`;
}

/** The document as cited: "Decree 63/2020/ND-CP", "Nghị định 63/2020/NĐ-CP", or the short title when unnumbered. */
export function documentLabel(doc: DocumentMeta, lang: CitationLang): string {
  if (doc.number === null) return doc.shortTitle;
  if (lang === 'en') return `${citedKindLabel(doc.kind, 'en')} ${doc.number}`.trim();
  // Vietnamese numbers carry Đ in the issuer code (NĐ-CP, QĐ-TTg); English transliterations drop it.
  const number = doc.number.replace(/\b(N|Q)D-/g, '$1Đ-');
  return `${citedKindLabel(doc.kind, 'vi')} ${number}`.trim();
}

/** Units above the article, which a citation of an article or anything inside it leaves out. */
const ABOVE_ARTICLE = new Set<CorpusNode['kind']>(['part', 'chapter', 'section', 'subsection']);

/** Ancestors that take part in a citation: parts, chapters and sections are skipped, as legal citations do. */
function citedChain(node: CorpusNode, ancestors: readonly CorpusNode[]): CorpusNode[] {
  const chain = [...ancestors, node];
  const hasArticle = chain.some((n) => n.kind === 'article');
  return chain.filter((n) => !(hasArticle && ABOVE_ARTICLE.has(n.kind)));
}

/**
 * A citation of one provision. English runs from the smallest unit up, comma-separated
 * ("Point dd, Clause 1, Article 11, Decree 63/2020/ND-CP"); Vietnamese runs the same way without commas
 * ("điểm đ khoản 1 Điều 11 Nghị định 63/2020/NĐ-CP"). `ancestors` are root-first, excluding `node`.
 */
export function formatCitation(
  doc: DocumentMeta,
  node: CorpusNode,
  ancestors: readonly CorpusNode[],
  lang: CitationLang,
  uiLang: CitationLang = lang,
): string {
  return [formatPlace(node, ancestors, lang, uiLang), documentLabel(doc, lang)].join(
    lang === 'en' ? ', ' : ' ',
  );
}

/**
 * The provision's place inside its document, without the act ("Clause 2, Article 16" / "khoản 2 Điều 16"): what
 * a control acting on that provision is named after, so a screen reader says which clause it acts on. `lang` is
 * the document's language; named blocks (a preamble, a footnote) are labelled in `uiLang`, which defaults to it.
 */
export function formatPlace(
  node: CorpusNode,
  ancestors: readonly CorpusNode[],
  lang: CitationLang,
  uiLang: CitationLang = lang,
): string {
  const parts = citedChain(node, ancestors)
    .reverse()
    .map((n) => navigationLabel(n, lang, uiLang));
  return lang === 'en' ? parts.join(', ') : parts.join(' ');
}

/** English plurals of the numbered labels, for a run of siblings ("Clauses 1–2"). */
const EN_PLURAL: Partial<Record<CorpusNode['kind'], string>> = {
  part: 'Parts',
  chapter: 'Chapters',
  section: 'Sections',
  subsection: 'Sub-sections',
  article: 'Articles',
  clause: 'Clauses',
  point: 'Points',
  paragraph: 'Paragraphs',
  'annex-row': 'Nos.',
};

/**
 * The place of a passage over several provisions, given the provisions it covers in reading order (descendants of
 * one of them are left out: a clause covers its points). Siblings of one numbered kind read as one unit:
 * "Clauses 1–2, Article 6" / "khoản 1 và khoản 2 Điều 6", three or more "Clauses 1–3, Article 6" / "từ khoản 1 đến
 * khoản 3 Điều 6"; anything else runs "from … to …" / "từ … đến …" between the first and the last place.
 */
export function formatPlaces(
  covered: readonly CorpusNode[],
  byEId: ReadonlyMap<string, CorpusNode>,
  lang: CitationLang,
  uiLang: CitationLang = lang,
): string {
  const ids = new Set(covered.map((n) => n.eId));
  const top = covered.filter((n) => !ancestorsOf(n.eId, byEId).some((a) => ids.has(a.eId)));
  const first = top[0];
  const last = top.at(-1);
  if (first === undefined || last === undefined) return '';
  const placeOf = (n: CorpusNode): string => formatPlace(n, ancestorsOf(n.eId, byEId), lang, uiLang);
  if (first === last) return placeOf(first);
  const siblings =
    top.every((n) => n.kind === first.kind && n.parentEId === first.parentEId && n.num !== null) &&
    EN_PLURAL[first.kind] !== undefined;
  if (siblings) {
    const parentPlace = first.parentEId === null ? '' : placeOf(byEId.get(first.parentEId) ?? first);
    const num = (n: CorpusNode): string =>
      n.kind === 'point' ? pointLetter(n.num ?? '', lang) : partNumber(n, lang);
    if (lang === 'en') {
      const run = `${EN_PLURAL[first.kind] ?? ''} ${num(first)}–${num(last)}`;
      return parentPlace === '' ? run : `${run}, ${parentPlace}`;
    }
    const run =
      top.length === 2
        ? `${nodeLabel(first, lang)} và ${nodeLabel(last, lang)}`
        : `từ ${nodeLabel(first, lang)} đến ${nodeLabel(last, lang)}`;
    return parentPlace === '' ? run : `${run} ${parentPlace}`;
  }
  return lang === 'en'
    ? `from ${placeOf(first)} to ${placeOf(last)}`
    : `từ ${placeOf(first)} đến ${placeOf(last)}`;
}

/**
 * The citation of a passage over the provisions `covered` (reading order), with its act: "Clauses 1–2, Article
 * 6, Decree 63/2020/ND-CP" / "khoản 1 và khoản 2 Điều 6 Nghị định 63/2020/NĐ-CP"; one provision's is formatCitation's.
 */
export function formatPassageCitation(
  doc: DocumentMeta,
  covered: readonly CorpusNode[],
  byEId: ReadonlyMap<string, CorpusNode>,
  lang: CitationLang,
  uiLang: CitationLang = lang,
): string {
  return [formatPlaces(covered, byEId, lang, uiLang), documentLabel(doc, lang)].join(
    lang === 'en' ? ', ' : ' ',
  );
}

/** Root-first labels for navigation: ["Chapter I", "Article 6", "Clause 1"]; named blocks in `uiLang`. */
export function breadcrumbLabels(
  node: CorpusNode,
  ancestors: readonly CorpusNode[],
  lang: CitationLang,
  uiLang: CitationLang = lang,
): string[] {
  return [...ancestors, node].map((n) => navigationLabel(n, lang, uiLang));
}

/** Root-first labels for navigation joined: "Chapter I › Article 6 › Clause 1". */
export function formatBreadcrumb(
  node: CorpusNode,
  ancestors: readonly CorpusNode[],
  lang: CitationLang,
  separator = ' › ',
): string {
  return breadcrumbLabels(node, ancestors, lang).join(separator);
}

/** Root-first ancestors of `eId` found by walking parent links through `byEId`. */
export function ancestorsOf(eId: string, byEId: ReadonlyMap<string, CorpusNode>): CorpusNode[] {
  const chain: CorpusNode[] = [];
  let parent = byEId.get(eId)?.parentEId ?? null;
  while (parent !== null) {
    const p = byEId.get(parent);
    if (p === undefined) break;
    chain.unshift(p);
    parent = p.parentEId;
  }
  return chain;
}
