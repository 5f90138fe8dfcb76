// Checks and scores a candidate the way a reader weighs it: rare words count more (BM25 idf and saturation),
// words in a heading count more than body words, and when the query carries tone marks an exact-mark match
// ranks above a folded one. A query is compiled once (needles and idf), then each candidate costs a few
// substring searches on its folded line (see normalize.ts), with no allocation per candidate. A needle
// ` word ` is searched as `word ` with a space checked before it: searching from the leading space would stop
// at every space of the line (about one character in six), searching from the word's first letter rarely does.
import { foldedLine, lowerNfc } from './normalize';
import type { ParsedQuery } from './types';

const K1 = 1.2;
const B = 0.75;
/** A word in the heading is worth this many body occurrences' idf: the heading names the provision. */
const HEADING_WEIGHT = 2.5;
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

// Needles are stored without their leading space (`word ` stands for ` word `): see `has` and `count`.
interface CompiledWord {
  /** `word ` (a whole folded word on a folded line, a space before it). */
  needle: string;
  /** `form ` for each other form of the same English word (`QueryTerm.forms`); usually none. */
  alts: string[];
  raw: string;
  marked: boolean;
  idf: number;
}

/** A query ready for matching and scoring: every needle and idf computed once per query. */
export interface CompiledQuery {
  terms: CompiledWord[];
  /** The word being typed: `needle` is `prefix` (a word start), `whole` is `prefix `. */
  prefix: (CompiledWord & { whole: string }) | null;
  phrases: string[];
  excluded: string[];
  /**
   * Indexes of `terms` in the order a candidate is checked for them: rarest first, the likeliest to be missing,
   * except the rarest of all, checked last: it proposed the candidates, so almost every one holds it.
   */
  checkOrder: number[];
  /** True when some word carries marks, so scoring needs the lower-cased original text. */
  marked: boolean;
  avgLength: number;
}

/** The texts of one candidate as scored: folded lines, their word count, and the lower-cased original. */
export interface CandidateText {
  body: string;
  heading: string;
  /** Words in `body` (see `wordCount`). */
  length: number;
  /** Lower-cased NFC original text; only read (and only needed) when the query carries marks. */
  lowerOriginal: string;
}

/** Compile `query` against the corpus statistics. */
export function compileQuery(query: ParsedQuery, stats: CorpusStats): CompiledQuery {
  // A word with other forms counts the nodes holding any of them (a sum, capped: the forms rarely share a node).
  const idf = (terms: readonly string[]): number => {
    const df = Math.min(
      stats.nodeCount,
      terms.reduce((n, t) => n + stats.docFrequency(t), 0),
    );
    return Math.log(1 + (stats.nodeCount - df + 0.5) / (df + 0.5));
  };
  const p = query.prefix;
  const terms = query.terms.map((t) => ({
    needle: `${t.folded} `,
    alts: (t.forms ?? []).map((f) => `${f} `),
    raw: t.raw,
    marked: t.marked,
    idf: idf([t.folded, ...(t.forms ?? [])]),
  }));
  return {
    terms,
    checkOrder: checkOrder(terms),
    prefix:
      p === null
        ? null
        : {
            needle: p.folded,
            alts: (p.forms ?? []).map((f) => `${f} `),
            whole: `${p.folded} `,
            raw: p.raw,
            marked: p.marked,
            idf: idf([p.folded, ...(p.forms ?? [])]),
          },
    phrases: query.phrases.map((ph) => `${ph.map((t) => t.folded).join(' ')} `),
    excluded: query.excluded.map((seq) => `${seq.join(' ')} `),
    marked: query.terms.some((t) => t.marked) || p?.marked === true,
    avgLength: stats.avgLength,
  };
}

function checkOrder(terms: readonly CompiledWord[]): number[] {
  const order = terms.map((_, k) => k).sort((a, b) => (terms[b]?.idf ?? 0) - (terms[a]?.idf ?? 0) || a - b);
  const driver = order.shift();
  if (driver !== undefined) order.push(driver);
  return order;
}

/** Prepare a text that is not in the index (a note) for matching and scoring. */
export function prepareText(heading: string, body: string): CandidateText {
  const line = foldedLine(body);
  return { body: line, heading: foldedLine(heading), length: wordCount(line), lowerOriginal: lowerNfc(body) };
}

/** True when the folded line passes every condition of the query (words, phrases, prefix, exclusions). */
export function lineMatches(q: CompiledQuery, line: string): boolean {
  if (q.terms.length === 0 && q.prefix === null) return false;
  for (const t of q.terms) if (!holds(line, t)) return false;
  if (q.prefix !== null && !holds(line, q.prefix)) return false;
  return restHolds(q, line);
}

/**
 * `lineMatches`, also writing how often each word of the query (with its other forms) occurs on the line to
 * `tf[at]`, `tf[at + 1]`, …: a candidate that passes is then scored by `scoreCounted` without searching its
 * line for those words again.
 */
export function lineMatchesCounting(q: CompiledQuery, line: string, tf: Int32Array, at: number): boolean {
  if (q.terms.length === 0 && q.prefix === null) return false;
  // Every condition first, each search stopping at its first hit, so a line that fails costs no counting;
  // a term's count then starts from where its first occurrence was found.
  if (firsts.length < q.terms.length) firsts = new Int32Array(q.terms.length * 2);
  for (const k of q.checkOrder) {
    const term = q.terms[k];
    if (term === undefined) return false;
    const first = find(line, term.needle);
    if (first < 0 && !term.alts.some((alt) => has(line, alt))) return false;
    firsts[k] = first;
  }
  if (q.prefix !== null && !holds(line, q.prefix)) return false;
  if (!restHolds(q, line)) return false;
  for (let k = 0; k < q.terms.length; k++) {
    const term = q.terms[k];
    if (term === undefined) continue;
    let n = countFrom(line, term.needle, firsts[k] ?? -1);
    for (const alt of term.alts) n += count(line, alt);
    tf[at + k] = n;
  }
  return true;
}

