// Where a document uses its defined terms: whole words, case-insensitive, the term's last word also in its English
// plural ("specialized security products" is a use of "specialized security product") and any word in the other
// spelling of the one variants table (`SPELLING_VARIANTS`: "defence"/"defense"). Conservative by construction:
// only those endings are admitted, so "production" never counts as a use of "product". Vietnamese has no plural
// and its words carry marks or end as no English plural does, so its terms match as written.
import { SPELLING_VARIANTS } from '../../search/word-forms';
import type { DefinedTerm } from '../model';

/** One use of a defined term in a text (character offsets into it). */
export interface TermUse {
  start: number;
  end: number;
  term: DefinedTerm;
}

const AMERICAN = new Map(Object.entries(SPELLING_VARIANTS));
const BRITISH = new Map(Object.entries(SPELLING_VARIANTS).map(([gb, us]) => [us, gb]));

/**
 * Uses of `terms` in `text`, longest term first so "dual-use security product" wins over a shorter overlapping
 * term, in text order. The provision defining a term is not a use of it.
 */
export function findTermUses(text: string, eId: string, terms: readonly DefinedTerm[]): TermUse[] {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const taken: TermUse[] = [];
  for (const term of sorted) {
    if (term.definingEId === eId || term.term.trim().length < 3) continue;
    for (const m of text.matchAll(termPattern(term.term))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((r) => r.start < end && start < r.end)) continue;
      taken.push({ start, end, term });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The pattern a term's uses match: its words in order, the last one optionally plural. */
export function termPattern(term: string): RegExp {
  const words = term.trim().split(/\s+/u);
  const body = words
    .map((w, i) => {
      const spellings = spellingsOf(w);
      const forms = i === words.length - 1 ? spellings.map(pluralPattern) : spellings.map(escapeRegExp);
      return forms.length === 1 ? (forms[0] ?? '') : `(?:${forms.join('|')})`;
    })
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The word and its other spelling ("defence" → defence, defense; "organisation" → … organization). */
function spellingsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const other =
    AMERICAN.get(lower) ??
    BRITISH.get(lower) ??
    (/isations?$/.test(lower)
      ? lower.replace(/isation(s?)$/, 'ization$1')
      : /izations?$/.test(lower)
        ? lower.replace(/ization(s?)$/, 'isation$1')
        : undefined);
  return other === undefined || other === lower ? [word] : [word, other];
}

/** An English word with its plural ending optional: "product(s)", "tax(es)", "entit(y|ies)". */
function pluralPattern(word: string): string {
  if (!/^[A-Za-z]{3,}$/.test(word)) return escapeRegExp(word);
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}(?:y|ies)`;
  if (/(ss|x|z|ch|sh)$/i.test(word)) return `${word}(?:es)?`;
  if (/s$/i.test(word)) return word;
  return `${word}s?`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
