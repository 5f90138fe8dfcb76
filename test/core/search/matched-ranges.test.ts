// The words a snippet marks: matchedRangesIn looks query words up in the folded text when folding keeps every
// character in place, and must mark exactly the words the tokenizer would (each word folded on its own).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchedRangesIn } from '../../../electron/core/search/match';
import { fold, tokenize } from '../../../electron/core/search/normalize';
import { parseQuery } from '../../../electron/core/search/query-parser';
import type { ParsedQuery } from '../../../electron/core/search/types';

/** The definition: every token whose folded form is a query word (or a form of one), or starts with the prefix. */
function reference(query: ParsedQuery, text: string): [number, number][] {
  const words = new Set<string>(query.prefix?.forms ?? []);
  for (const t of query.terms) {
    words.add(t.folded);
    for (const f of t.forms ?? []) words.add(f);
  }
  const prefix = query.prefix?.folded;
  return tokenize(text)
    .filter(
      (t) =>
        words.has(fold(text.slice(t.start, t.end))) || (prefix !== undefined && t.folded.startsWith(prefix)),
    )
    .map((t) => [t.start, t.end]);
}

// Pieces that exercise the aligned path and every way out of it: ASCII, precomposed and decomposed Vietnamese,
// đ/Đ, punctuation, digits, a capital sigma, a dotted capital I and a letter outside the BMP.
const PIECES = [
  'land',
  'Land',
  'LAND',
  'lands',
  'security',
  'secur',
  'đất',
  'Đất',
  'dat',
  'quốc',
  'quoc',
  'phòng',
  'Phong',
  'an',
  'ninh',
  'Ninh',
  'đ',
  'Đ',
  '99',
  '2025',
  'NĐ',
  'CP',
  'People’s',
  'ΣΑΣ',
  'İstanbul',
  '𝐀bc',
  'phòng'.normalize('NFD'),
  'e\u0301',
  ' ',
  ' ',
  '  ',
  ', ',
  '.',
  '/',
  '-',
  '“',
  '”',
  '…',
  '\n',
];
const QUERIES = [
  'land',
  'land secur',
  'đất quốc',
  'dat quoc phong',
  'an ninh',
  'nd cp',
  '99/2025',
  'Đ',
  'istanbul',
  'abc',
  'σας',
  'people s',
  'e',
];

describe('matchedRangesIn', () => {
  it('marks what tokenizing and folding each word marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom(...QUERIES),
        fc.boolean(),
        (pieces, q, typing) => {
          const query = parseQuery(typing ? q : `${q} `);
          const text = pieces.join('');
          expect(matchedRangesIn(query, text)).toEqual(reference(query, text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees where folding a whole text differs from folding each word', () => {
    for (const [q, text] of [
      ['σας ', 'ΣΑΣ.land ΣΑΣ'], // a capital sigma before "." and a letter is not final in the text, final in the word
      ['istanbul ', 'İstanbul land'], // İ lower-cases to two characters
      ['phong ', `đất ${'phòng'.normalize('NFD')} phòng`], // decomposed marks fold away
      ['abc ', '𝐀bc abc'], // a letter outside the BMP
      ['dat secur', 'Land, đất; security. '.repeat(1200)], // longer than one String.fromCharCode chunk
    ] as const) {
      const query = parseQuery(q);
      expect(matchedRangesIn(query, text)).toEqual(reference(query, text));
    }
  });

  it('marks whole words and the word being typed in English and Vietnamese text', () => {
    const text = 'Land for security, landing; the People’s Committee secures đất quốc phòng.';
    const at = (q: string): string[] =>
      matchedRangesIn(parseQuery(q), text).map(([s, e]) => text.slice(s, e));
    expect(at('land ')).toEqual(['Land']);
    expect(at('land secur')).toEqual(['Land', 'security', 'secures']);
    expect(at('dat quoc phong ')).toEqual(['đất', 'quốc', 'phòng']);
  });
});
