// Reads a query that names a provision ("Article 6", "art 6.1", "Article 11 clause 1 point dd", "điều 16",
// "khoản 1 điều 6", "Chương II") and turns it into the eId the corpus uses (../docs/architecture.md).
import { DOCUMENT_KINDS } from '../corpus/document-kinds';
import { fold } from './normalize';
import type { CitationTarget, CitedAct } from './types';
import { pointLetter } from '../corpus/citation';

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

/** Folded kind words of every official kind of act, longest first ("thong tu lien tich" before "thong tu"). */
const ACT_WORDS = [
  ...new Set(DOCUMENT_KINDS.filter((k) => k.official).flatMap((k) => [fold(k.vi), k.en.toLowerCase()])),
]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\s+/gu, String.raw`\s+`))
  .join('|');

/** The act named after the provision: ", of the Decree 63/2020/ND-CP", "Nghị định 19/2019", "Luật Đất đai". */
const ACT_TAIL = new RegExp(
  String.raw`[,\s]*\b(?:of\s+)?(?:the\s+)?(?:cua\s+)?(?<kind>${ACT_WORDS})\b(?<rest>.*)$`,
  'u',
);

/**
 * Reads the act after its kind word: a number ("so 19/2019/nd-cp", "no. 63/2020"), a name ("dat dai"), or a
 * name and then its number ("dat dai so 31/2024/qh15": the number decides).
 */
function citedAct(typed: string, rest: string): CitedAct {
  const lead = /^\s*(?:so|no\.?)?\s*(?<n>\d+(?:\/[\p{L}\d-]+)*)/u.exec(rest);
  const later = lead === null ? /\s(?:so|no\.?)\s*(?<n>\d+(?:\/[\p{L}\d-]+)*)/u.exec(rest) : null;
  const number = lead?.groups?.n ?? later?.groups?.n ?? null;
  const name =
    number === null
      ? rest
          .replace(/[^\p{L}\d\s]/gu, ' ')
          .replace(/\s+/gu, ' ')
          .trim()
      : '';
  return { text: typed.trim(), number, name: name === '' ? null : name };
}

/** The act a mention names on its own ("Luật Đất đai số 31/2024/QH15", "Decree 19/2019/ND-CP"); null when it names none. */
export function parseActMention(mention: string): CitedAct | null {
  const folded = fold(mention);
  const tail = ACT_TAIL.exec(folded);
  if (tail === null || folded.slice(0, tail.index).trim() !== '') return null;
  return citedAct(mention.slice(tail.index), tail.groups?.rest ?? '');
}

/** Parse `query` as a citation; null when it is anything else (then it is searched as words). */
export function parseCitation(query: string): CitationTarget | null {
  // A lone "đ" is a point letter, written "dd" in eIds; fold it before folding would make it "d".
  const spelled = query
    .replace(/(^|[^\p{L}])đ(?![\p{L}])/giu, '$1dd')
    .replace(/\bph[uụ]\s+l[uụ]c\b/giu, 'annex');
  // A trailing act ("… of Decree 63/2020/ND-CP", "… Nghị định 19/2019") is kept apart: the caller finds that act.
  const folded = fold(spelled);
  const tail = ACT_TAIL.exec(folded);
  const text = tail === null ? folded : folded.slice(0, tail.index);
  // Folding keeps lengths (precomposed letters lose their marks one for one), so the tail of `spelled` is the act as typed.
  const typedAct =
    tail === null ? null : spelled.slice(tail.index).replace(/^[,\s]*(?:(?:of|the|của)\s+)*/iu, '');
  const act = tail === null ? null : citedAct(typedAct ?? '', tail.groups?.rest ?? '');
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
  const target = build(parts);
  return target === null ? null : { ...target, act };
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

function build(parts: ReadonlyMap<Unit, string>): Omit<CitationTarget, 'act'> | null {
  if (parts.size === 0) return null;
  const art = parts.get('art');
  const cl = parts.get('cl');
  const pt = parts.get('pt');
  const label = (u: Unit, v: string): string => `${LABEL[u]} ${u === 'pt' ? pointLetter(v, 'vi') : v}`;
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
