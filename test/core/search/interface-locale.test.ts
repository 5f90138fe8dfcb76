// The interface language of a search request (`locale`) labels hits in blocks the interface names (the preamble,
// the signature, a footnote), while numbered units keep their document's language: "Phần mở đầu" beside
// "Article 6" in the Vietnamese interface over the bundled English translation of Decree 63.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openCorpus, type CorpusStore } from '../../../electron/core/corpus/store';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import { openSearch } from '../../../electron/core/search/open-search';
import { SearchService } from '../../../electron/core/search/search-service';
import type { SearchHit, SearchOptions } from '../../../electron/core/search/types';
import { memoryReader } from '../../bench/search/memory-reader';
import { nodesFromSpecs } from '../../support/node-specs';

const D = 'decree-63-2020';
const location = defaultCorpusLocation();
const built = existsSync(location.corpusPath);
let store: CorpusStore;
let decree: SearchService;

beforeAll(() => {
  if (!built) return;
  store = openCorpus(location.corpusPath, location.manifestPath);
  decree = openSearch(store.db, store).service;
});
afterAll(() => {
  if (built) store.close();
});

function hit(service: SearchService, query: string, eId: string, opts: SearchOptions): SearchHit {
  const found = service.search(query, opts).groups.flatMap((g) => g.hits);
  const h = found.find((x) => x.eId === eId);
  expect(h, `${query} → ${eId}`).toBeDefined();
  return h!;
}

describe('the interface language of a search', () => {
  it('has a built corpus (run `npm run build:data`)', () => {
    expect(built).toBe(true);
  });

  it.skipIf(!built)('labels a preamble hit in the interface language, English by default', () => {
    const q = 'Pursuant to the Law on Government Organization';
    const en = hit(decree, q, 'preamble', { docId: D });
    expect(en.breadcrumb).toEqual(['Preamble']);
    expect(en.citation).toBe('Preamble, Decree 63/2020/ND-CP');
    expect(hit(decree, q, 'preamble', { docId: D, locale: 'en' }).breadcrumb).toEqual(['Preamble']);
    const vi = hit(decree, q, 'preamble', { docId: D, locale: 'vi' });
    expect(vi.breadcrumb).toEqual(['Phần mở đầu']);
    // The place is the interface's word; the act is still cited as its document writes it.
    expect(vi.citation).toBe('Phần mở đầu, Decree 63/2020/ND-CP');
  });

  it.skipIf(!built)(
    'keeps an article and its clauses in the document language in the Vietnamese interface',
    () => {
      const vi = hit(decree, 'revealing state secrets', 'art_6__cl_1', { docId: D, locale: 'vi' });
      expect(vi.breadcrumb).toEqual(['Chapter I', 'Article 6', 'Clause 1']);
      expect(vi.citation).toBe('Clause 1, Article 6, Decree 63/2020/ND-CP');
      const en = hit(decree, 'revealing state secrets', 'art_6__cl_1', { docId: D });
      expect(en.breadcrumb).toEqual(vi.breadcrumb);
      expect(en.citation).toBe(vi.citation);
    },
  );

  it('names a Vietnamese act’s footnote in the interface language and its article in Vietnamese', () => {
    const reader = memoryReader([
      {
        meta: {
          ...blankDocumentMeta({
            docId: 'nd-vi',
            title: 'Nghị định',
            number: '356/2025/NĐ-CP',
            kind: 'decree',
            language: 'vi',
            status: 'test',
            source: 'fixture',
          }),
          contentHash: 'x',
        },
        nodes: nodesFromSpecs('nd-vi', [
          ['preamble', 'preamble', null, null, null, 'Căn cứ Luật Tổ chức Chính phủ.'],
          ['art_39', 'article', null, '39', null, 'Hiệu lực thi hành của nghị định.'],
          ['art_39__fn_1', 'footnote', 'art_39', '1', null, 'Chú giải về hiệu lực.'],
        ]),
      },
    ]);
    const service = new SearchService(reader, buildIndexFromReader(reader));
    const fnEn = hit(service, 'chú giải', 'art_39__fn_1', {});
    expect(fnEn.breadcrumb).toEqual(['Điều 39', 'Note [1]']);
    const fnVi = hit(service, 'chú giải', 'art_39__fn_1', { locale: 'vi' });
    expect(fnVi.breadcrumb).toEqual(['Điều 39', 'Chú thích [1]']);
    expect(fnVi.citation).toBe('Chú thích [1] Điều 39 Nghị định 356/2025/NĐ-CP');
    expect(hit(service, 'căn cứ', 'preamble', {}).breadcrumb).toEqual(['Preamble']);
    expect(hit(service, 'căn cứ', 'preamble', { locale: 'vi' }).breadcrumb).toEqual(['Phần mở đầu']);
    expect(hit(service, 'hiệu lực thi hành', 'art_39', {}).citation).toBe('Điều 39 Nghị định 356/2025/NĐ-CP');
  });
});
