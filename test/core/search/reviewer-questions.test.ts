// Questions as a reviewer types them, in English over the bundled corpus and in Vietnamese over a real decree
// imported from ../shared/real-docs (Decree 19/2019/NĐ-CP on họ, hụi, biêu, phường): question words, plurals,
// tenses and British spellings the text does not use. Expectations come from reading the provisions
// (`npm run -s cli -- show decree-63-2020 art_22`), not from the engine's output.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openCorpus, type CorpusStore } from '../../../electron/core/corpus/store';
import { LibrarySearch } from '../../../electron/core/import/imported-search';
import { openSearch } from '../../../electron/core/search/open-search';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { contentQuery } from '../../../electron/core/search/question-words';
import type { SearchService } from '../../../electron/core/search/search-service';
import type { SearchResult } from '../../../electron/core/search/types';
import { openRig, type ImportRig } from '../import/helpers';

const D = 'decree-63-2020';
const C = 'law-dsi-2024-commentary';
const H = 'decree-19-2019';

/** [question as typed, provisions that must be in the top 3 (the provision itself or a part of it)]. */
const ENGLISH: [string, string[]][] = [
  ['when does the decree take effect', [`${D}:art_22`]],
  ['tax incentives', [`${D}:art_11__cl_1__pt_b`, `${D}:art_13__cl_1`]],
  ['where does the capital for security industry come from', [`${D}:art_15`]],
  ['what are the prohibited acts', [`${D}:art_6`]],
  ['who is responsible for implementing the decree', [`${D}:art_23`]],
  ['incentives for research and technology transfer', [`${D}:art_14`]],
  ['which ministry handles land for security industry', [`${D}:art_16`]],
  ['does the decree apply to foreign organisations', [`${D}:art_2`]],
  ['programmes for security industry development', [`${D}:art_18`]],
  ['what does the Ministry of Finance do', [`${D}:art_20__cl_3`]],
  ['mobilization of financial resources', [`${C}:sec_4`]],
  ['criterion for dual-use security products', [`${D}:art_5__cl_2`]],
  ['organisational structure of security industry establishments', [`${D}:art_7`]],
  ['can establishments get concessional loans', [`${D}:art_11__cl_1__pt_dd`]],
  ['who decides the list of technical supplies imported', [`${D}:art_13__cl_2`]],
];

const VIETNAMESE: [string, string[]][] = [
  ['nghị định có hiệu lực khi nào', [`${H}:art_26`]],
  ['nghi dinh co hieu luc khi nao', [`${H}:art_26`]],
  ['ai được làm chủ họ', [`${H}:art_6`]],
  ['lãi suất trong họ có lãi là bao nhiêu', [`${H}:art_21`]],
  ['quyền của thành viên là gì', [`${H}:art_15`]],
  ['chủ họ có nghĩa vụ gì', [`${H}:art_18`]],
  ['rút khỏi dây họ như thế nào', [`${H}:art_10`]],
  ['tranh chấp về họ được giải quyết ra sao', [`${H}:art_25`]],
];

/** The top 3 hits, each as docId:eId. */
function top3(r: SearchResult): string[] {
  return r.groups
    .flatMap((g) => g.hits)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((h) => `${h.docId}:${h.eId}`);
}

/** True when `hit` is `expected` or a part of it (a clause of the expected article). */
const within = (hit: string, expected: string): boolean =>
  hit === expected || hit.startsWith(`${expected}__`);

function expectAnswered(service: SearchService, query: string, expected: readonly string[]): void {
  const top = top3(service.search(query, { limit: 10 }));
  for (const e of expected)
    expect(
      top.some((h) => within(h, e)),
      `${e} in ${top.join(', ')}`,
    ).toBe(true);
}

const location = defaultCorpusLocation();
const built = existsSync(location.corpusPath);

describe('reviewer questions in English (bundled corpus)', () => {
  let store: CorpusStore;
  let service: SearchService;
  beforeAll(() => {
    if (!built) return;
    store = openCorpus(location.corpusPath, location.manifestPath);
    service = openSearch(store.db, store).service;
  });
  afterAll(() => {
    if (built) store.close();
  });

  it('has a built corpus (run `npm run build:data`)', () => {
    expect(built).toBe(true);
  });

  it.skipIf(!built).each(ENGLISH)('%s', (query, expected) => {
    expectAnswered(service, query, expected);
  });

  it.skipIf(!built)('finds the decree’s "national defense" from "Defence"', () => {
    const hits = service.search('Defence industry', { limit: 20 }).groups.flatMap((g) => g.hits);
    const decree = hits.filter((h) => h.docId === D);
    expect(decree.length).toBeGreaterThan(0);
    expect(decree.every((h) => /defen[cs]e/i.test(h.excerpt.text))).toBe(true);
    expect(decree.some((h) => h.snippet.includes('<mark>defense</mark>'))).toBe(true);
  });

  it.skipIf(!built)(
    'answers "tax incentives" with every provision on incentives, the exact one first',
    () => {
      const r = service.search('tax incentives', { limit: 20 });
      const hits = r.groups.flatMap((g) => g.hits).sort((a, b) => b.score - a.score);
      expect(r.relaxed).toBe(false);
      expect(hits[0]?.eId).toBe('art_11__cl_1__pt_b');
      expect(hits[0]?.partial).toBeUndefined();
      // "entitled to incentives" (Article 14) and "incentive and assistance policies" (Article 19) follow.
      expect(hits.map((h) => h.eId)).toEqual(expect.arrayContaining(['art_14__cl_1', 'art_19__cl_5']));
      expect(hits.slice(1).every((h) => h.partial === true)).toBe(true);
    },
  );

  it.skipIf(!built)('sets question words aside only when no provision holds every word', () => {
    const r = service.search('when does the decree take effect');
    expect(r.relaxed).toBe(true);
    // The snippet marks what matched, not every "the".
    const art22 = r.groups.flatMap((g) => g.hits).find((h) => h.eId === 'art_22');
    expect(art22?.snippet).toContain('<mark>Decree</mark>');
    expect(art22?.snippet).not.toMatch(/<mark>(the|does|when)<\/mark>/i);
    // "not" and "any" are never set aside: a prohibition must stay one.
    const kept = contentQuery(parseQuery('is any investment not allowed')).terms.map((t) => t.raw);
    expect(kept).toEqual(['any', 'investment', 'not']);
  });
});

const REAL = join(import.meta.dirname, '../../../../shared/real-docs/nghi-dinh-19-2019-nd-cp.docx');

describe.skipIf(!existsSync(REAL))('reviewer questions in Vietnamese (Decree 19/2019 imported)', () => {
  let rig: ImportRig;
  let service: SearchService;
  beforeAll(async () => {
    rig = openRig();
    await rig.service.importFile({ fileName: 'nghi-dinh-19-2019-nd-cp.docx', bytes: readFileSync(REAL) });
    service = LibrarySearch.open(rig.corpus.db, rig.service.reader).library.service;
  }, 60_000);
  afterAll(() => {
    rig.cleanup();
  });

  it.each(VIETNAMESE)('%s', (query, expected) => {
    expectAnswered(service, query, expected);
  });
});

it('holds 15 English and 8 Vietnamese questions', () => {
  expect(ENGLISH.length).toBeGreaterThanOrEqual(15);
  expect(VIETNAMESE.length).toBeGreaterThanOrEqual(8);
});
