// Line patterns that recognise the structure of Vietnamese legal texts, in English and in Vietnamese.
// Kept as data so the importer reuses the same parser for new documents; add a language by adding a table.

/** Languages the structure rules know. */
export type IngestLang = 'en' | 'vi';

/** One table of line patterns; named groups `num`, `heading` and `text` carry the parts of a match. */
export interface StructureRules {
  /** "Chapter I" / "Chương II. NHỮNG QUY ĐỊNH CHUNG" (Roman or Arabic numbers). */
  chapter: RegExp;
  /** "Section 1. …" / "Mục 1. …" inside a chapter. */
  section: RegExp;
  /** "Article 6. Prohibited acts" / "Điều 6. Các hành vi bị nghiêm cấm". */
  article: RegExp;
  /** "1. Revealing state secrets…" inside an article. */
  clause: RegExp;
  /** "a) …", "dd) …" or "đ) …" inside a clause or article. */
  point: RegExp;
  /** "APPENDIX" / "PHỤ LỤC II" starting an appendix. */
  appendix: RegExp;
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

const EN: StructureRules = {
  chapter: /^(?:CHAPTER|Chapter)\s+(?<num>[IVXLC]+|\d+)\b\.?\s*(?<heading>.*)$/u,
  section: /^(?:SECTION|Section)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  article: /^Article\s+(?<num>\d+[a-z]?)\.\s*(?<heading>.*)$/u,
  clause: /^(?<num>\d+)\.\s+(?<text>.*)$/u,
  point: /^(?<num>dd|[a-zđ])\)\s*(?<text>.*)$/u,
  appendix: /^(?:APPENDIX|Appendix|ANNEX|Annex)(?:\s+(?<num>[IVXLC]+|\d+))?\s*$/u,
  preambleOpener: /^(?:Pursuant to|In accordance with|At the request of|At the proposal of)\b/u,
  signatureOpener: /^(?:ON BEHALF OF|FOR THE|P\.P\.|PP\.)\b/u,
  bodyEnd: /\.?\/\.\s*$/u,
  dateline:
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}(?:, \d{1,2}:\d{2})?(?: \(GMT[+-]\d{1,2}\))?$/u,
  caption: /\((?:Photo|Photos|Image|Source)\s*:[^)]*\)\s*$/iu,
  numberedHeading: /^(?<num>\d+)\.\s+(?<heading>.+)$/u,
};

const VI: StructureRules = {
  chapter: /^(?:CHƯƠNG|Chương)\s+(?<num>[IVXLC]+|\d+)\b\.?\s*(?<heading>.*)$/u,
  section: /^(?:MỤC|Mục)\s+(?<num>\d+|[IVXLC]+)\b\.?\s*(?<heading>.*)$/u,
  article: /^Điều\s+(?<num>\d+[a-z]?)\.\s*(?<heading>.*)$/u,
  clause: /^(?<num>\d+)\.\s+(?<text>.*)$/u,
  point: /^(?<num>dd|[a-zđ])\)\s*(?<text>.*)$/u,
  appendix: /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?<num>[IVXLC]+|\d+))?\s*$/u,
  // Not `\b`: in JavaScript it only knows ASCII letters, so it never matches after "cứ" or "nghị".
  preambleOpener: /^(?:Căn cứ|Theo đề nghị)(?=\s|$)/u,
  signatureOpener: /^(?:TM\.|KT\.|Q\.|TL\.|TUQ\.|Nơi nhận)/u,
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

/** Roman numeral ("IV") to its value; Arabic strings pass through. Throws on anything else. */
export function numeralValue(num: string): number {
  if (/^\d+$/.test(num)) return Number(num);
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

/** The point letter as an eId segment: Vietnamese "đ" is written "dd" (docs/architecture.md). */
export function pointId(letter: string): string {
  return letter === 'đ' ? 'dd' : letter;
}
