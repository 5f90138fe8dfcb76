// The parser on texts other than the two seeds: Vietnamese legal structure, sections, appendices, plain prose
// and bad input. Guards the reuse by the importer.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../electron/core/corpus/ingest/ingest';
import { detectLanguage } from '../../../electron/core/corpus/ingest/structure-rules';
import { LecternError } from '../../../electron/core/errors';

const ids = (text: string, lang: 'en' | 'vi') =>
  ingestText(text, { docId: 'd', lang }).nodes.map((n) => n.eId);

describe('ingestText on other documents', () => {
  it('parses a Vietnamese decree: title, preamble, Chương (Arabic), Mục, Điều, khoản, điểm đ, signature, Phụ lục', () => {
    const text = [
      'CHÍNH PHỦ',
      'NGHỊ ĐỊNH',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'Chương 2',
      'QUY ĐỊNH CỤ THỂ',
      'Mục 1. QUY ĐỊNH CHUNG',
      'Điều 5. Nguyên tắc',
      '1. Khoản một:',
      'a) điểm a;',
      'đ) điểm đ.',
      'Điều 6. Hiệu lực',
      'Nghị định này có hiệu lực từ ngày ký./.',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'PHỤ LỤC',
      'DANH MỤC',
      '\tSTT',
      '\tTên',
      '',
      '\t1',
      '\tSản phẩm',
    ].join('\n');
    const nodes = ingestText(text, { docId: 'd', lang: 'vi' }).nodes;
    expect(nodes.map((n) => n.eId)).toEqual([
      'title',
      'preamble',
      'chp_2',
      'chp_2__sec_1',
      'art_5',
      'art_5__cl_1',
      'art_5__cl_1__pt_a',
      'art_5__cl_1__pt_dd',
      'art_6',
      'signature',
      'annex_1',
      'annex_1__row_1',
    ]);
    expect(nodes.find((n) => n.eId === 'chp_2')?.heading).toBe('QUY ĐỊNH CỤ THỂ');
    expect(nodes.find((n) => n.eId === 'chp_2__sec_1')?.heading).toBe('QUY ĐỊNH CHUNG');
    expect(nodes.find((n) => n.eId === 'art_5')?.parentEId).toBe('chp_2__sec_1');
    expect(nodes.find((n) => n.eId === 'signature')?.text).toBe('TM. CHÍNH PHỦ\nTHỦ TƯỚNG');
    expect(nodes.find((n) => n.eId === 'annex_1')?.cells?.map((c) => c.text)).toEqual(['STT', 'Tên']);
  });

  it('reads English chapters written on one line with their heading', () => {
    expect(ids('Chapter IV. FINAL PROVISIONS\nArticle 30. Effect\nThis Decree takes effect.', 'en')).toEqual([
      'chp_4',
      'art_30',
    ]);
  });

  it('falls back to paragraphs when no structure is found', () => {
    expect(ids('A memo\n\nFirst paragraph.\n\nSecond paragraph.', 'en')).toEqual(['title', 'p_1', 'p_2']);
  });

  it('rejects an empty text and a duplicated article number with a clear error', () => {
    expect(() => ingestText(' \n\t\n', { docId: 'empty', lang: 'en' })).toThrow(LecternError);
    expect(() => ingestText('Article 1. A\nText\nArticle 1. B\nText', { docId: 'dup', lang: 'en' })).toThrow(
      /"art_1" occurs twice/,
    );
  });

  it('rejects an exclusion rule that matches nothing instead of silently keeping the text', () => {
    expect(() =>
      ingestText('Text.', { docId: 'd', lang: 'en', exclude: { cutFromLine: '^Never$' } }),
    ).toThrow(/matches no line/);
  });

  it('detects Vietnamese from its letters', () => {
    expect(detectLanguage('Điều 1. Phạm vi điều chỉnh của Nghị định này')).toBe('vi');
    expect(detectLanguage('Article 1. Scope of this Decree')).toBe('en');
  });
});