/** Where each term was first found on the line being checked (reused: one line is checked at a time). */
let firsts = new Int32Array(8);

/**
 * Relaxed check, used only when no candidate has every word ("who handles land for security industry"):
 * at least `minWords` of the words (or the typed prefix) occur; phrases and exclusions still hold.
 */
export function lineMatchesSome(q: CompiledQuery, line: string, minWords: number): boolean {
  let present = 0;
  for (const t of q.terms) if (holds(line, t)) present++;
  if (q.prefix !== null && holds(line, q.prefix)) present++;
  return present >= minWords && restHolds(q, line);
}

/** True when the line holds the word or one of its other forms. */
function holds(line: string, word: CompiledWord): boolean {
  if (has(line, word.needle)) return true;
  for (const alt of word.alts) if (has(line, alt)) return true;
  return false;
}

function restHolds(q: CompiledQuery, line: string): boolean {
  for (const p of q.phrases) if (!has(line, p)) return false;
  for (const x of q.excluded) if (has(line, x)) return false;
  return true;
}

/** `line.includes(' ' + rest)`, searched from the first letter (a folded line starts with a space). */
function has(line: string, rest: string): boolean {
  return find(line, rest) >= 0;
}

/** Where `' ' + rest` first occurs in `line` (the index of `rest`), -1 when it does not. */
function find(line: string, rest: string): number {
  for (let i = line.indexOf(rest, 1); i >= 0; i = line.indexOf(rest, i + 1)) {
    if (line.charCodeAt(i - 1) === SPACE) return i;
  }
  return -1;
}

/**
 * The most the exact-marks bonus can add to any candidate's score: a candidate whose score without it is more
 * than this below the scores already settled cannot overtake them, so its original text need not be read.
 */
export function marksBonusBound(q: CompiledQuery): number {
  let bound = 0;
  for (const t of q.terms) if (t.marked) bound += t.idf * EXACT_MARKS_BONUS;
  if (q.prefix?.marked === true) bound += q.prefix.idf * Math.max(1, PREFIX_WEIGHT) * EXACT_MARKS_BONUS;
  return bound;
}

/** Relevance of a matching candidate; higher is better. */
export function scoreText(q: CompiledQuery, text: CandidateText): number {
  return scoreWith(q, text, null, 0);
}

/** `scoreText` of a candidate whose words' counts `lineMatchesCounting` wrote at `tf[at]`: the same score. */
export function scoreCounted(q: CompiledQuery, text: CandidateText, tf: Int32Array, at: number): number {
  return scoreWith(q, text, tf, at);
}

function scoreWith(q: CompiledQuery, text: CandidateText, tf: Int32Array | null, at: number): number {
  const norm = K1 * (1 - B + (B * text.length) / Math.max(1, q.avgLength));
  const lower = text.lowerOriginal;
  let score = 0;
  for (let k = 0; k < q.terms.length; k++) {
    const t = q.terms[k];
    if (t === undefined) continue;
    const n = tf === null ? occurrences(text.body, t, t.needle) : (tf[at + k] ?? 0);
    score = addWord(score, text, t, t.needle, 1, norm, lower, n);
  }
  const p = q.prefix;
  if (p !== null) {
    const whole = has(text.body, p.whole);
    const needle = whole ? p.whole : p.needle;
    const n = occurrences(text.body, p, needle);
    score = addWord(score, text, p, needle, whole ? 1 : PREFIX_WEIGHT, norm, lower, n);
  }
  return score;
}

/** Occurrences of `needle` and of the word's other forms on a line. */
function occurrences(line: string, word: CompiledWord, needle: string): number {
  let tf = count(line, needle);
  for (const alt of word.alts) tf += count(line, alt);
  return tf;
}

// Adds to the running score in the same order as always, so equal texts keep exactly equal scores.
function addWord(
  score: number,
  text: CandidateText,
  word: CompiledWord,
  needle: string,
  weight: number,
  norm: number,
  lower: string,
  tf: number,
): number {
  let inHeading = has(text.heading, needle);
  for (const alt of word.alts) inHeading ||= has(text.heading, alt);
  const w = word.idf * weight;
  let s = score + (w * tf * (K1 + 1)) / (tf + norm);
  if (inHeading) s += w * HEADING_WEIGHT;
  if (word.marked && lower.includes(word.raw)) s += w * EXACT_MARKS_BONUS;
  return s;
}

/** Words on a folded line (" a b c " has 3), at least 1: the length BM25 normalises by. */
export function wordCount(line: string): number {
  let spaces = 0;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) spaces++;
  return Math.max(1, spaces - 1);
}

const SPACE = 0x20;

/**
 * Occurrences of `' ' + rest` (` word ` or ` prefix`) in `haystack`. Words hold no spaces, so two occurrences
 * share at most one space: every one is counted, each found from its first letter.
 */
function count(haystack: string, rest: string): number {
  return countFrom(haystack, rest, haystack.indexOf(rest, 1));
}

/** `count` when no occurrence starts before `first` (an index of `rest`, or -1 for none). */
function countFrom(haystack: string, rest: string, first: number): number {
  let n = 0;
  for (let i = first; i >= 0; i = haystack.indexOf(rest, i + 1)) {
    if (haystack.charCodeAt(i - 1) === SPACE) n++;
  }
  return n;
}
