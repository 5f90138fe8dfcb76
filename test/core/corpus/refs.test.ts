// Cross-references and defined terms: the decree's own references, and the general English and Vietnamese
// forms on small inline texts (the shapes imported documents use).
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../electron/core/corpus/ingest/ingest-document';
import type { CrossRef, DocumentMeta } from '../../../electron/core/corpus/model';
import { ingestSource } from './sources';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';

function meta(language: 'en' | 'vi', number: string | null = null): Omit<DocumentMeta, 'contentHash'> {
  return blankDocumentMeta({
    docId: 'inline',
    title: 't',
    kind: 'decree',
    number,
    language,
    status: 's',
    source: 'inline.txt',
  });
}

/** [from, label, target or cited act] triples, checking that each label is exactly its range of the node text. */
function summary(doc: ReturnType<typeof ingestDocument>): [string, string, string | null][] {
  const text = new Map(doc.nodes.map((n) => [n.eId, n.text]));
  return doc.refs.map((r: CrossRef) => {
    expect(text.get(r.fromEId)?.slice(r.start, r.end)).toBe(r.label);
    return [r.fromEId, r.label, r.kind === 'internal' ? r.targetEId : `external: ${r.citedAct ?? ''}`];
  });
}

describe('decree references', () => {
  const decree = ingestSource('decree-63-2020');
  const refs = summary(decree);

  it('resolves "Article 4 hereof" in Article 18 and "the Appendix hereto" in Article 19', () => {
    expect(refs).toContainEqual(['art_18__cl_1', 'Article 4 hereof', 'art_4']);
    expect(refs).toContainEqual(['art_19__cl_3', 'the Appendix hereto', 'annex_1']);
  });

  it('stores the reference to Article 34 of another law as an external citation', () => {
    expect(refs).toContainEqual([
      'art_1',
      'Article 34 of the Law on People’s Public Security Force 2018',
      'external: Law on People’s Public Security Force 2018',
    ]);
    expect(decree.refs.filter((r) => r.kind === 'internal').map((r) => r.fromEId)).toEqual([
      'art_18__cl_1',
      'art_19__cl_3',
    ]);
  });

  it('does not cite the decree itself (the appendix subtitle names Decree No. 63/ND-CP)', () => {
    expect(decree.refs.some((r) => r.fromEId === 'annex_1')).toBe(false);
  });

  it('stores the four defined terms of Article 3 with their defining clauses', () => {
    expect(decree.terms.map((t) => [t.term, t.definingEId])).toEqual([
      ['security industry development', 'art_3__cl_1'],
      ['other law enforcement force', 'art_3__cl_2'],
      ['specialized security product', 'art_3__cl_3'],
      ['dual-use security product', 'art_3__cl_4'],
    ]);
    expect(decree.terms[0]?.definition).toMatch(/means the investment in resources/);
  });
});

describe('general forms on inline texts', () => {
  it('resolves English clause, point and article references, relative and absolute', () => {
    const doc = ingestDocument(
      [
        'Article 1. Scope',
        '1. Apply Clause 2 of this Article first.',
        '2. Then Point a Clause 1 Article 2, and Point b of this Clause, and Clause 1 of Article 2.',
        'a) first',
        'b) second',
        'Article 2. Other',
        '1. As in Article 1 of this Decree or Article 9 of Decree No. 12/2019/ND-CP.',
        'a) Point text.',
      ].join('\n'),
      meta('en', '1/2020/ND-CP'),
    );
    expect(summary(doc)).toEqual([
      ['art_1__cl_1', 'Clause 2 of this Article', 'art_1__cl_2'],
      ['art_1__cl_2', 'Point a Clause 1 Article 2', 'art_2__cl_1__pt_a'],
      ['art_1__cl_2', 'Point b of this Clause', 'art_1__cl_2__pt_b'],
      ['art_1__cl_2', 'Clause 1 of Article 2', 'art_2__cl_1'],
      ['art_2__cl_1', 'Article 1 of this Decree', 'art_1'],
      ['art_2__cl_1', 'Article 9 of Decree No. 12/2019/ND-CP', 'external: Decree No. 12/2019/ND-CP'],
    ]);
  });

  it('keeps an internal reference to a provision that does not exist, without a target', () => {
    const doc = ingestDocument('Article 1. Scope\n1. See Article 7 hereof.', meta('en'));
    expect(doc.refs).toMatchObject([{ label: 'Article 7 hereof', kind: 'internal', targetEId: null }]);
  });

  it('resolves Vietnamese "khoản 2 Điều 3", "điểm đ khoản 1 Điều 3" and "khoản 1 Điều này"', () => {
    const doc = ingestDocument(
      [
        'Chương I',
        'NHỮNG QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        '1. Theo quy định tại khoản 2 Điều 3 Nghị định này.',
        '2. Áp dụng điểm đ khoản 1 Điều 3 và khoản 1 Điều này.',
        'Điều 2. Đối tượng',
        'Thực hiện theo Điều 34 của Luật Công an nhân dân.',
        'Điều 3. Giải thích từ ngữ',
        '1. Công nghiệp an ninh là ngành công nghiệp đặc biệt.',
        'đ) Điểm đ.',
        '2. Sản phẩm an ninh là sản phẩm phục vụ an ninh.',
      ].join('\n'),
      meta('vi'),
    );
    expect(doc.nodes.find((n) => n.eId === 'art_3__cl_1__pt_dd')?.num).toBe('dd');
    expect(summary(doc)).toEqual([
      ['art_1__cl_1', 'khoản 2 Điều 3 Nghị định này', 'art_3__cl_2'],
      ['art_1__cl_2', 'điểm đ khoản 1 Điều 3', 'art_3__cl_1__pt_dd'],
      ['art_1__cl_2', 'khoản 1 Điều này', 'art_1__cl_1'],
      ['art_2', 'Điều 34 của Luật Công an nhân dân', 'external: Luật Công an nhân dân'],
    ]);
    expect(doc.terms.map((t) => [t.term, t.definingEId])).toEqual([
      ['Công nghiệp an ninh', 'art_3__cl_1'],
      ['Sản phẩm an ninh', 'art_3__cl_2'],
    ]);
  });
});
