// Citation and breadcrumb rendering against the forms fixed in docs/architecture.md.
import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  formatBreadcrumb,
  formatCitation,
  formatPassageCitation,
  formatPlaces,
  nodeLabel,
} from '../../../electron/core/corpus/citation';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';

const decree: DocumentMeta = {
  docId: 'decree-63-2020',
  kind: 'decree',
  title: 'Decree on Security Industry',
  shortTitle: 'Decree 63/2020/ND-CP',
  number: '63/2020/ND-CP',
  issuer: 'The Government',
  signer: 'Nguyen Xuan Phuc',
  author: null,
  issued: '2020-06-08',
  effective: '2020-08-01',
  published: null,
  language: 'en',
  status: 'Unofficial English translation',
  about: null,
  source: 'decree-63-2020.txt',
  contentHash: 'x',
};

function node(
  eId: string,
  kind: CorpusNode['kind'],
  num: string | null,
  parentEId: string | null,
): CorpusNode {
  return {
    docId: decree.docId,
    eId,
    parentEId,
    kind,
    num,
    heading: null,
    text: '',
    order: 0,
    depth: 0,
    cells: null,
  };
}

const nodes = [
  node('chp_2', 'chapter', 'II', null),
  node('art_6', 'article', '6', 'chp_2'),
  node('art_6__cl_1', 'clause', '1', 'art_6'),
  node('chp_3', 'chapter', 'III', null),
  node('art_11', 'article', '11', 'chp_3'),
  node('art_11__cl_1', 'clause', '1', 'art_11'),
  node('art_11__cl_1__pt_dd', 'point', 'dd', 'art_11__cl_1'),
];
const byEId = new Map(nodes.map((n) => [n.eId, n]));

describe('formatCitation', () => {
  it('renders a clause in English and Vietnamese', () => {
    const n = byEId.get('art_6__cl_1')!;
    const anc = ancestorsOf(n.eId, byEId);
    expect(formatCitation(decree, n, anc, 'en')).toBe('Clause 1, Article 6, Decree 63/2020/ND-CP');
    expect(formatCitation(decree, n, anc, 'vi')).toBe('khoản 1 Điều 6 Nghị định 63/2020/NĐ-CP');
  });

  it('renders a point with the letter đ in Vietnamese and dd in English', () => {
    const n = byEId.get('art_11__cl_1__pt_dd')!;
    const anc = ancestorsOf(n.eId, byEId);
    expect(formatCitation(decree, n, anc, 'en')).toBe('Point dd, Clause 1, Article 11, Decree 63/2020/ND-CP');
    expect(formatCitation(decree, n, anc, 'vi')).toBe('điểm đ khoản 1 Điều 11 Nghị định 63/2020/NĐ-CP');
  });

  it('cites a chapter by itself', () => {
    const n = byEId.get('chp_2')!;
    expect(formatCitation(decree, n, [], 'en')).toBe('Chapter II, Decree 63/2020/ND-CP');
    expect(formatCitation(decree, n, [], 'vi')).toBe('Chương II Nghị định 63/2020/NĐ-CP');
  });

  it('uses the short title for an unnumbered document', () => {
    const commentary = { ...decree, kind: 'commentary' as const, number: null, shortTitle: 'Commentary' };
    const sec = node('sec_3', 'paragraph', '3', null);
    expect(formatCitation(commentary, sec, [], 'en')).toBe('Paragraph 3, Commentary');
  });
});

describe('formatBreadcrumb', () => {
  it('lists ancestors root first, chapters included', () => {
    const n = byEId.get('art_6__cl_1')!;
    expect(formatBreadcrumb(n, ancestorsOf(n.eId, byEId), 'en')).toBe('Chapter II › Article 6 › Clause 1');
    expect(formatBreadcrumb(n, ancestorsOf(n.eId, byEId), 'vi')).toBe('Chương II › Điều 6 › khoản 1');
  });

  it('labels blocks without numbers by kind', () => {
    expect(nodeLabel(node('annex_1', 'annex', null, null), 'en')).toBe('Appendix');
    expect(nodeLabel(node('annex_1', 'annex', null, null), 'vi')).toBe('Phụ lục');
  });
});

