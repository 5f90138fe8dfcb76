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
