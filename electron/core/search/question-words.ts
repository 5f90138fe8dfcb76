// The words a typed question wraps around its subject ("when does the decree take effect", "nghị định có hiệu lực
// khi nào"): no provision holds "when" or "khi nào", so they are set aside, in both languages, only when no
// provision holds every word. Words that change a rule's meaning ("not", "no", "any", "all", "without", "không"
// outside a "có … không" question) are never set aside: a prohibition must not turn into a permission.
import type { ParsedQuery, QueryTerm } from './types';

// Folded English question and function words.
const ENGLISH = new Set(
  (
    'what when where which who whom whose why how does do did is are was were be been being am the a an of to in ' +
    'into on onto for by with at from about as if than then there here this that these those it its i me my we us ' +
    'our you your they their them he she his her and or can could should would will may might have has had get ' +
    'gets please tell show find say says'
  ).split(' '),
);

// Vietnamese question words and particles, as typed with marks (lower case, NFC) and, where the unmarked form is
// not itself a content word, without ("gi", "nao"). "bao", "thế", "tại", "vì", "như" only before their partner.
const VIETNAMESE = new Set(
  'khi nào nao gì gi ai đâu sao là có thì của các những và hay về nhỉ vậy à ạ hả chứ chăng'.split(' '),
);
const PAIRS: Readonly<Record<string, readonly string[]>> = {
  bao: ['giờ', 'gio', 'nhiêu', 'nhieu', 'lâu', 'lau'],
  thế: ['nào', 'nao'],
  the: ['nào', 'nao'],
  như: ['thế', 'the'],
  tại: ['sao'],
  vì: ['sao'],
};

/**
 * The terms of a query that carry its subject: `terms` less the question and function words of either language,
 * in order. "có … không" is a yes/no question, so a last "không" after "có" goes too; a "không" elsewhere stays.
 */
function contentTerms(terms: readonly QueryTerm[]): QueryTerm[] {
  const raws = terms.map((t) => t.raw);
  const yesNo = raws.length > 1 && raws[raws.length - 1] === 'không' && raws.includes('có');
  return terms.filter((t, i) => {
    if (ENGLISH.has(t.raw) || VIETNAMESE.has(t.raw)) return false;
    if (yesNo && i === terms.length - 1) return false;
    const partners = PAIRS[t.raw];
    return partners === undefined || !partners.includes(raws[i + 1] ?? '');
  });
}

/**
 * The query less its question words, the word still being typed included ("… là gì", "what does X do": a last
 * "gì" or "do" is a prefix, and expanding it would demand "giao" or "domestic").
 */
export function contentQuery(parsed: ParsedQuery): ParsedQuery {
  const all = parsed.prefix === null ? parsed.terms : [...parsed.terms, parsed.prefix];
  const kept = new Set(contentTerms(all));
  return {
    ...parsed,
    terms: parsed.terms.filter((t) => kept.has(t)),
    prefix: parsed.prefix !== null && kept.has(parsed.prefix) ? parsed.prefix : null,
  };
}

/**
 * A question word as the last word ("… là gì", "what does X do") is typed in full, not the start of "giao" or
 * "document": it becomes a whole word, so the query holds no provision and the question words are set aside.
 */
export function settleQuestionPrefix(parsed: ParsedQuery): ParsedQuery {
  const p = parsed.prefix;
  if (p === null || contentQuery(parsed).prefix !== null) return parsed;
  const terms = parsed.terms.some((t) => t.folded === p.folded) ? parsed.terms : [...parsed.terms, p];
  return { ...parsed, terms, prefix: null };
}
