// Structure rules for the layouts of real Vietnamese acts (Law on Promulgation of Legal Documents): parts,
// sub-sections, inserted and codified articles, the Legal Code's notes, quotations, endnotes and signatures.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../electron/core/corpus/ingest/ingest';

const parse = (lines: string[], lang: 'en' | 'vi' = 'vi') =>
  ingestText(lines.join('\n'), { docId: 'd', lang, renameDuplicates: true });
const byId = (lines: string[], lang: 'en' | 'vi' = 'vi') =>
  new Map(parse(lines, lang).nodes.map((n) => [n.eId, n]));

describe('parts and sub-sections', () => {
  const code = [
    'BỘ LUẬT',
    'DÂN SỰ',
    'Căn cứ Hiến pháp;',
    'PHẦN THỨ NHẤT',
    'QUY ĐỊNH CHUNG',
    'Chương I',
    'NHỮNG QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    'Bộ luật này quy định …',
    'PHẦN THỨ HAI',
    'QUYỀN SỞ HỮU',
    'Chương XIII',
    'QUYỀN SỞ HỮU',
    'Mục 1. NỘI DUNG QUYỀN SỞ HỮU',
    'Tiểu mục 1. QUYỀN CHIẾM HỮU',
    'Điều 179. Khái niệm quyền chiếm hữu',
    '1. Quyền chiếm hữu là …',
    'Tiểu mục 2. QUYỀN SỬ DỤNG',
    'Điều 189. Quyền sử dụng',
    'Quyền sử dụng là …',
  ];

  it('are levels of the tree, with their headings, never text of the clause before them', () => {
    const n = byId(code);
    expect(n.get('part_1')).toMatchObject({
      kind: 'part',
      num: 'THỨ NHẤT',
      heading: 'QUY ĐỊNH CHUNG',
      parentEId: null,
    });
    expect(n.get('chp_1')?.parentEId).toBe('part_1');
    expect(n.get('chp_13')?.parentEId).toBe('part_2');
    expect(n.get('chp_13__sec_1__subsec_1')).toMatchObject({
      kind: 'subsection',
      heading: 'QUYỀN CHIẾM HỮU',
    });
    expect(n.get('art_179')?.parentEId).toBe('chp_13__sec_1__subsec_1');
    expect(n.get('art_189')?.parentEId).toBe('chp_13__sec_1__subsec_2');
    expect(n.get('art_179__cl_1')?.text).toBe('Quyền chiếm hữu là …');
  });

  it('read English parts ("PART ONE") and "Phần I" too, but not a sentence that starts with "Phần"', () => {
    expect(
      byId(['LAW', 'PART ONE', 'GENERAL', 'Article 1. Scope', 'Text.'], 'en').get('part_1')?.heading,
    ).toBe('GENERAL');
    expect(byId(['LUẬT', 'Phần I. QUY ĐỊNH CHUNG', 'Điều 1. A', 'B.']).get('part_1')?.heading).toBe(
      'QUY ĐỊNH CHUNG',
    );
    const n = byId(['LUẬT', 'Điều 1. A', '1. Phần họ là số tiền;', 'Phần thứ hai của khoản này …']);
    expect([...n.values()].some((x) => x.kind === 'part')).toBe(false);
  });

  it('scope a chapter number that restarts in the next part to that part', () => {
    const n = byId([
      'LUẬT',
      'PHẦN THỨ NHẤT',
      'Chương I',
      'A',
      'Điều 1. A',
      'x',
      'PHẦN THỨ HAI',
      'Chương I',
      'B',
      'Điều 2. B',
      'y',
    ]);
    expect(n.get('chp_1')?.parentEId).toBe('part_1');
    expect(n.get('part_2__chp_1')?.parentEId).toBe('part_2');
  });
});

