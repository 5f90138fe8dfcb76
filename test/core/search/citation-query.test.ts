import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../../electron/core/search/citation-query';

describe('parseCitation', () => {
  it.each([
    ['Article 6', 'art_6'],
    ['art 6.1', 'art_6__cl_1'],
    ['Art. 6(1)(a)', 'art_6__cl_1__pt_a'],
    ['Article 11 clause 1 point dd', 'art_11__cl_1__pt_dd'],
    ['Điều 11 khoản 1 điểm đ', 'art_11__cl_1__pt_dd'],
    ['ĐIỂM Đ KHOẢN 1 ĐIỀU 11', 'art_11__cl_1__pt_dd'],
    ['Điều 11 khoản 1 điểm d', 'art_11__cl_1__pt_d'],
    ['điều 16', 'art_16'],
    ['dieu 16', 'art_16'],
    ['khoản 1 điều 6', 'art_6__cl_1'],
    ['Clause 5, Article 20 of Decree 63/2020/ND-CP', 'art_20__cl_5'],
    ['Chapter II', 'chp_2'],
    ['chương IV', 'chp_4'],
    ['section 3', 'sec_3'],
    ['Phụ lục 1', 'annex_1'],
  ])('%s → %s', (query, eId) => {
    expect(parseCitation(query)?.eId).toBe(eId);
  });

  it.each([
    'prohibited acts',
    'article 6 prohibited',
    'point a',
    'article',
    '2020',
    'art 6.1.a.b',
    'clause 1 clause 2',
  ])('%s is not a citation', (query) => {
    expect(parseCitation(query)).toBeNull();
  });

  it('labels the reading with the Vietnamese point letter', () => {
    expect(parseCitation('art 11.1.dd')?.label).toBe('Article 11, clause 1, point đ');
  });
});
