// Structure of Decree 63/2020/ND-CP as ingested from the real source text. Expected values are read off the
// source by hand (headings, counts), never produced by the parser.
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { ingestSource } from './sources';

const decree = ingestSource('decree-63-2020');
const byEId = new Map(decree.nodes.map((n) => [n.eId, n]));
const get = (eId: string): CorpusNode => {
  const n = byEId.get(eId);
  if (n === undefined) throw new Error(`missing ${eId}`);
  return n;
};
const children = (eId: string, kind?: CorpusNode['kind']): CorpusNode[] =>
  decree.nodes.filter((n) => n.parentEId === eId && (kind === undefined || n.kind === kind));

const ARTICLE_HEADINGS = [
  'Scope',
  'Regulated entities',
  'Definitions',
  'Rules for building and developing security industry',
  'Criteria applied to security industry and list of security products',
  'Prohibited acts',
  'Organizational structures and tasks of security industry establishments',
  'System of security industry establishments',
  'Activities of security industry establishments',
  'International cooperation in security industry',
  'Policies for security industry establishments',
  'Mechanisms for commissioning, requesting and entrusting import of goods serving security purposes',
  'Policies for import and reserving technical supplies for security industry',
  'Mechanisms and policies on scientific research, development and transfer of technologies in service of security industry',
  'Sources of capital for security industry development',
  'Land intended for security industry',
  'Personnel for security industry',
  'Security industry building and development programs and plans',
  'Responsibilities of the Ministry of Public Security',
  'Responsibilities of Ministries and ministerial agencies',
  'Responsibilities of provincial People’s Committees',
  'Effect',
  'Responsibility for implementation',
];