describe('article numbers', () => {
  it('keeps inserted articles and clauses (Điều 12a, khoản 1a) under readable ids', () => {
    const n = byId(['LUẬT', 'Điều 12. A', 'x', 'Điều 12a. Chèn thêm', '1. Một', '1a. Chèn', 'đ1) Điểm chèn']);
    expect(n.get('art_12a')?.num).toBe('12a');
    expect(n.get('art_12a__cl_1a')?.text).toBe('Chèn');
    expect(n.get('art_12a__cl_1a__pt_dd1')?.text).toBe('Điểm chèn');
  });

  it('reads codified numbers of the Legal Code as written, with the heading alone', () => {
    const n = byId([
      'Đề mục 1.11',
      'An ninh mạng',
      'Chương I',
      'CHUNG',
      'Điều 1.11.LQ.1. Phạm vi điều chỉnh',
      'Luật này …',
      'Điều 1.11.NĐ.1.2. Giải thích từ ngữ',
      '1. X là y.',
    ]);
    expect(n.get('art_1_11_lq_1')).toMatchObject({ num: '1.11.LQ.1', heading: 'Phạm vi điều chỉnh' });
    expect(n.get('art_1_11_nd_1_2__cl_1')?.text).toBe('X là y.');
    expect(n.get('title')?.text).toBe('Đề mục 1.11\nAn ninh mạng');
  });

  it('reads a bare "Article 64" with its heading on the next line, but never takes a clause for a heading', () => {
    const n = byId(
      ['LAW', 'Article 64', 'Entry into force', '1. This Law takes effect.', 'Article 65', '1. Text.'],
      'en',
    );
    expect(n.get('art_64')?.heading).toBe('Entry into force');
    expect(n.get('art_65')?.heading).toBeNull();
    expect(n.get('art_65__cl_1')?.text).toBe('Text.');
  });

  it('does not read "Article 5 of this Law …" at the start of a line as an article', () => {
    const n = byId(['LAW', 'Article 1. Scope', 'Article 5 of this Law applies to …'], 'en');
    expect(n.has('art_5')).toBe(false);
    expect(n.get('art_1')?.text).toBe('Article 5 of this Law applies to …');
  });
});

describe("the Legal Code's notes", () => {
  it('stores the source note under the article and the related-articles note beside it', () => {
    const n = byId([
      'Đề mục 1.11',
      'An ninh mạng',
      'Chương I',
      'CHUNG',
      'Điều 1.11.LQ.1. Phạm vi điều chỉnh',
      '(Điều 1 Luật số 24/2018/QH14 An ninh mạng ngày 12/06/2018 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2019)',
      'Luật này quy định …',
      '(Điều này có nội dung liên quan đến Điều 1.6.LQ.16. Nhiệm vụ của Công an nhân dân)',
    ]);
    expect(n.get('art_1_11_lq_1__source')).toMatchObject({ kind: 'source-note', parentEId: 'art_1_11_lq_1' });
    expect(n.get('art_1_11_lq_1')?.text).toBe('Luật này quy định …');
    expect(n.get('art_1_11_lq_1__related')).toMatchObject({
      kind: 'related-note',
      parentEId: 'art_1_11_lq_1',
    });
  });
});

describe('quotations', () => {
  const amending = [
    'LUẬT',
    'Điều 1. Sửa đổi Luật X',
    '1. Điều 5 được sửa đổi như sau:',
    '“Điều 5. Hiệu lực',
    '1. Luật này có hiệu lực từ ngày 01 tháng 01 năm 2025./.',
    '2. Bãi bỏ Luật cũ.”.',
    'Điều 2. Hiệu lực thi hành',
    'Luật này có hiệu lực từ ngày ký./.',
    'CHỦ TỊCH QUỐC HỘI',
    'Nguyễn Văn A',
  ];

  it('never open a provision or end the body: a quoted "./." does not make the next article a signature', () => {
    const n = byId(amending);
    expect(n.has('art_5')).toBe(false);
    expect(n.get('art_2')?.heading).toBe('Hiệu lực thi hành');
    expect(n.get('art_1__cl_1')?.text).toContain('“Điều 5. Hiệu lực');
    expect(n.get('signature')?.text).toBe('CHỦ TỊCH QUỐC HỘI\nNguyễn Văn A');
  });

  it('opened inside a line and closed with a straight quote end on that line (“.pdf")', () => {
    const r = parse(['NGHỊ ĐỊNH', 'Điều 1. A', '6. Theo định dạng “.pdf".', 'Điều 2. B', 'x']);
    expect(r.warnings).toEqual([]);
    expect(r.nodes.some((x) => x.eId === 'art_2')).toBe(true);
  });

  it('that never close are reported with their line and ignored', () => {
    const r = parse(['LUẬT', 'Điều 1. A', '“Một đoạn trích không đóng', 'Điều 2. B', 'x']);
    expect(r.nodes.some((x) => x.eId === 'art_2')).toBe(true);
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
  });
});

