import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery } from '../../../electron/core/search/query-parser';

const folded = (q: ReturnType<typeof parseQuery>): string[] => q.terms.map((t) => t.folded);

describe('parseQuery', () => {
  it('reads words, the word being typed as a prefix, phrases and exclusions', () => {
    const q = parseQuery('"state secrets" land -defence -"national defence" indus');
    expect(folded(q)).toEqual(['state', 'secrets', 'land']);
    expect(q.phrases.map((p) => p.map((t) => t.folded))).toEqual([['state', 'secrets']]);
    expect(q.excluded).toEqual([['defence'], ['national', 'defence']]);
    expect(q.prefix?.folded).toBe('indus');
  });

  it('treats a finished word (trailing space) as a whole word', () => {
    const q = parseQuery('land ');
    expect(folded(q)).toEqual(['land']);
    expect(q.prefix).toBeNull();
  });

  it('keeps tone marks for ranking and folds them for matching', () => {
    const q = parseQuery('đất quốc ');
    expect(q.terms).toEqual([
      { raw: 'đất', folded: 'dat', marked: true },
      { raw: 'quốc', folded: 'quoc', marked: true },
    ]);
  });

  it('makes a reference typed as one word an adjacency requirement', () => {
    const q = parseQuery('99/2025 NĐ-CP');
    expect(q.phrases.map((p) => p.map((t) => t.folded))).toEqual([
      ['99', '2025'],
      ['nd', 'cp'],
    ]);
  });

  it('answers empty and blank queries with no terms', () => {
    for (const input of ['', '   ', '\n\t', '""', '-']) {
      const q = parseQuery(input);
      expect(q.terms).toEqual([]);
      expect(q.prefix).toBeNull();
    }
  });

  it('cuts a 10,000-character query to the maximum and says so', () => {
    const q = parseQuery('security land '.repeat(800));
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(folded(q)).toEqual(['security', 'land']);
  });

  it('reads regex, HTML and SQL metacharacters as separators', () => {
    expect(folded(parseQuery(`'; DROP TABLE nodes; -- `))).toEqual(['drop', 'table', 'nodes']);
    expect(folded(parseQuery('.*(land)+$ '))).toEqual(['land']);
    expect(folded(parseQuery('<script>alert(1)</script> '))).toEqual(['script', 'alert', '1']);
  });

  it('recognises a citation and requires other hits to quote it', () => {
    const q = parseQuery('Article 6');
    expect(q.citation?.eId).toBe('art_6');
    expect(q.prefix).toBeNull();
    expect(q.phrases.map((p) => p.map((t) => t.folded))).toEqual([['article', '6']]);
  });
});
