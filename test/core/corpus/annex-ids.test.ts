// Ids of unnumbered appendix rows and paragraphs come from their own first words, so a row split, merged or
// missing in one format (a PDF export of a DOCX) renumbers nothing after it; numbered rows keep their number.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../electron/core/corpus/ingest/ingest';
import { textSlug } from '../../../electron/core/corpus/ingest/annex-ids';

const HEAD = ['NGHỊ ĐỊNH', 'Căn cứ Luật;', 'Điều 1. Phạm vi', 'Nội dung.', 'Phụ lục', 'CÁC MẪU'];

const annexIds = (lines: string[]): string[] =>
  ingestText([...HEAD, ...lines].join('\n'), { docId: 'd', lang: 'vi' })
    .nodes.filter((n) => n.eId.startsWith('annex_1__'))
    .map((n) => n.eId);

const FORM = [
  '',
  '\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '\tPHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ',
  '',
  '\t1. Người yêu cầu đăng ký □ Bên nhận',
  '\t',
  '',
  '\t2. Hợp đồng bảo đảm: số…………',
  '\t',
  'Số:',
  'Họ và tên:',
];

describe('ids of unnumbered appendix rows and paragraphs', () => {
  it('folds the first words to ASCII and ignores dots, symbols and spacing', () => {
    expect(textSlug('3.Thuộc đối tượng không phải nộp phí đăng ký □')).toBe('3_thuoc_doi_tuong_khong_phai');
    expect(textSlug('3. Thuộc  đối tượng không phải nộp')).toBe('3_thuoc_doi_tuong_khong_phai');
    expect(textSlug('Số:..............')).toBe(textSlug('Số:'));
    expect(textSlug('……')).toBe('');
  });

  it('names rows and paragraphs by their words, repeats by a counter of their own', () => {
    expect(annexIds([...FORM, ...FORM])).toEqual([
      'annex_1__row_x_1_nguoi_yeu_cau_dang_ky',
      'annex_1__row_x_2_hop_dong_bao_dam_so',
      'annex_1__p_so',
      'annex_1__p_ho_va_ten',
      // The first table's first row is the appendix's header; the second form's is a row.
      'annex_1__row_x_cong_hoa_xa_hoi_chu_nghia',
      'annex_1__row_x_1_nguoi_yeu_cau_dang_ky_2',
      'annex_1__row_x_2_hop_dong_bao_dam_so_2',
      'annex_1__p_so_2',
      'annex_1__p_ho_va_ten_2',
    ]);
  });

  it('keeps the ids of the other rows when one row is split in two', () => {
    const split = FORM.flatMap((l) =>
      l.startsWith('\t1. ') ? ['\t1. Người yêu cầu', '\t', '', '\tđăng ký □ Bên nhận', '\t'] : [l],
    );
    const before = annexIds(FORM);
    const after = annexIds(split);
    expect(after.filter((id) => !before.includes(id))).toEqual([
      'annex_1__row_x_1_nguoi_yeu_cau',
      'annex_1__row_x_dang_ky_ben_nhan',
    ]);
    expect(before.filter((id) => !after.includes(id))).toEqual(['annex_1__row_x_1_nguoi_yeu_cau_dang_ky']);
  });

  it('names the rows of each form ("Mẫu số 02a") under that form, so a difference in one renumbers no other', () => {
    const forms = (first: string[]): string[] =>
      annexIds([
        '',
        '\tMẫu số 01a',
        '\tPhiếu một',
        'Mẫu số 01a',
        ...first,
        'Mẫu số 02b/Form No 02b',
        ...FORM,
      ]);
    const plain = forms(FORM);
    const split = forms([...FORM, 'Số:']);
    expect(plain.filter((id) => id.includes('mau_so_02b_form_no_02b__'))).toEqual([
      'annex_1__mau_so_02b_form_no_02b__row_x_cong_hoa_xa_hoi_chu_nghia',
      'annex_1__mau_so_02b_form_no_02b__row_x_1_nguoi_yeu_cau_dang_ky',
      'annex_1__mau_so_02b_form_no_02b__row_x_2_hop_dong_bao_dam_so',
      'annex_1__mau_so_02b_form_no_02b__p_so',
      'annex_1__mau_so_02b_form_no_02b__p_ho_va_ten',
    ]);
    // An extra "Số:" in the first form leaves the second form's "Số:" as it was.
    expect(split.filter((id) => !plain.includes(id))).toEqual(['annex_1__mau_so_01a__p_so_2']);
    expect(plain.filter((id) => !split.includes(id))).toEqual([]);
  });

  it('drops a line of fill-in dots alone, which a PDF prints where a DOCX has a tab leader', () => {
    const dotted = FORM.flatMap((l) => (l === 'Số:' ? [l, '………………………', '. . . . . . . .'] : [l]));
    expect(annexIds(dotted)).toEqual(annexIds(FORM));
    expect(annexIds([...FORM, '...'])).toEqual(annexIds(FORM));
  });

  it("writes a form's blanks as one '…' and spaces a leading item number from its text", () => {
    const text = [
      ...HEAD,
      '',
      '\tSố',
      '\tTên',
      '',
      '\t3.Thuộc đối tượng □',
      '\tngày ......tháng. . . . năm…… 2022',
    ].join('\n');
    const row = ingestText(text, { docId: 'd', lang: 'vi' }).nodes.find((n) => n.kind === 'annex-row');
    expect(row?.cells?.map((c) => c.text)).toEqual(['3. Thuộc đối tượng □', 'ngày…tháng…năm…2022']);
  });

  it('keeps numbered rows as numbered', () => {
    expect(annexIds(['', '\tSố', '\tTên', '', '\t1', '\tMẫu một', '', '\t2', '\tMẫu hai'])).toEqual([
      'annex_1__row_1',
      'annex_1__row_2',
    ]);
  });
});