describe('decree structure', () => {
  it('has the five chapters with their headings, spelling kept', () => {
    const chapters = decree.nodes.filter((n) => n.kind === 'chapter');
    expect(chapters.map((c) => [c.eId, c.num, c.heading])).toEqual([
      ['chp_1', 'I', 'GENERAL'],
      ['chp_2', 'II', 'ORGANIZATIONAL STRUCTURES AND ACTIVITIES OF SECURITY INDUSTRY ESTABLISHMENTS'],
      [
        'chp_3',
        'III',
        'PARTICULAR POLICIES AND MECHANISMS AND PROGRAMS AND PLANS FOR BUILDING AND DEVELOPING SECURITY INDUSTRY',
      ],
      [
        'chp_4',
        'IV',
        'RESPONSIBIITY FOR STATE MANAGEMENT AND PERFORMANCE OF SECURITY INDUSTRY DEVELOPMENT TASKS',
      ],
      ['chp_5', 'V', 'IMPLEMENTATION CLAUSE'],
    ]);
  });

  it('has 23 articles in order with their headings, each under the right chapter', () => {
    const articles = decree.nodes.filter((n) => n.kind === 'article');
    expect(articles.map((a) => a.eId)).toEqual(ARTICLE_HEADINGS.map((_, i) => `art_${i + 1}`));
    expect(articles.map((a) => a.heading)).toEqual(ARTICLE_HEADINGS);
    expect(children('chp_1', 'article').map((a) => a.num)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(children('chp_4', 'article').map((a) => a.num)).toEqual(['19', '20', '21']);
    expect(children('chp_5', 'article').map((a) => a.num)).toEqual(['22', '23']);
  });

  it.each([
    ['art_3', 4, [0, 0, 0, 0]],
    ['art_5', 3, [3, 2, 0]],
    ['art_6', 5, [0, 0, 0, 0, 0]],
    ['art_11', 2, [5, 2]],
    ['art_15', 3, [5, 0, 0]],
    ['art_19', 12, Array<number>(12).fill(0)],
    ['art_20', 7, [0, 3, 3, 2, 2, 2, 0]],
  ])('%s has %i clauses with the expected point counts', (art, clauses, points) => {
    const cls = children(art, 'clause');
    expect(cls).toHaveLength(clauses);
    expect(cls.map((c) => c.eId)).toEqual(cls.map((_, i) => `${art}__cl_${i + 1}`));
    expect(cls.map((c) => children(c.eId, 'point').length)).toEqual(points);
  });

  it('writes the point đ as dd and keeps the letters in order', () => {
    expect(children('art_11__cl_1', 'point').map((p) => p.eId)).toEqual([
      'art_11__cl_1__pt_a',
      'art_11__cl_1__pt_b',
      'art_11__cl_1__pt_c',
      'art_11__cl_1__pt_d',
      'art_11__cl_1__pt_dd',
    ]);
    expect(get('art_11__cl_1__pt_dd').text).toMatch(/^Being entitled to use concessional loans/);
  });

  it('keeps unnumbered article text as the article text and intro text before clauses', () => {
    expect(get('art_22').text).toBe('This Decree comes into force from August 01, 2020.');
    expect(children('art_22')).toHaveLength(0);
    expect(get('art_3').text).toBe(
      'For the purposes of this Decree, the terms below shall be construed as follows:',
    );
    expect(get('art_6__cl_1').text).toMatch(/^Revealing state secrets about security industry/);
  });

  it('has the title, the preamble and the signature block', () => {
    expect(decree.nodes.slice(0, 2).map((n) => [n.eId, n.kind])).toEqual([
      ['title', 'title'],
      ['preamble', 'preamble'],
    ]);
    expect(get('title').text.split('\n')).toEqual(['DECREE', 'SECURITY INDUSTRY']);
    expect(get('preamble').text.split('\n')).toHaveLength(4);
    expect(get('preamble').text).toMatch(/^Pursuant to the Law on Government Organization/);
    expect(get('signature').text.split('\n')).toEqual([
      'ON BEHALF OF THE GOVERNMENT',
      'THE PRIME MINISTER',
      'Nguyen Xuan Phuc',
    ]);
    expect(get('art_23__cl_2').text.endsWith('implementation of this Decree./.')).toBe(true);
  });

  it('has a consistent tree: unique eIds, dense order, parents before children, depth = parent depth + 1', () => {
    expect(new Set(decree.nodes.map((n) => n.eId)).size).toBe(decree.nodes.length);
    decree.nodes.forEach((n, i) => {
      expect(n.order).toBe(i);
      if (n.parentEId === null) {
        expect(n.depth).toBe(0);
      } else {
        const parent = get(n.parentEId);
        expect(parent.order).toBeLessThan(n.order);
        expect(n.depth).toBe(parent.depth + 1);
      }
    });
  });
});

describe('decree appendix', () => {
  const rows = (grp: string): CorpusNode[] => children(`annex_1__${grp}`, 'annex-row');

  it('is annex_1 with its title lines and header cells', () => {
    const annex = get('annex_1');
    expect(annex.kind).toBe('annex');
    expect(annex.heading).toBe('APPENDIX');
    expect(annex.text.split('\n')[0]).toBe('LIST OF SECURITY PRODUCTS');
    expect(annex.cells?.map((c) => c.text)).toEqual(['No.', 'Product group', 'Provided/performed by']);
  });

  it('has 19 rows in two groups of 10 and 9', () => {
    expect(children('annex_1', 'annex-group').map((g) => [g.eId, g.heading])).toEqual([
      ['annex_1__grp_1', 'Specialized security products'],
      ['annex_1__grp_2', 'II. Dual-use security products'],
    ]);
    expect(rows('grp_1').map((r) => r.num)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(rows('grp_2').map((r) => r.num)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(decree.nodes.filter((n) => n.kind === 'annex-row')).toHaveLength(19);
    expect(get('annex_1__grp_1__row_3').cells?.[1]?.text).toBe('Security and national defense arms');
  });

  it('resolves empty "Provided/performed by" cells from the cell above and marks them continued', () => {
    const g1 = rows('grp_1');
    const provider1 = g1[1]?.cells?.[2]?.text ?? '';
    expect(provider1).toMatch(
      /^Security industry establishments and national defense industry establishments/,
    );
    expect(g1.slice(0, 2).map((r) => r.cells?.[2]?.continued)).toEqual([false, false]);
    for (const row of g1.slice(2)) expect(row.cells?.[2]).toEqual({ text: provider1, continued: true });

    const g2 = rows('grp_2');
    const provider2 = g2[1]?.cells?.[2]?.text ?? '';
    expect(provider2).toMatch(/organizations and individuals eligible to participate/);
    for (const row of g2.slice(2)) expect(row.cells?.[2]).toEqual({ text: provider2, continued: true });
    // The first and second columns are never continued: every row writes its number and product group.
    for (const row of [...g1, ...g2])
      expect(row.cells?.slice(0, 2).every((c) => !c.continued && c.text !== '')).toBe(true);
  });
});
