// Reads a query that names a provision ("Article 6", "art 6.1", "Article 11 clause 1 point dd", "điều 16",
// "khoản 1 điều 6", "Chương II") and turns it into the eId the corpus uses (../docs/architecture.md).
import { fold } from './normalize';
import type { CitationTarget } from './types';

type Unit = 'art' | 'cl' | 'pt' | 'chp' | 'sec' | 'annex';

// Folded unit words, English and Vietnamese ("điều" folds to "dieu", "khoản" to "khoan", "điểm" to "diem").
const UNITS: Record<string, Unit> = {
  article: 'art',
  articles: 'art',
  art: 'art',
  dieu: 'art',
  clause: 'cl',
  cl: 'cl',
  khoan: 'cl',
  point: 'pt',
  pt: 'pt',
  diem: 'pt',
  chapter: 'chp',
  chap: 'chp',
  ch: 'chp',
  chuong: 'chp',
  section: 'sec',
  sec: 'sec',
  task: 'sec',
  annex: 'annex',
  appendix: 'annex',
};
// Words a citation may contain without changing it ("Article 6 of", "số 1", "phụ lục" handled below).
const FILLER = new Set(['of', 'the', 'no', 'so', 'cua', 'tai', 'at', 'in']);
const LABEL: Record<Unit, string> = {
  art: 'Article',
  cl: 'clause',
  pt: 'point',
  chp: 'Chapter',
  sec: 'Section',
  annex: 'Appendix',
};
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Parse `query` as a citation; null when it is anything else (then it is searched as words). */
export function parseCitation(query: string): CitationTarget | null {
  // Cut a trailing document name ("… of Decree 63/2020/ND-CP", "… Nghị định 63"): the caller picks the document.
  // A lone "đ" is a point letter, written "dd" in eIds; fold it before folding would make it "d".
  const spelled = query
    .replace(/(^|[^\p{L}])đ(?![\p{L}])/giu, '$1dd')
    .replace(/\bph[uụ]\s+l[uụ]c\b/giu, 'annex');
  const text = fold(spelled).replace(/[,\s]*\b(of\s+)?(the\s+)?(decree|nghi\s+dinh|law|luat)\b.*$/u, '');
  const tokens = [...text.matchAll(/\p{L}+|\d+/gu)].map((m) => m[0]);
  const parts = new Map<Unit, string>();
  let last: Unit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const unit = UNITS[tok];
    if (unit !== undefined) {
      const value = tokens[i + 1];
      if (value === undefined || parts.has(unit)) return null;
      const v = readValue(unit, value);
      if (v === null) return null;
      parts.set(unit, v);
      last = unit;
      i++;
    } else if (FILLER.has(tok)) {
      continue;
    } else {
      // A bare value continues the previous unit: "6.1" → clause 1, "6(1)(a)" → point a.
      const next: Unit | null = last === 'art' ? 'cl' : last === 'cl' ? 'pt' : null;
      if (next === null || parts.has(next)) return null;
      const v = readValue(next, tok);
      if (v === null) return null;
      parts.set(next, v);
      last = next;
    }
  }
  return build(parts);
}

function readValue(unit: Unit, value: string): string | null {
  if (unit === 'pt') return /^([a-z]|dd)$/.test(value) ? value : null;
  if (/^\d{1,4}$/.test(value)) return String(Number(value));
  if (unit === 'chp' && /^[ivxlc]+$/.test(value)) return String(romanToInt(value));
  return null;
}

function romanToInt(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman.charAt(i)] ?? 0;
    const next = ROMAN[roman.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function build(parts: ReadonlyMap<Unit, string>): CitationTarget | null {
  if (parts.size === 0) return null;
  const art = parts.get('art');
  const cl = parts.get('cl');
  const pt = parts.get('pt');
  const label = (u: Unit, v: string): string => `${LABEL[u]} ${u === 'pt' && v === 'dd' ? 'đ' : v}`;
  if (art !== undefined) {
    if (pt !== undefined && cl === undefined) return null;
    if (parts.size > (cl === undefined ? 1 : pt === undefined ? 2 : 3) + (parts.has('chp') ? 1 : 0))
      return null;
    let eId = `art_${art}`;
    const labels = [label('art', art)];
    if (cl !== undefined) {
      eId += `__cl_${cl}`;
      labels.push(label('cl', cl));
    }
    if (pt !== undefined) {
      eId += `__pt_${pt}`;
      labels.push(label('pt', pt));
    }
    return { eId, label: labels.join(', ') };
  }
  if (parts.size !== 1) return null;
  for (const unit of ['chp', 'sec', 'annex'] as const) {
    const v = parts.get(unit);
    if (v !== undefined) return { eId: `${unit}_${v}`, label: label(unit, v) };
  }
  return null;
}
