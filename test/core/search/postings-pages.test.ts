// Paging through one word's posting list: every page size, including those that divide the list exactly (where
// FlexSearch 0.8 fails on a page that starts at the list's end), gives the whole list once, in rank order.
import { describe, expect, it } from 'vitest';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import type { SearchIndex } from '../../../electron/core/search/search-index';
import { generateCorpus } from '../../bench/search/generate-clauses';
import { memoryReader } from '../../bench/search/memory-reader';

const index = buildIndexFromReader(memoryReader(generateCorpus(300, 11)));

/** Every id of `term` in `field`, read page by page as the candidate scan does. */
function paged(ix: SearchIndex, term: string, page: number): number[] {
  const all: number[] = [];
  for (let offset = 0; ;) {
    const { ids, more } = ix.postings(term, 'body', offset, page);
    all.push(...ids);
    if (!more) return all;
    offset += ids.length;
  }
}

describe('SearchIndex.postings', () => {
  const [common] = index.expandPrefix('', 1);
  const term = common ?? '';
  const whole = index.postings(term, 'body', 0, 1_000_000);

  it('reads the most frequent word in one page and says nothing follows', () => {
    expect(term).not.toBe('');
    expect(whole.more).toBe(false);
    expect(whole.ids.length).toBeGreaterThan(50);
    expect(new Set(whole.ids).size).toBe(whole.ids.length);
  });

  it('gives the same list for page sizes that divide it exactly and those that do not', () => {
    const n = whole.ids.length;
    const divisors = [1, 2, 3, 4, 5, 7, 10].filter((d) => n % d === 0).map((d) => n / d);
    for (const page of [...divisors, n, n - 1, 17, 64]) {
      expect(paged(index, term, page), `page ${page} of ${n}`).toEqual(whole.ids);
    }
  });

  it('says a full last page is the last one', () => {
    const n = whole.ids.length;
    expect(index.postings(term, 'body', 0, n)).toEqual({ ids: whole.ids, more: false });
    expect(index.postings(term, 'body', 0, n - 1).more).toBe(true);
  });
});
