// Chooses which provisions a query is checked against. FlexSearch proposes the nodes holding one "driver"
// word (the query's rarest word, or the expansions of the word being typed), heading matches first and then
// body matches in FlexSearch's rank order; each is verified on its stored folded line, and collection stops
// once enough have passed. A multi-word FlexSearch query would intersect the posting lists of every word,
// which for common words ("security", "land") costs milliseconds at 100k provisions.
import type { IndexField, SearchIndex, TagSet } from './search-index';

const FIELDS: readonly IndexField[] = ['heading', 'body'];
/** First page of postings fetched per driver word; later pages double. */
const FIRST_PAGE = 64;

/**
 * Ids that pass `accept`, in the order found, at most `budget` of them, looking at no more than `maxScan`
 * nodes. With a filter (document, chapter, provision) the smaller side drives: the filter's own ids when it
 * holds fewer nodes than the drivers' lists.
 */
export function collectVerified(
  index: SearchIndex,
  drivers: readonly string[],
  filter: TagSet | null,
  accept: (id: number) => boolean,
  budget: number,
  maxScan = Infinity,
): number[] {
  const out: number[] = [];
  const seen = index.visits();
  let scanned = 0;
  // True when the budget (or the scan limit) is reached.
  const consider = (id: number): boolean => {
    if (!seen.first(id)) return false;
    if (++scanned > maxScan) return true;
    if (filter !== null && filter.bits[id] !== 1) return false;
    if (accept(id)) out.push(id);
    return out.length >= budget;
  };
  const driverNodes = drivers.reduce((n, d) => n + index.docFrequency(d), 0);
  if (filter !== null && filter.ids.length <= driverNodes) {
    for (const id of filter.ids) if (consider(id)) break;
    return out;
  }
  for (const field of FIELDS) {
    for (const term of drivers) {
      let offset = 0;
      let page = Math.max(FIRST_PAGE, budget);
      for (;;) {
        const { ids, more } = index.postings(term, field, offset, page);
        for (const id of ids) if (consider(id)) return out;
        if (!more) break;
        offset += ids.length;
        page *= 2;
      }
    }
  }
  return out;
}

/** The query's words ordered rarest first (fewest nodes): the first is the cheapest driver. */
export function byRarity(index: SearchIndex, words: readonly string[]): string[] {
  return [...new Set(words)]
    .map((w) => ({ w, df: index.docFrequency(w) }))
    .sort((a, b) => a.df - b.df || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
    .map((x) => x.w);
}
