// Line patterns that recognise the structure of Vietnamese legal texts, in English and in Vietnamese.
// Kept as data so the importer reuses the same parser for new documents; add a language by adding a table.

/** Languages the structure rules know. */
export type IngestLang = 'en' | 'vi';

/** One table of line patterns; named groups `num`, `heading` and `text` carry the parts of a match. */
export interface StructureRules {
  /** "PART ONE" / "PHẦN THỨ NHẤT", "Phần I": above chapters (codes and long laws). */
  part: RegExp;
  /** "Chapter I" / "Chương II. NHỮNG QUY ĐỊNH CHUNG" (Roman or Arabic numbers). */
  chapter: RegExp;
  /** "Section 1. …" / "Mục 1. …" inside a chapter. */
  section: RegExp;
  /** "Sub-section 1. …" / "Tiểu mục 1. …" inside a section. */
  subsection: RegExp;
  /**
   * "Article 6. Prohibited acts" / "Điều 6. Các hành vi bị nghiêm cấm", inserted "Điều 12a.", codified
   * "Điều 1.11.LQ.1." (the national Legal Code), or the bare number with the heading on the next line.
   */
  article: RegExp;
  /** "1. Revealing state secrets…" (or an inserted "1a. …", or "1.[47] …" with an endnote marker) inside an article. */
  clause: RegExp;
  /** "a) …", "dd) …", "đ) …" or an inserted "a1) …" inside a clause or article. */
  point: RegExp;
  /** An endnote of a consolidated text: "[12] Khoản này được sửa đổi …" (its marker stands in the text). */
  endnote: RegExp;
  /** The Legal Code's source note under an article: "(Điều 1 Luật số 24/2018/QH14 …, có hiệu lực … )". */
  sourceNote: RegExp;
  /** The Legal Code's related-articles note: "(Điều này có nội dung liên quan đến Điều 1.6.LQ.16. …)". */
  relatedNote: RegExp;
  /** "APPENDIX" / "PHỤ LỤC II" starting an appendix. */
  appendix: RegExp;
  /** "Form No. 02a" / "Mẫu số 02a" on a line of its own: one form of an appendix begins. */
  form: RegExp;
  /** First line of the preamble ("Pursuant to …" / "Căn cứ …"); lines above it are the title. */
  preambleOpener: RegExp;
  /** First line of the signature block ("ON BEHALF OF THE GOVERNMENT" / "TM. CHÍNH PHỦ"). */
  signatureOpener: RegExp;
  /** A line that closes the body: "./." or "/." at its end; what follows up to an appendix is the signature. */
  bodyEnd: RegExp;
  /** A publication date line: "Friday, July 11, 2025, 07:02 (GMT+7)" / "Thứ Sáu, 11/07/2025, 07:02 (GMT+7)". */
  dateline: RegExp;
  /** A photo caption: "… (Photo: qdnd.vn)" / "… (Ảnh: qdnd.vn)". */
  caption: RegExp;
  /** A numbered task or heading in prose: "1. Urgently finalising …". */
  numberedHeading: RegExp;
}

/** A codified article number as the Legal Code writes it: topic, source kind and position ("1.11.LQ.1"). */
const CODIFIED = String.raw`\d+(?:\.\d+)+\.[A-ZĐ]{1,6}(?:\.\d+)+`;

/** Each word as printed in lower case, capitals or with a capital initial (no `i` flag: it widens `\p{Lu}`). */
const anyCase = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]).join('|');

/** A form's number: letters, digits, dots and hyphens, with a digit somewhere ("02a", "12c", "3"). */
const FORM_NUMBER = String.raw`(?=[^\s/]*\d)[\p{L}\d.-]+`;

/** An English form's number line, also the second half of a bilingual Vietnamese one: "Form No. 02b". */
const EN_FORM = String.raw`(?:Form|FORM)(?:\s+(?:No|NO)\.?)?\s+${FORM_NUMBER}`;

/** English ordinals for parts ("PART ONE", "Part Two"). */
const EN_ORDINAL = anyCase('one two three four five six seven eight nine ten eleven twelve'.split(' '));

/** Vietnamese ordinals for parts ("PHẦN THỨ NHẤT", "Phần thứ hai" … "thứ mười hai"). */
const VI_ORDINAL = anyCase([
  'nhất',
  'hai',
  'ba',
  'tư',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười một',
  'mười hai',
  'mười',
]);

const EN: StructureRules = {
  part: new RegExp(
    String.raw`^(?:PART|Part)\s+(?<num>[IVXLC]+|\d+|(?:${EN_ORDINAL})(?!\p{L}))(?:[.:]\s*|\s+[-–—]\s+|\s+(?=\p{Lu}{2})|\s*$)(?<heading>.*)$`,
    'u',
  ),
  chapter: /^(?:CHAPTER|Chapter)\s+(?<num>[IVXLC]+|\d+)\b\.?\s*(?<heading>.*)$/u,
  section: /^(?:SECTION|Section)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  subsection:
    /^(?:SUB-SECTION|Sub-section|SUBSECTION|Subsection)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  article: new RegExp(
    String.raw`^(?:Article|ARTICLE)\s+(?<num>${CODIFIED}|\d+[a-z]?)(?:[.:]\s*(?<heading>.*)|\s*$)`,
    'u',
  ),
  clause: /^(?<num>\d+[a-z]?)\.(?=\s|\[\d)\s*(?<text>.*)$/u,
  point: /^(?<num>dd|[a-zđ]\d?)\)\s*(?<text>.*)$/u,
  endnote: /^\[(?<num>\d{1,4})\](?:\s+(?<text>.*))?$/u,
  sourceNote: /^\((?:Article|Clause|Point)\s+\d.*\)$/u,
  relatedNote: /^\(This article (?:has content related|relates) to\b.*\)$/iu,
  appendix: /^(?:APPENDIX|Appendix|ANNEX|Annex)(?:\s+(?<num>[IVXLC]+|\d+))?\s*$/u,
  form: new RegExp(String.raw`^${EN_FORM}$`, 'u'),
  preambleOpener: /^(?:Pursuant to|In accordance with|At the request of|At the proposal of)\b/u,
  signatureOpener: /^(?:ON BEHALF OF|FOR THE|P\.P\.|PP\.)\b/u,
  bodyEnd: /\.?\/\.\s*$/u,
  dateline:
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}(?:, \d{1,2}:\d{2})?(?: \(GMT[+-]\d{1,2}\))?$/u,
  caption: /\((?:Photo|Photos|Image|Source)\s*:[^)]*\)\s*$/iu,
  numberedHeading: /^(?<num>\d+)\.\s+(?<heading>.+)$/u,
};

