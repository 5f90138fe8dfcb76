// The one vocabulary of document kinds: Vietnam's kinds of legal document (Law 80/2015 on the promulgation of
// legal documents, plus consolidated texts, court precedents and Legal Code topics) and the app's own commentary.
// Every list of kinds (the model's type, zod schemas, citations, labels, metadata detection) derives from here.
// Pure data, no Node or DOM imports, so the renderer may import it.

/** How one kind is named and recognised. */
interface DocumentKindDef {
  /** The id stored in `documents.kind` and used in document ids ("decree-19-2019"). */
  id: string;
  /** English name, as in "Decree 19/2019/ND-CP". */
  en: string;
  /** Vietnamese name in proper case, as in "Nghị định 19/2019/NĐ-CP". */
  vi: string;
  /** The words that name the kind at the head of a document, in reading order of preference (matched whole). */
  headWords: readonly string[];
  /** Suffixes of the document number that identify the kind ("19/2019/NĐ-CP" → decree). */
  numberPatterns: readonly RegExp[];
  /** True when a document of this kind carries a number ("Hiến pháp" and a Legal Code topic do not). */
  numbered: boolean;
  /** True when an authority issues and signs it, so it has an issuer, a signer and an issue date (a Legal Code topic does not). */
  official: boolean;
  /** True when the name after the kind word is a proper name, capitalised ("Bộ luật Dân sự", "Luật Đất đai"). */
  namedAct: boolean;
  /** True when a citation names the kind before the number ("Nghị định 19/2019/NĐ-CP"); false prints the number alone. */
  cited: boolean;
}

/** Every kind; where a number's suffix fits several ("/QH15": law, code, resolution), the likeliest comes first. */
export const DOCUMENT_KINDS = [
  {
    id: 'constitution',
    en: 'Constitution',
    vi: 'Hiến pháp',
    headWords: ['Hiến pháp', 'Constitution'],
    numberPatterns: [],
    official: true,
    numbered: false,
    namedAct: false,
    cited: true,
  },
  {
    id: 'law',
    en: 'Law',
    vi: 'Luật',
    headWords: ['Luật', 'Law'],
    numberPatterns: [/\/QH\d*$/u],
    official: true,
    numbered: true,
    namedAct: true,
    cited: true,
  },
  {
    id: 'code',
    en: 'Code',
    vi: 'Bộ luật',
    headWords: ['Bộ luật', 'Code'],
    numberPatterns: [/\/QH\d*$/u],
    official: true,
    numbered: true,
    namedAct: true,
    cited: true,
  },
  {
    id: 'ordinance',
    en: 'Ordinance',
    vi: 'Pháp lệnh',
    headWords: ['Pháp lệnh', 'Ordinance'],
    numberPatterns: [/\/UBTVQH\d*$/u, /\/PL-UBTVQH\d*$/u],
    official: true,
    numbered: true,
    namedAct: true,
    cited: true,
  },
  {
    id: 'resolution',
    en: 'Resolution',
    vi: 'Nghị quyết',
    headWords: ['Nghị quyết', 'Resolution'],
    numberPatterns: [/\/NQ-/u, /\/QH\d*$/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'decree',
    en: 'Decree',
    vi: 'Nghị định',
    headWords: ['Nghị định', 'Decree'],
    numberPatterns: [/\/N[ĐD]-/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'decision',
    en: 'Decision',
    vi: 'Quyết định',
    headWords: ['Quyết định', 'Decision'],
    numberPatterns: [/\/Q[ĐD]-/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'joint-circular',
    en: 'Joint Circular',
    vi: 'Thông tư liên tịch',
    headWords: ['Thông tư liên tịch', 'Joint Circular'],
    numberPatterns: [/\/TTLT-/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'circular',
    en: 'Circular',
    vi: 'Thông tư',
    headWords: ['Thông tư', 'Circular'],
    numberPatterns: [/\/TT-/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'consolidated',
    en: 'Consolidated text',
    vi: 'Văn bản hợp nhất',
    headWords: ['Văn bản hợp nhất', 'Consolidated text'],
    numberPatterns: [/\/VBHN-/u],
    official: true,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'precedent',
    en: 'Precedent',
    vi: 'Án lệ',
    headWords: ['Án lệ', 'Precedent'],
    numberPatterns: [/\/AL$/u],
    official: false,
    numbered: true,
    namedAct: false,
    cited: true,
  },
  {
    id: 'codification',
    en: 'Legal Code topic',
    vi: 'Pháp điển',
    headWords: ['Đề mục', 'Topic'],
    numberPatterns: [],
    official: false,
    numbered: false,
    namedAct: false,
    cited: true,
  },
  {
    id: 'commentary',
    en: 'Commentary',
    vi: 'Bài viết',
    headWords: [],
    numberPatterns: [],
    official: false,
    numbered: false,
    namedAct: false,
    cited: false,
  },
  {
    id: 'other',
    en: 'Document',
    vi: 'Văn bản',
    headWords: [],
    numberPatterns: [],
    official: true,
    numbered: true,
    namedAct: false,
    cited: false,
  },
] as const satisfies readonly DocumentKindDef[];

/** A kind of document, as stored in `documents.kind`. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['id'];

/** Every kind id, in the vocabulary's order, for zod enums and pickers. */
export const DOCUMENT_KIND_IDS = DOCUMENT_KINDS.map((k) => k.id) as [DocumentKind, ...DocumentKind[]];

const BY_ID = new Map<string, DocumentKindDef>(DOCUMENT_KINDS.map((k) => [k.id, k]));
const OTHER: DocumentKindDef = DOCUMENT_KINDS[DOCUMENT_KINDS.length - 1] ?? DOCUMENT_KINDS[0];

/** The definition of one kind (the vocabulary is closed, so this always finds one). */
export function documentKind(kind: DocumentKind): DocumentKindDef {
  return BY_ID.get(kind) ?? OTHER;
}

/** The kind's name in a language: "Nghị định", "Decree"; what citations and short titles print. */
export function documentKindLabel(kind: DocumentKind, lang: 'en' | 'vi'): string {
  return documentKind(kind)[lang];
}

/** The kind's word in a citation before the number ("Nghị định"), or '' for kinds cited by number alone. */
export function citedKindLabel(kind: DocumentKind, lang: 'en' | 'vi'): string {
  const def = documentKind(kind);
  return def.cited ? def[lang] : '';
}

/** The kinds a document number's suffix allows ("/QH13" → law, code, resolution), most likely first. */
export function kindsOfNumber(number: string): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) =>
    (k.numberPatterns as readonly RegExp[]).some((re) => re.test(number)),
  ).map((k) => k.id);
}
