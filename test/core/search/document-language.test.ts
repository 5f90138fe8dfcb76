// Hits are cited in their own document's language, and scopes naming a part, section or sub-section (units
// above the article, whose articles keep eIds of their own) admit what lies beneath them.
import { beforeAll, describe, expect, it } from 'vitest';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import { SearchService } from '../../../electron/core/search/search-service';
import type { SearchHit, SearchResult } from '../../../electron/core/search/types';
import type { GeneratedDoc } from '../../bench/search/generate-clauses';
import { memoryReader } from '../../bench/search/memory-reader';

type Spec = [eId: string, kind: CorpusNode['kind'], parent: string | null, num: string | null, text: string];

function doc(meta: Partial<DocumentMeta> & { docId: string; title: string }, specs: Spec[]): GeneratedDoc {
  const depth = new Map<string | null, number>([[null, -1]]);
  const nodes = specs.map(([eId, kind, parentEId, num, text], order): CorpusNode => {
    depth.set(eId, (depth.get(parentEId) ?? -1) + 1);
    return {
      docId: meta.docId,
      eId,
      parentEId,
      kind,
      num,
      heading: null,
      text,
      order,
      depth: depth.get(eId) ?? 0,
      cells: null,
    };
  });
  return {
    meta: {
      ...blankDocumentMeta({ kind: 'code', status: 'test', source: 'fixture', ...meta }),
      contentHash: 'x',
    },
    nodes,
  };
}

const VI = doc({ docId: 'code-vi', title: 'Bộ luật Dân sự', number: '91/2015/QH13', language: 'vi' }, [
  ['part_1', 'part', null, 'THỨ NHẤT', ''],
  ['chp_1', 'chapter', 'part_1', 'I', ''],
  ['art_1', 'article', 'chp_1', '1', 'Bộ luật này quy định địa vị pháp lý.'],
  ['part_2', 'part', null, 'THỨ HAI', ''],
  ['part_2__chp_1', 'chapter', 'part_2', 'I', ''],
  ['art_100', 'article', 'part_2__chp_1', '100', 'Chương mở đầu phần hai về hợp đồng.'],
  ['chp_13', 'chapter', 'part_2', 'XIII', ''],
  ['chp_13__sec_1', 'section', 'chp_13', '1', ''],
  ['chp_13__sec_1__subsec_2', 'subsection', 'chp_13__sec_1', '2', ''],
  ['art_189', 'article', 'chp_13__sec_1__subsec_2', '189', 'Quyền sử dụng tài sản.'],
  ['art_189__cl_1', 'clause', 'art_189', '1', 'Chủ sở hữu có quyền sử dụng tài sản.'],
  ['art_190', 'article', 'chp_13__sec_1', '190', 'Quyền định đoạt tài sản.'],
]);
const EN = doc(
  { docId: 'decree-en', title: 'Decree', number: '63/2020/ND-CP', kind: 'decree', language: 'en' },
  [
    ['chp_1', 'chapter', null, 'I', ''],
    ['art_6', 'article', 'chp_1', '6', 'Property (tài sản) of the security industry.'],
  ],
);

let service: SearchService;
beforeAll(() => {
  const reader = memoryReader([VI, EN]);
  service = new SearchService(reader, buildIndexFromReader(reader));
});

const hits = (r: SearchResult): SearchHit[] => r.groups.flatMap((g) => g.hits);
const eIds = (r: SearchResult): string[] => hits(r).map((h) => h.eId);

describe('citations of search hits', () => {
  it('cites each hit in its own document language in one result', () => {
    const found = hits(service.search('tài sản'));
    const vi = found.find((h) => h.eId === 'art_189__cl_1');
    const en = found.find((h) => h.docId === 'decree-en');
    expect(vi?.citation).toBe('khoản 1 Điều 189 Bộ luật 91/2015/QH13');
    expect(vi?.breadcrumb).toEqual([
      'Phần thứ hai',
      'Chương XIII',
      'Mục 1',
      'Tiểu mục 2',
      'Điều 189',
      'khoản 1',
    ]);
    expect(en?.citation).toBe('Article 6, Decree 63/2020/ND-CP');
    expect(en?.breadcrumb).toEqual(['Chapter I', 'Article 6']);
  });
});

describe('scopes above the article', () => {
  it('a chapter inside a part keeps its chapter filter', () => {
    expect(eIds(service.search('tài sản', { docId: 'code-vi', scope: 'chp_13' })).sort()).toEqual([
      'art_189',
      'art_189__cl_1',
      'art_190',
    ]);
  });

  it('a chapter numbered again inside a later part is its own scope', () => {
    expect(eIds(service.search('hợp đồng', { docId: 'code-vi', scope: 'part_2__chp_1' }))).toEqual([
      'art_100',
    ]);
    expect(eIds(service.search('hợp đồng', { docId: 'code-vi', scope: 'chp_1' }))).toEqual([]);
    expect(eIds(service.search('hợp đồng', { docId: 'code-vi', scope: 'part_2' }))).toEqual(['art_100']);
  });

  it('a part admits the articles of its chapters', () => {
    expect(eIds(service.search('địa vị', { docId: 'code-vi', scope: 'part_1' }))).toEqual(['art_1']);
    expect(eIds(service.search('địa vị', { docId: 'code-vi', scope: 'part_2' }))).toEqual([]);
    expect(eIds(service.search('tài sản', { docId: 'code-vi', scope: 'part_2' }))).toHaveLength(3);
  });

  it('a section and a sub-section admit only what lies beneath them', () => {
    expect(eIds(service.search('tài sản', { docId: 'code-vi', scope: 'chp_13__sec_1' }))).toHaveLength(3);
    expect(
      eIds(service.search('tài sản', { docId: 'code-vi', scope: 'chp_13__sec_1__subsec_2' })).sort(),
    ).toEqual(['art_189', 'art_189__cl_1']);
  });

  it('an article scope still works by eId', () => {
    expect(eIds(service.search('tài sản', { docId: 'code-vi', scope: 'art_189' })).sort()).toEqual([
      'art_189',
      'art_189__cl_1',
    ]);
  });
});
