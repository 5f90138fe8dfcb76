// Scores a candidate the way a reader weighs it: rare words count more (BM25 idf and saturation), words in
// a heading count more than body words, and when the query carries tone marks an exact-mark match ranks
// above a folded one. Works on folded lines (see normalize.ts), so it is cheap per candidate.
import { foldedLine, lowerNfc } from './normalize';
import type { ParsedQuery } from './types';

const K1 = 1.2;
const B = 0.75;
/** A word in the heading is worth this many body occurrences' idf: the heading names the provision. */
export const HEADING_WEIGHT = 2.5;
/** Weight of a word matched only as an expansion of the word being typed. */
const PREFIX_WEIGHT = 0.5;
/** Share of a word's idf added when the user typed marks and the text has them exactly. */
const EXACT_MARKS_BONUS = 0.5;

/** What the scorer needs from the index. */
export interface CorpusStats {
  nodeCount: number;
  avgLength: number;
  docFrequency(term: string): number;
}

/** Text of a candidate, prepared once: folded lines for matching, the lower-cased original for marks. */
export interface PreparedText {
  body: string;
  heading: string;
  length: number;
  lowerOriginal: string;
}

/** Prepare a candidate's texts for matching and scoring. */
export function prepareText(heading: string, body: string): PreparedText {
  const line = foldedLine(body);
  return {
    body: line,
    heading: foldedLine(heading),
    length: Math.max(1, line.split(' ').length - 2),
    lowerOriginal: lowerNfc(body),
  };
}

/** True when the folded line passes every condition of the query (words, phrases, prefix, exclusions). */
export function lineMatches(query: ParsedQuery, text: PreparedText): boolean {
  const line = text.body;
  if (query.terms.length === 0 && query.prefix === null) return false;
  if (!query.terms.every((t) => line.includes(` ${t.folded} `))) return false;
  if (query.prefix !== null && !line.includes(` ${query.prefix.folded}`)) return false;
  if (!query.phrases.every((p) => line.includes(` ${p.map((t) => t.folded).join(' ')} `))) return false;
  return !query.excluded.some((seq) => line.includes(` ${seq.join(' ')} `));
}

/**
 * Relaxed check, used only when no candidate has every word ("who handles land for security industry"):
 * at least `minWords` of the words (or the typed prefix) occur; phrases and exclusions still hold.
 */
export function lineMatchesSome(query: ParsedQuery, text: PreparedText, minWords: number): boolean {
  const line = text.body;
  let present = query.terms.filter((t) => line.includes(` ${t.folded} `)).length;
  if (query.prefix !== null && line.includes(` ${query.prefix.folded}`)) present++;
  if (present < minWords) return false;
  if (!query.phrases.every((p) => line.includes(` ${p.map((t) => t.folded).join(' ')} `))) return false;
  return !query.excluded.some((seq) => line.includes(` ${seq.join(' ')} `));
}

/** Relevance of a matching candidate; higher is better. */
export function scoreText(query: ParsedQuery, text: PreparedText, stats: CorpusStats): number {
  const norm = K1 * (1 - B + (B * text.length) / Math.max(1, stats.avgLength));
  const idf = (term: string): number => {
    const df = stats.docFrequency(term);
    return Math.log(1 + (stats.nodeCount - df + 0.5) / (df + 0.5));
  };
  let score = 0;
  const add = (folded: string, raw: string, marked: boolean, weight: number, word: string): void => {
    const tf = count(text.body, word);
    const w = idf(folded) * weight;
    score += (w * tf * (K1 + 1)) / (tf + norm);
    if (text.heading.includes(word)) score += w * HEADING_WEIGHT;
    if (marked && text.lowerOriginal.includes(raw)) score += w * EXACT_MARKS_BONUS;
  };
  for (const t of query.terms) add(t.folded, t.raw, t.marked, 1, ` ${t.folded} `);
  const p = query.prefix;
  if (p !== null) {
    const whole = text.body.includes(` ${p.folded} `);
    add(p.folded, p.raw, p.marked, whole ? 1 : PREFIX_WEIGHT, whole ? ` ${p.folded} ` : ` ${p.folded}`);
  }
  return score;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length - 1)) n++;
  return n;
}