describe('signatures', () => {
  it('start at the signer line after the last article, a table cell or a line', () => {
    const n = byId([
      'BỘ LUẬT',
      'Điều 689. Hiệu lực',
      'Bộ luật này … thông qua ngày 24 tháng 11 năm 2015.',
      '',
      '\tCHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng',
    ]);
    expect(n.get('art_689')?.text).toBe('Bộ luật này … thông qua ngày 24 tháng 11 năm 2015.');
    expect(n.get('signature')?.text).toBe('CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng');
  });

  it('are not opened by a "TM." line before the last article', () => {
    const n = byId(['NGHỊ ĐỊNH', 'Điều 1. A', 'TM. nội dung lạ', 'Điều 2. B', 'x./.', 'TM. CHÍNH PHỦ']);
    expect(n.get('art_1')?.text).toBe('TM. nội dung lạ');
    expect(n.get('signature')?.text).toBe('TM. CHÍNH PHỦ');
  });
});

describe('endnotes of consolidated texts', () => {
  const consolidated = [
    'LUẬT',
    'ĐẤT ĐAI',
    'Căn cứ Hiến pháp;',
    'Quốc hội ban hành Luật Đất đai[1].',
    'Điều 1. Phạm vi',
    '1. Luật này quy định[2] về đất.',
    '2. Khoản hai.',
    'Điều 2. Đối tượng',
    'Người sử dụng đất.',
    'XÁC THỰC VĂN BẢN HỢP NHẤT',
    'CHỦ NHIỆM',
    'Lê Quang Mạnh',
    '[1] Luật số 43/2024/QH15 có căn cứ ban hành như sau:',
    '“Căn cứ Hiến pháp;',
    'Điều 44. Hiệu lực thi hành',
    'Luật này có hiệu lực.”.',
    '[2] Khoản này được sửa đổi theo Luật số 43/2024/QH15.',
    '[3] Một chú thích không có dấu trong văn bản.',
  ];

  it('become footnotes under the provision with their marker, read right after it, never provisions', () => {
    const r = parse(consolidated);
    const n = new Map(r.nodes.map((x) => [x.eId, x]));
    expect(r.nodes.filter((x) => x.kind === 'article').map((x) => x.eId)).toEqual(['art_1', 'art_2']);
    expect(n.get('fn_1')).toMatchObject({ kind: 'footnote', num: '1', parentEId: 'preamble' });
    expect(n.get('fn_1')?.text).toContain('Điều 44. Hiệu lực thi hành');
    expect(n.get('fn_2')?.parentEId).toBe('art_1__cl_1');
    const order = r.nodes.map((x) => x.eId);
    expect(order.indexOf('fn_2')).toBe(order.indexOf('art_1__cl_1') + 1);
    expect(r.nodes.map((x) => x.order)).toEqual(r.nodes.map((_, i) => i));
    expect(n.get('signature')?.text).toBe('XÁC THỰC VĂN BẢN HỢP NHẤT\nCHỦ NHIỆM\nLê Quang Mạnh');
  });

  it('attach to a clause whose number carries the marker ("1.[47] Luật này …")', () => {
    const r = parse([
      'LUẬT',
      'Điều 1. Hiệu lực',
      '1.[1] Luật này có hiệu lực.',
      '2. Khoản hai.',
      'CHỦ NHIỆM',
      '[1] Khoản này được sửa đổi.',
    ]);
    expect(r.nodes.find((x) => x.eId === 'art_1__cl_1')?.text).toBe('[1] Luật này có hiệu lực.');
    expect(r.nodes.find((x) => x.eId === 'fn_1')?.parentEId).toBe('art_1__cl_1');
  });

  it('without a marker are kept at the end and reported with their line', () => {
    const r = parse(consolidated);
    expect(r.nodes.find((x) => x.eId === 'fn_3')?.parentEId).toBeNull();
    expect(r.warnings.find((w) => w.eId === 'fn_3')?.line).toBe(18);
  });
});

describe('lines no rule places', () => {
  it('are reported with their source line when they look like a heading', () => {
    const r = parse(['LUẬT', 'Điều 1. A', '1. Khoản.', 'TIỂU CHƯƠNG LẠ KHÔNG RÕ', 'Điều 2. B', 'x']);
    expect(r.warnings.map((w) => [w.line, w.eId])).toEqual([[4, 'art_1__cl_1']]);
    expect(r.warnings[0]?.message).toContain('TIỂU CHƯƠNG LẠ');
  });
});