describe('appendix rows', () => {
  const vi: DocumentMeta = { ...decree, language: 'vi', number: '12/2024/ND-CP' };
  const annex = { ...node('annex_2', 'annex', 'II', null), heading: 'Phụ lục II' };
  const row = (num: string | null, first: string): CorpusNode => ({
    ...node(num === null ? 'annex_2__row_x_1_nguoi' : `annex_2__row_${num}`, 'annex-row', num, 'annex_2'),
    cells: [
      { text: first, continued: false },
      { text: 'Bộ Công an', continued: false },
    ],
  });

  it('cites a numbered row by its number inside its numbered appendix', () => {
    expect(formatCitation(vi, row('3', '3'), [annex], 'vi')).toBe('số 3 Phụ lục II Nghị định 12/2024/NĐ-CP');
    expect(formatCitation(decree, row('3', '3'), [annex], 'en')).toBe(
      'No. 3, Appendix II, Decree 63/2020/ND-CP',
    );
  });

  it('names a row without a number by the first words of its first own cell', () => {
    const r = row(null, 'Người yêu cầu đăng ký tên tổ chức cá nhân');
    expect(nodeLabel(r, 'vi')).toBe('dòng “Người yêu cầu đăng ký tên …”');
    expect(nodeLabel(row(null, 'Họ và tên'), 'en')).toBe('Row “Họ và tên”');
    expect(formatCitation(vi, row(null, 'Họ và tên'), [annex], 'vi')).toBe(
      'dòng “Họ và tên” Phụ lục II Nghị định 12/2024/NĐ-CP',
    );
  });
});

describe('formatPlaces (a passage over several provisions)', () => {
  const more = [
    ...nodes,
    node('art_6__cl_2', 'clause', '2', 'art_6'),
    node('art_6__cl_3', 'clause', '3', 'art_6'),
    node('art_6__cl_1__pt_a', 'point', 'a', 'art_6__cl_1'),
  ];
  const all = new Map(more.map((n) => [n.eId, n]));
  const pick = (...ids: string[]): CorpusNode[] => ids.map((id) => all.get(id)!);

  it('reads sibling clauses as one unit, their points left to them', () => {
    const two = pick('art_6__cl_1', 'art_6__cl_1__pt_a', 'art_6__cl_2');
    expect(formatPlaces(two, all, 'en')).toBe('Clauses 1–2, Article 6');
    expect(formatPlaces(two, all, 'vi')).toBe('khoản 1 và khoản 2 Điều 6');
    const three = pick('art_6__cl_1', 'art_6__cl_2', 'art_6__cl_3');
    expect(formatPlaces(three, all, 'en')).toBe('Clauses 1–3, Article 6');
    expect(formatPlaces(three, all, 'vi')).toBe('từ khoản 1 đến khoản 3 Điều 6');
  });

  it('runs from the first place to the last across articles, and is the place itself for one provision', () => {
    const across = pick('art_6__cl_1', 'art_11', 'art_11__cl_1__pt_dd');
    expect(formatPlaces(across, all, 'en')).toBe('from Clause 1, Article 6 to Article 11');
    expect(formatPlaces(across, all, 'vi')).toBe('từ khoản 1 Điều 6 đến Điều 11');
    expect(formatPlaces(pick('art_11__cl_1__pt_dd'), all, 'vi')).toBe('điểm đ khoản 1 Điều 11');
    expect(formatPlaces([], all, 'en')).toBe('');
  });

  it('cites a passage with its act, as a note over several provisions is cited in the notes and exports', () => {
    const two = pick('art_6__cl_1', 'art_6__cl_2');
    expect(formatPassageCitation(decree, two, all, 'en')).toBe(
      'Clauses 1–2, Article 6, Decree 63/2020/ND-CP',
    );
    expect(formatPassageCitation(decree, two, all, 'vi')).toBe(
      'khoản 1 và khoản 2 Điều 6 Nghị định 63/2020/NĐ-CP',
    );
  });
});
