// Reference rules on the forms real Vietnamese acts use: "Điều 3 của Bộ luật này", lists that name another act
// once at their end, the Legal Code's codified numbers, inserted articles, and act names that stop where they end.
import { describe, expect, it } from 'vitest';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';
import { ingestDocument } from '../../../electron/core/corpus/ingest/ingest-document';

const doc = (lines: string[], lang: 'en' | 'vi' = 'vi') =>
  ingestDocument(
    lines.join('\n'),
    blankDocumentMeta({ docId: 'd', title: 'd', language: lang, source: 't' }),
    undefined,
    true,
  );

const refsOf = (lines: string[], lang: 'en' | 'vi' = 'vi') =>
  doc(lines, lang).refs.map((r) => [
    r.label,
    r.kind === 'internal' ? r.targetEId : `external: ${r.citedAct ?? ''}`,
  ]);

describe('Vietnamese references in real layouts', () => {
  it('reads "của Bộ luật này" (and any kind of act "này") as the document itself', () => {
    expect(
      refsOf([
        'Điều 3. A',
        'x',
        'Điều 4. B',
        '1. Theo Điều 3 của Bộ luật này và khoản 1 Điều 4 Pháp lệnh này.',
      ]),
    ).toEqual([
      ['Điều 3 của Bộ luật này', 'art_3'],
      ['khoản 1 Điều 4 Pháp lệnh này', 'art_4__cl_1'],
    ]);
  });

  it('gives every item of a list the act named at its end', () => {
    expect(
      refsOf(['Điều 1. A', 'Theo Điều 357, Điều 468 của Bộ luật Dân sự năm 2015, và Điều 1 Nghị định này.']),
    ).toEqual([
      ['Điều 357', 'external: Bộ luật Dân sự năm 2015'],
      ['Điều 468 của Bộ luật Dân sự năm 2015', 'external: Bộ luật Dân sự năm 2015'],
      ['Điều 1 Nghị định này', 'art_1'],
    ]);
  });

  it('stops an act name at words that cannot belong to it', () => {
    const refs = refsOf([
      'Điều 1. A',
      'Bộ luật Dân sự năm 2015 bắt đầu có hiệu lực; Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014.',
    ]);
    expect(refs).toEqual([
      ['Bộ luật Dân sự năm 2015', 'external: Bộ luật Dân sự năm 2015'],
      ['Luật Tổ chức Tòa án nhân dân', 'external: Luật Tổ chức Tòa án nhân dân'],
    ]);
  });

  it("links codified articles of the same Legal Code topic and cites other topics' as outside references", () => {
    const refs = refsOf([
      'Đề mục 1.11',
      'An ninh mạng',
      'Chương I',
      'CHUNG',
      'Điều 1.11.LQ.1. Phạm vi',
      'x',
      'Điều 1.11.LQ.2. Giải thích',
      '(Điều này có nội dung liên quan đến Điều 1.11.LQ.1. Phạm vi; Điều 1.6.LQ.16. Nhiệm vụ của Công an)',
    ]);
    expect(refs).toEqual([
      ['Điều 1.11.LQ.1', 'art_1_11_lq_1'],
      ['Điều 1.6.LQ.16', 'external: Điều 1.6.LQ.16'],
    ]);
  });

  it('links inserted articles and clauses ("khoản 1a Điều 12a")', () => {
    expect(refsOf(['Điều 12a. A', '1a. Chèn', 'Điều 13. B', 'Theo khoản 1a Điều 12a.'])).toEqual([
      ['khoản 1a Điều 12a', 'art_12a__cl_1a'],
    ]);
  });

  it('finds the defined terms of a "Giải thích từ ngữ" article', () => {
    const d = doc([
      'Điều 4. Giải thích từ ngữ',
      'Trong Nghị định này:',
      '1. Dây họ là một họ …',
      '2. Thành viên là người …',
    ]);
    expect(d.terms.map((t) => [t.term, t.definingEId])).toEqual([
      ['Dây họ', 'art_4__cl_1'],
      ['Thành viên', 'art_4__cl_2'],
    ]);
  });
});

describe('English references in real layouts', () => {
  it('links "Article 8 hereof" and inserted "Article 12a", and gives a list the act at its end', () => {
    expect(
      refsOf(
        [
          'Article 8. A',
          'x',
          'Article 12a. B',
          'See Article 8 hereof, Article 12a, and Articles 5 and Article 6 of the Law on Land.',
        ],
        'en',
      ),
    ).toEqual([
      ['Article 8 hereof', 'art_8'],
      ['Article 12a', 'art_12a'],
      ['Article 6 of the Law on Land', 'external: Law on Land'],
    ]);
  });
});