const VI: StructureRules = {
  part: new RegExp(
    String.raw`^(?:PHẦN|Phần)\s+(?<num>[IVXLC]+|\d+|(?:thứ|THỨ|Thứ)\s+(?:${VI_ORDINAL})(?!\p{L}))(?:[.:]\s*|\s+[-–—]\s+|\s+(?=\p{Lu}{2})|\s*$)(?<heading>.*)$`,
    'u',
  ),
  chapter: /^(?:CHƯƠNG|Chương)\s+(?<num>[IVXLC]+|\d+)\b\.?\s*(?<heading>.*)$/u,
  section: /^(?:MỤC|Mục)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  subsection: /^(?:TIỂU MỤC|Tiểu mục)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  article: new RegExp(
    String.raw`^(?:Điều|ĐIỀU)\s+(?<num>${CODIFIED}|\d+[a-zđ]?)(?:[.:]\s*(?<heading>.*)|\s*$)`,
    'u',
  ),
  clause: /^(?<num>\d+[a-zđ]?)\.(?=\s|\[\d)\s*(?<text>.*)$/u,
  point: /^(?<num>dd|[a-zđ]\d?)\)\s*(?<text>.*)$/u,
  endnote: /^\[(?<num>\d{1,4})\](?:\s+(?<text>.*))?$/u,
  sourceNote: /^\((?:Điều|Khoản|Điểm)\s+\d.*(?:hiệu lực|ban hành).*\)$/u,
  relatedNote: /^\(Điều này có nội dung liên quan đến\s.*\)$/u,
  appendix: /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?<num>[IVXLC]+|\d+))?\s*$/u,
  // A bilingual form reads "Mẫu số 02b/Form No 02b".
  form: new RegExp(String.raw`^(?:Mẫu số|MẪU SỐ|Mẫu|MẪU)\s+${FORM_NUMBER}(?:\s*\/\s*${EN_FORM})?$`, 'u'),
  // Not `\b`: in JavaScript it only knows ASCII letters, so it never matches after "cứ" or "nghị".
  preambleOpener: /^(?:Căn cứ|Theo đề nghị)(?=\s|$)/u,
  signatureOpener: /^(?:TM\.|KT\.|Q\.|TL\.|TUQ\.|Nơi nhận|XÁC THỰC VĂN BẢN HỢP NHẤT)/u,
  bodyEnd: /\.?\/\.\s*$/u,
  dateline:
    /^(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật|Chủ nhật), \d{1,2}\/\d{1,2}\/\d{4}(?:, \d{1,2}:\d{2})?(?: \(GMT[+-]\d{1,2}\))?$/u,
  caption: /\((?:Ảnh|Nguồn)\s*:[^)]*\)\s*$/iu,
  numberedHeading: /^(?<num>\d+)\.\s+(?<heading>.+)$/u,
};

const TABLES: Record<IngestLang, StructureRules> = { en: EN, vi: VI };

/** The structure rules for a document's language. */
export function structureRules(lang: IngestLang): StructureRules {
  return TABLES[lang];
}

/** Guesses English or Vietnamese from the share of Vietnamese-only letters, for imports without metadata. */
export function detectLanguage(text: string): IngestLang {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.02 ? 'vi' : 'en';
}

const ORDINAL_VALUES: Record<string, number> = Object.fromEntries([
  ...'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 1]),
  ...['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'].map(
    (w, i) => [`thứ ${w}`, i + 1],
  ),
]) as Record<string, number>;

/** Roman numeral ("IV"), ordinal ("THỨ HAI", "Two") or Arabic number to its value. Throws on anything else. */
export function numeralValue(num: string): number {
  if (/^\d+$/.test(num)) return Number(num);
  const ordinal = ORDINAL_VALUES[num.toLowerCase().replace(/\s+/gu, ' ')];
  if (ordinal !== undefined) return ordinal;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < num.length; i++) {
    const v = values[num.charAt(i)];
    const next = values[num.charAt(i + 1)] ?? 0;
    if (v === undefined) throw new RangeError(`Not a numeral: ${num}`);
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * An article or clause number as an eId segment: "12a" stays, Vietnamese "đ" is "dd", a codified number keeps
 * its parts in order ("1.11.LQ.1" → "1_11_lq_1", "1.11.NĐ.1.2" → "1_11_nd_1_2").
 */
export function numberId(num: string): string {
  return num.toLowerCase().replace(/đ/gu, 'd').replace(/\./gu, '_');
}

/** The point letter as an eId segment: Vietnamese "đ" is written "dd" (docs/architecture.md). */
export function pointId(letter: string): string {
  return letter.replace(/^đ/u, 'dd');
}
