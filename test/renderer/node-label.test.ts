// import node-label: outline labels of detected provisions in the document's (numbered units) or interface's (named blocks) language, and excerpts.
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../electron/shared/types';
import { excerpt, outlineLabel } from '../../renderer/src/import/node-label';

function node(
  eId: string,
  kind: CorpusNode['kind'],
  num: string | null,
  heading: string | null = null,
  text = '',
): CorpusNode {
  return {
    docId: 'decree-19-2019',
    eId,
    parentEId: null,
    kind,
    num,
    heading,
    text,
    order: 0,
    depth: 0,
    cells: null,
  };
}

const PREAMBLE_TEXT =
  'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn cứ Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp;';

describe('outlineLabel', () => {
  it('labels numbered units in the document language with their heading, whatever the interface', () => {
    expect(outlineLabel(node('art_3', 'article', '3', 'Lập kế hoạch'), 'vi', 'en')).toBe(
      'Điều 3 — Lập kế hoạch',
    );
    expect(outlineLabel(node('art_3', 'article', '3', 'Planning'), 'en', 'vi')).toBe('Article 3 — Planning');
    expect(outlineLabel(node('chp_4', 'chapter', 'IV', 'QUẢN LÝ NHÀ NƯỚC'), 'vi', 'en')).toBe(
      'Chương IV — QUẢN LÝ NHÀ NƯỚC',
    );
    expect(outlineLabel(node('part_1', 'part', 'THỨ NHẤT', 'QUY ĐỊNH CHUNG'), 'vi', 'en')).toBe(
      'Phần thứ nhất — QUY ĐỊNH CHUNG',
    );
    expect(outlineLabel(node('part_1', 'part', 'ONE', 'GENERAL PROVISIONS'), 'en', 'en')).toBe(
      'Part One — GENERAL PROVISIONS',
    );
    expect(outlineLabel(node('chp_2__sec_1', 'section', '1', 'QUYỀN SỞ HỮU'), 'vi', 'en')).toBe(
      'Mục 1 — QUYỀN SỞ HỮU',
    );
  });

  it('writes point đ as printed in each language, and shows no excerpt for a numbered unit', () => {
    const point = node('art_6__cl_1__pt_dd', 'point', 'dd', null, 'Sản phẩm lưỡng dụng khác.');
    expect(outlineLabel(point, 'vi', 'en')).toBe('điểm đ');
    expect(outlineLabel(point, 'en', 'vi')).toBe('Point dd');
    expect(outlineLabel(node('art_6__cl_1', 'clause', '1', null, 'Giấy phép.'), 'vi', 'vi')).toBe('khoản 1');
  });

  it('names blocks in the interface language, with an excerpt of their text unless it is shown below', () => {
    const preamble = node('preamble', 'preamble', null, null, PREAMBLE_TEXT);
    const cut = 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn…';
    expect(outlineLabel(preamble, 'vi', 'en')).toBe(`Preamble — ${cut}`);
    expect(outlineLabel(preamble, 'vi', 'vi-VN')).toBe(`Phần mở đầu — ${cut}`);
    expect(outlineLabel(preamble, 'vi', 'en', false)).toBe('Preamble');
    expect(outlineLabel(node('fn_12', 'footnote', '12', null, 'Được sửa đổi.'), 'vi', 'en')).toBe(
      'Note [12]',
    );
    expect(outlineLabel(node('signature', 'signature', null), 'vi', 'vi')).toBe('Phần ký');
  });

  it('shows an appendix headed by its own name once, and another heading after the label', () => {
    expect(outlineLabel(node('annex_1', 'annex', null, 'PHỤ LỤC'), 'vi', 'en')).toBe('PHỤ LỤC');
    expect(outlineLabel(node('annex_1', 'annex', null, 'APPENDIX'), 'en', 'en')).toBe('APPENDIX');
    expect(outlineLabel(node('annex_2', 'annex', null, 'DANH MỤC SẢN PHẨM'), 'vi', 'en')).toBe(
      'Phụ lục — DANH MỤC SẢN PHẨM',
    );
  });
});

describe('excerpt', () => {
  it('flattens whitespace and keeps a short text whole', () => {
    expect(excerpt('  Điều   này\nquy định\t chi tiết ', 60)).toBe('Điều này quy định chi tiết');
    expect(excerpt('Giấy phép', 9)).toBe('Giấy phép');
  });

  it('cuts a long text at the last word that fits, past half the length', () => {
    expect(excerpt(PREAMBLE_TEXT, 60)).toBe('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn…');
    expect(excerpt('Giấy phép sản xuất vũ khí', 10)).toBe('Giấy phép…');
  });

  it('cuts mid-word when the only space is in the first half', () => {
    expect(excerpt('Số 63/2020/NĐ-CP-ngày-25-tháng-5', 20)).toBe('Số 63/2020/NĐ-CP-ngà…');
  });
});
