// Checks a text against a parsed query on its stored words: the final word on what matches, used for
// provisions (after FlexSearch proposes candidates), for notes from the notes seam and for highlights.
import { fold, tokenize, type Token } from './normalize';
import type { ParsedQuery, QueryTerm } from './types';

/** True when `seq` occurs in `tokens` as adjacent words, in order (folded comparison). */
function containsSequence(tokens: readonly Token[], seq: readonly string[]): boolean {
  if (seq.length === 0) return false;
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (tokens[i + j]?.folded !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** True when every term, phrase and prefix of `query` occurs in `tokens` and no exclusion does. */
function tokensMatch(query: ParsedQuery, tokens: readonly Token[]): boolean {
  if (query.terms.length === 0 && query.prefix === null) return false;
  const words = new Set(tokens.map((t) => t.folded));
  const has = (t: QueryTerm): boolean => words.has(t.folded) || (t.forms?.some((f) => words.has(f)) ?? false);
  if (!query.terms.every(has)) return false;
  const p = query.prefix;
  if (
    p !== null &&
    !tokens.some((t) => t.folded.startsWith(p.folded)) &&
    !(p.forms?.some((f) => words.has(f)) ?? false)
  )
    return false;
  if (!query.phrases.every((p) => containsSequence(tokens, folds(p)))) return false;
  return !query.excluded.some((seq) => containsSequence(tokens, seq));
}

/** True when `text` satisfies `query` (all words, adjacent phrases, the typed prefix, no excluded word). */
export function matchesQuery(query: ParsedQuery, text: string): boolean {
  return tokensMatch(query, tokenize(text));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Character ranges of the words of `text` the query matched (its words and the typed prefix), for `<mark>`, found
 * in one pass without building tokens:
 * snippets are cut for every returned hit, so this runs 20 times per query.
 */
export function matchedRangesIn(query: ParsedQuery, text: string): [number, number][] {
  const words = wordSet(query);
  const prefix = query.prefix?.folded;
  const folded = prefix === '' ? null : alignedFold(text);
  if (folded !== null) return alignedRanges(words, prefix, text, folded);
  // First letters a match can start with: an ASCII word starting with another letter is skipped unfolded.
  const starts = new Set([...words, prefix ?? ''].map((w) => w.charCodeAt(0)));
  const ranges: [number, number][] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c < 0x80 && !starts.has(c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) continue;
    const folded = fold(m[0]);
    if (words.has(folded) || (prefix !== undefined && folded.startsWith(prefix))) {
      ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return ranges;
}

// Per UTF-16 unit, filled on first sight: 1 = yes, 2 = no, 0 = not yet known.
const WORD_CHAR = new Uint8Array(0x10000);
const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit outside ASCII: its fold when that is one character, NOT_ONE when not, 0 when not yet known. */
const FOLDED_CHAR = new Uint16Array(0x10000);
const NOT_ONE = 0xffff;
const GREEK_CAPITAL_SIGMA = 0x3a3;
/** Characters passed to one `String.fromCharCode` call (well under any engine's argument limit). */
const CHUNK = 8192;
/** Reused for every text: a plain array of char codes, which `String.fromCharCode.apply` reads fastest. */
const foldBuffer: number[] = [];

/** A letter, mark or digit (a character a word of `WORD` can hold). */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  let known = WORD_CHAR[c] ?? 2;
  if (known === 0) {
    known = LETTER_MARK_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = known;
  }
  return known === 1;
}

/** The fold of one character outside ASCII when it is one character (not a mark, sigma or surrogate), else NOT_ONE. */
function foldedChar(c: number): number {
  let f = FOLDED_CHAR[c] ?? NOT_ONE;
  if (f === 0) {
    const folded = c >= 0xd800 && c <= 0xdfff ? '' : fold(String.fromCharCode(c));
    f = folded.length === 1 && c !== GREEK_CAPITAL_SIGMA ? folded.charCodeAt(0) : NOT_ONE;
    FOLDED_CHAR[c] = f;
  }
  return f;
}

/**
 * The text folded character by character when every character folds to exactly one (ASCII, precomposed
 * Vietnamese letters and punctuation do), so each word's fold sits at the word's own offsets; else null.
 * Excluded: marks (they fold away), characters that lower-case or decompose to several, surrogate pairs, and
 * the capital sigma (whose lower case depends on the letters around it).
 */
function alignedFold(text: string): string | null {
  const buf = foldBuffer;
  buf.length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) buf[i] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    else {
      const f = foldedChar(c);
      if (f === NOT_ONE) return null;
      buf[i] = f;
    }
  }
  if (buf.length <= CHUNK) return String.fromCharCode.apply(null, buf);
  let folded = '';
  for (let i = 0; i < buf.length; i += CHUNK)
    folded += String.fromCharCode.apply(null, buf.slice(i, i + CHUNK));
  return folded;
}

/**
 * `matchedRangesIn` for a text folded in place (see `alignedFold`): each query word is looked up in the folded
 * text and kept where it is a whole word (for the typed prefix, where it starts one), so the words of the text
 * are neither tokenised nor folded one by one.
 */
function alignedRanges(
  words: ReadonlySet<string>,
  prefix: string | undefined,
  text: string,
  folded: string,
): [number, number][] {
  const ends = new Map<number, number>();
  for (const w of words) markWord(text, folded, w, true, ends);
  if (prefix !== undefined) markWord(text, folded, prefix, false, ends);
  return [...ends.keys()].sort((x, y) => x - y).map((start) => [start, ends.get(start) ?? start]);
}

/** Records in `ends` (start → end) each word of `text` whose fold is `word` (or, not `whole`, starts with it). */
function markWord(
  text: string,
  folded: string,
  word: string,
  whole: boolean,
  ends: Map<number, number>,
): void {
  if (word === '') return;
  next: for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    let end = i + word.length;
    for (let k = i; k < end; k++) if (!isWordChar(text.charCodeAt(k))) continue next;
    if (whole) {
      if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    } else {
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    }
    ends.set(i, end);
  }
}

/** The folded words a query marks: its terms and their other forms. */
function wordSet(query: ParsedQuery): Set<string> {
  const words = new Set<string>(query.prefix?.forms ?? []);
  for (const t of query.terms) {
    words.add(t.folded);
    for (const f of t.forms ?? []) words.add(f);
  }
  return words;
}

function folds(terms: readonly QueryTerm[]): string[] {
  return terms.map((t) => t.folded);
}
