// Relevance over the bundled corpus: what reviewers type, and the provisions a lawyer expects in the top 3.
// Expectations were written from reading the decree and the commentary, not from the engine's output.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openCorpus, type CorpusStore } from '../../../electron/core/corpus/store';
import { openSearch } from '../../../electron/core/search/open-search';
import type { SearchService } from '../../../electron/core/search/search-service';

const D = 'decree-63-2020';
const C = 'law-dsi-2024-commentary';

/** [question as typed, provisions that must all be in the top 3 as docId:eId]. */
const CASES: [string, string[]][] = [
  ['land for security industry', [`${D}:art_16`]],
  ['who handles land for security industry', [`${D}:art_16`]],
  ['land use plans', [`${D}:art_21__cl_2`, `${D}:art_20__cl_5__pt_a`]],
  ['prohibited acts', [`${D}:art_6`]],
  ['revealing state secrets', [`${D}:art_6__cl_1`]],
  ['definition of dual-use security product', [`${D}:art_3__cl_4`]],
  ['"specialized security product" means', [`${D}:art_3__cl_3`]],
  ['criteria specialized security product', [`${D}:art_5__cl_1`]],
  ['when does the decree come into force', [`${D}:art_22`]],
  ['import of goods serving security purposes', [`${D}:art_12`]],
  ['personnel for security industry', [`${D}:art_17`]],
  ['sources of capital', [`${D}:art_15`]],
  ['international cooperation in security industry', [`${D}:art_10`]],
  ['concessional loans', [`${D}:art_11__cl_1__pt_dd`, `${D}:art_20__cl_3__pt_b`]],
  ['Ministry of Finance shall', [`${D}:art_20__cl_3`]],
  ['State Bank', [`${D}:art_20__cl_7`]],
  ['reverse engineering', [`${D}:art_9__cl_3`, `${D}:art_20__cl_6__pt_b`]],
  ['weapon disarmament non-proliferation', [`${D}:art_4__cl_4`]],
  ['foreign organizations regulated entities', [`${D}:art_2`]],
  ['responsibilities of the Ministry of Public Security', [`${D}:art_19`]],
  ['responsibilities of provincial People’s Committees', [`${D}:art_21`]],
  ['điều 16', [`${D}:art_16`]],
  ['khoản 1 điều 6', [`${D}:art_6__cl_1`]],
  ['Article 11 clause 1 point dd', [`${D}:art_11__cl_1__pt_dd`]],
  ['art 20.5', [`${D}:art_20__cl_5`]],
  ['Decision 717/QĐ-TTg', [`${C}:sec_1__p_1`]],
  ['99/2025/ND-CP', [`${C}:sec_1__p_1`]],
  ['attract talent', [`${C}:sec_2`]],
  ['industrial mobilisation mechanisms', [`${C}:sec_7`]],
  ['financial resources for defence industry', [`${C}:sec_4__p_1`]],
];

const location = defaultCorpusLocation();
const built = existsSync(location.corpusPath);
let store: CorpusStore;
let service: SearchService;

beforeAll(() => {
  if (!built) return;
  store = openCorpus(location.corpusPath, location.manifestPath);
  const opened = openSearch(store.db, store);
  expect(opened.rebuilt).toBeNull(); // the bundled corpus carries a current index
  service = opened.service;
});
afterAll(() => {
  if (built) store.close();
});

// `npm test` runs ensure:data first; a missing corpus here is a setup error, so fail loudly.
describe('relevance on the bundled corpus', () => {
  it('has a built corpus (run `npm run build:data`)', () => {
    expect(built).toBe(true);
  });

  it.skipIf(!built).each(CASES)('%s', (query, expected) => {
    const r = service.search(query, { limit: 3 });
    const top = r.groups
      .flatMap((g) => g.hits)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    expect(top.map((h) => `${h.docId}:${h.eId}`)).toEqual(expect.arrayContaining(expected));
  });

  it.skipIf(!built)('holds at least 25 questions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });
});
