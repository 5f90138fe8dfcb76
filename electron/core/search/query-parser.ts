// Turns what a reviewer typed into a ParsedQuery: words (all must match), "exact phrases", -exclusions,
// the word still being typed (prefix), and a citation when the query names a provision.
// Everything is plain text: regex, HTML and SQL metacharacters are only separators here.
import { parseCitation } from './citation-query';
import { fold, hasMarks, lowerNfc } from './normalize';
import type { ParsedQuery, QueryTerm } from './types';

/** Queries are cut to this many characters: a pasted page is answered, not rejected. */
export const MAX_QUERY_CHARS = 256;
/** At most this many words take part; more adds cost without narrowing a legal text further. */
const MAX_QUERY_TERMS = 16;
/** A word being typed expands as a prefix from this length on (one letter would match half the corpus). */
const MIN_PREFIX_CHARS = 2;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Parse a query; never throws. An empty or blank query yields no terms (and so no hits). */
export function parseQuery(input: string): ParsedQuery {
  const trimmed = input.replace(/\s+/g, ' ').trim();
  const truncated = trimmed.length > MAX_QUERY_CHARS;
  const text = truncated ? cutAtWord(trimmed, MAX_QUERY_CHARS) : trimmed;
  const parsed: ParsedQuery = {
    text,
    truncated,
    terms: [],
    phrases: [],
    excluded: [],
    prefix: null,
    citation: parseCitation(text),
  };
  const seen = new Set<string>();
  const addTerms = (terms: QueryTerm[]): void => {
    for (const t of terms) {
      if (seen.has(t.folded) || seen.size >= MAX_QUERY_TERMS) continue;
      seen.add(t.folded);
      parsed.terms.push(t);
    }
  };
  // A chunk is "…quoted…" (closing quote optional while typing) or a run of non-space characters.
  const chunks = [...text.matchAll(/(-?)"([^"]*)("?)|(\S+)/g)];
  chunks.forEach((m, index) => {
    const isLast = index === chunks.length - 1;
    if (m[4] === undefined) {
      const words = terms(m[2] ?? '');
      if (words.length === 0) return;
      if (m[1] === '-') parsed.excluded.push(words.map((w) => w.folded));
      else {
        if (words.length > 1) parsed.phrases.push(words);
        addTerms(words);
      }
      return;
    }
    const chunk = m[4];
    const negated = chunk.startsWith('-') && chunk.length > 1;
    const words = terms(negated ? chunk.slice(1) : chunk);
    if (words.length === 0) return;
    if (negated) {
      parsed.excluded.push(words.map((w) => w.folded));
      return;
    }
    // "99/2025", "NĐ-CP", "6.1": written as one word, so its parts must be adjacent.
    if (words.length > 1) parsed.phrases.push(words);
    const lastWord = words[words.length - 1];
    const typing = isLast && words.length === 1 && !/\s$/.test(input) && lastWord !== undefined;
    if (typing && lastWord.folded.length >= MIN_PREFIX_CHARS && !seen.has(lastWord.folded)) {
      parsed.prefix = lastWord;
    } else addTerms(words);
  });
  if (parsed.citation !== null) {
    // A citation is answered by the provision itself; other hits must quote it ("Article 6" as a phrase).
    if (parsed.prefix !== null) addTerms([parsed.prefix]);
    parsed.prefix = null;
    parsed.phrases = [parsed.terms];
  }
  return parsed;
}

/** The words of a fragment as query terms. */
function terms(fragment: string): QueryTerm[] {
  return [...fragment.matchAll(WORD)].map((m) => ({
    raw: lowerNfc(m[0]),
    folded: fold(m[0]),
    marked: hasMarks(m[0]),
  }));
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}
