// The PDF line rebuilder on synthetic text items: line pitch measured from body lines only, superscripts kept
// inline, side-by-side blocks turned into table rows, running headers and page numbers dropped.
import { describe, expect, it } from 'vitest';
import { linePitch } from '../../../electron/core/import/pdf/metrics';
import { looksScanned } from '../../../electron/core/import/pdf/scan';
import type { PdfTextItem } from '../../../electron/core/import/pdf-lines';
import { joinPages, pageLines } from '../../../electron/core/import/pdf-lines';

/** An item of `text` at (x, y), each character half the font size wide. */
const item = (text: string, x: number, y: number, size = 10): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
});

/** Words of a paragraph set in lines of at most `chars` characters (`first` on the first line), as a typesetter wraps them. */
function wrap(text: string, chars: number, first = chars): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    const room = lines.length === 1 ? first : chars;
    if (last !== undefined && last.length + 1 + word.length <= room)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LOREM =
  'Cơ quan đăng ký có trách nhiệm cung cấp thông tin về biện pháp bảo đảm đã được đăng ký cho tổ chức cá nhân có yêu cầu theo quy định của pháp luật về đăng ký biện pháp bảo đảm';

/**
 * A page of paragraphs: left margin 72, text width `chars` characters (5 pt each at 10 pt), first lines indented
 * by 36 pt, wrapped lines 12 pt apart and paragraphs 18 pt apart, from y = 700 down.
 */
function page(paragraphs: readonly string[], chars = 80, top = 700): { items: PdfTextItem[]; y: number } {
  const items: PdfTextItem[] = [];
  let y = top;
  for (const p of paragraphs) {
    wrap(p, chars, chars - 7).forEach((text, i) => {
      items.push(item(text, i === 0 ? 108 : 72, y));
      y -= 12;
    });
    y -= 6;
  }
  return { items, y };
}

const text = (pages: readonly PdfTextItem[][]): string[] =>
  joinPages(pages.map((items) => pageLines(items))).split('\n');

describe('line pitch and wrapped lines', () => {
  it('joins wrapped body lines and keeps paragraphs apart', () => {
    const { items } = page([LOREM, `1. ${LOREM}`, 'a) Một dòng ngắn;']);
    expect(text([items])).toEqual([LOREM, `1. ${LOREM}`, 'a) Một dòng ngắn;']);
  });

  it('measures the pitch from body lines, not from a tight two-column head or raised footnote markers', () => {
    const head = [
      item('CHÍNH PHỦ', 100, 780),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 780),
      item('Số: 1/2020/NĐ-CP', 100, 776.1),
      item('Độc lập - Tự do - Hạnh phúc', 310, 776.1),
    ];
    const { items } = page([LOREM, LOREM, LOREM]);
    const marks = [item('1', 150, 704, 6), item('2', 160, 692, 6)];
    const lines = pageLines([...head, ...items, ...marks]);
    expect(linePitch([lines], 10)).toBeCloseTo(12, 1);
    const out = text([[...items, ...marks]]);
    expect(out).toHaveLength(3);
  });

  it('rejoins an article heading that wraps onto a second line', () => {
    const heading =
      'Điều 8. Bảo vệ quyền và lợi ích hợp pháp của tổ chức tín dụng ngân hàng, hoạt động thông tin tín dụng';
    const { items } = page([heading, LOREM]);
    expect(text([items])[0]).toBe(heading);
  });

  it('opens a paragraph at a centred heading atop the next page after a full line ending a sentence', () => {
    // The last line of page 1 nearly fills the text area (72–522), so it is centred too, trivially, and ends a
    // sentence; the heading's first word would fit after it.
    const last = 'Người yêu cầu xoá đăng ký theo quy định tại khoản 3 Điều 8 Nghị định số 99/2022/NĐ-CP đó.';
    const heading = 'HƯỚNG DẪN KÊ KHAI/INSTRUCTIONS FOR COMPLETION';
    // Numbered paragraphs with indented first lines: the document marks its paragraphs, so a sentence end alone
    // does not open one.
    const one = [...page([`1. ${LOREM}`], 90, 760).items, item(last, 72, 100)];
    const two = [item(heading, 297 - heading.length * 2.5, 760), ...page([`2. ${LOREM}`], 90, 740).items];
    expect(text([one, two])).toEqual([`1. ${LOREM}`, last, heading, `2. ${LOREM}`]);
  });

  it('keeps an indented fill-in line at a page foot apart from the indented one atop the next page', () => {
    const blank = (label: string, y: number): PdfTextItem => {
      const dots = '.'.repeat(Math.floor((522 - 108) / 5) - label.length - 1);
      return item(`${label} ${dots}`, 108, y);
    };
    const one = [...page([`1. ${LOREM}`], 90, 760).items, blank('Trọng tải toàn phần:', 100)];
    const two = [blank('Tổng dung tích:', 760), ...page([`2. ${LOREM}`], 90, 740).items];
    const lines = text([one, two]);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Trọng tải toàn phần: \.+$/u);
    expect(lines[2]).toMatch(/^Tổng dung tích: \.+$/u);
  });

  it('continues a paragraph across a page break', () => {
    const lines = wrap(LOREM, 80);
    const first = lines.slice(0, 2).map((l, i) => item(l, 72, 700 - i * 12));
    const second = lines.slice(2).map((l, i) => item(l, 72, 700 - i * 12));
    expect(text([first, second])).toEqual([LOREM]);
  });

  it('keeps a line set against the right margin apart from the centred line below it', () => {
    const { items } = page([LOREM, LOREM]);
    // Text area 72–472: "Mẫu số 06a1" ends at the right margin, the motto is centred under it.
    const head = [item('Mẫu số 06a1', 417, 736), item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 187, 724)];
    expect(text([[...head, ...items]]).slice(0, 2)).toEqual([
      'Mẫu số 06a1',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
  });

  it('starts a paragraph at a first-line indent even without extra space above it', () => {
    const a = wrap(LOREM, 80, 73);
    const items = [
      ...a.map((l, i) => item(l, i === 0 ? 108 : 72, 700 - i * 12)),
      item('Trường hợp khác thì thực hiện theo quy định của pháp luật.', 108, 700 - a.length * 12),
    ];
    expect(text([items])).toHaveLength(2);
  });
});

describe('page margins', () => {
  it('rejoins a centred heading on a page of one-line paragraphs measured against the usual left margin', () => {
    const body = page([LOREM, LOREM, 'a) Một dòng ngắn;'], 90, 700).items;
    const centred = (l: string, y: number): PdfTextItem => item(l, 297.5 - l.length * 2.5, y);
    const title = 'VĂN BẢN ĐỀ NGHỊ CHỈNH LÝ THÔNG TIN SAI SÓT TRONG NỘI DUNG ĐÃ ĐĂNG KÝ, HỦY ĐĂNG KÝ TÀI';
    const heading = [centred(title, 700), centred('LIỀN VỚI ĐẤT', 688)];
    const oneLiners = ['1. Họ và tên:', '2. Địa chỉ:', '3. Giấy tờ:', '4. Số điện thoại:', '5. Thư điện tử:'];
    const second = [
      ...heading,
      ...oneLiners.map((l, i) => item(l, 108, 660 - i * 18)),
      item('tháng…..năm……', 72, 560),
    ];
    expect(text([body, second]).slice(3, 5)).toEqual([`${title} LIỀN VỚI ĐẤT`, '1. Họ và tên:']);
  });
});

describe('bilingual headings', () => {
  it('keeps an English title in capitals apart from the Vietnamese title above it, and rejoins a wrapped one', () => {
    const centred = (l: string, y: number): PdfTextItem => item(l, 297.5 - l.length * 2.5, y);
    const vi = 'PHIẾU YÊU CẦU XÓA ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM BẰNG TÀU BAY THEO CÁC QUY ĐỊNH CỦA CHÍNH PHỦ';
    const en = 'APPLICATION FORM FOR DEREGISTRATION OF AIRCRAFT SECURITY UNDER THIS DECREE AND THE LAWS';
    const items = [
      ...page([LOREM], 90, 760).items,
      centred(vi, 712),
      centred('NGHỊ ĐỊNH NÀY', 700),
      centred(vi, 676),
      centred(en, 664),
      centred('OF VIETNAM', 652),
    ];
    expect(text([items])).toEqual([LOREM, `${vi} NGHỊ ĐỊNH NÀY`, vi, `${en} OF VIETNAM`]);
  });

  it('keeps an English line after a Vietnamese one ending in a slash in the same paragraph', () => {
    const centred = (l: string, y: number): PdfTextItem => item(l, 297.5 - l.length * 2.5, y);
    const vi = 'NGƯỜI CÓ THẨM QUYỀN CỦA CƠ QUAN ĐĂNG KÝ TẠI TRUNG ƯƠNG VÀ ĐỊA PHƯƠNG THEO QUY ĐỊNH/';
    const items = [
      ...page([LOREM], 90, 760).items,
      centred(vi, 712),
      centred('COMPETENT PERSON OF THE REGISTRY', 700),
    ];
    expect(text([items])).toEqual([LOREM, `${vi} COMPETENT PERSON OF THE REGISTRY`]);
  });
});

describe('blocks centred off the page centre', () => {
  it('rejoins a signature title and its instruction wrapped about the axis of the right half', () => {
    const onAxis = (l: string, y: number): PdfTextItem => item(l, 400 - l.length * 2.5, y);
    const items = [
      ...page([LOREM], 90, 760).items,
      onAxis('NGƯỜI CÓ THẨM QUYỀN CỦA CƠ QUAN ĐĂNG KÝ TẠI', 700),
      onAxis('TRUNG ƯƠNG/ COMPETENT PERSON', 688),
      onAxis('Ký, ghi rõ họ và tên, chức danh, đóng dấu/', 676),
      onAxis('Signature, full name and seal', 664),
    ];
    expect(text([items])).toEqual([
      LOREM,
      'NGƯỜI CÓ THẨM QUYỀN CỦA CƠ QUAN ĐĂNG KÝ TẠI TRUNG ƯƠNG/ COMPETENT PERSON',
      'Ký, ghi rõ họ và tên, chức danh, đóng dấu/ Signature, full name and seal',
    ]);
  });

  it("takes a line centred on the page itself for centred, whatever margins the page's few lines give", () => {
    // A landscape page (842 pt wide) of a register: its few lines give a text area of 108–770, centred on 439.
    const onPage = (t: string, y: number): PdfTextItem => item(t, 421 - t.length * 2.5, y);
    const title = 'SỔ ĐĂNG KÝ THẾ CHẤP TÀI SẢN GẮN LIỀN VỚI ĐẤT HÌNH THÀNH TRONG TƯƠNG LAI';
    const items = [
      item('a) Một dòng ngắn;', 108, 700),
      item('b) Một dòng ngắn;', 108, 682),
      item('Mẫu số 08a1', 715, 660),
      onPage(title, 620),
      onPage('TÊN CƠ QUAN ĐĂNG KÝ:…', 608),
    ];
    const lines = joinPages([pageLines(items)], [], [], [842]).split('\n');
    expect(lines.slice(3)).toEqual([title, 'TÊN CƠ QUAN ĐĂNG KÝ:…']);
    // Without the page's width the title reads as a line centred off the page's centre, wrapped.
    expect(text([items]).slice(3)).toEqual([`${title} TÊN CƠ QUAN ĐĂNG KÝ:…`]);
  });

  it('keeps a centred line apart from the centred one below whose first word would have fitted on it', () => {
    // 82 characters, 410 pt of the 451 pt text area: "(HOẶC " (30 pt) would have fitted with a character to spare.
    const title = 'QUẢN TÀI VIÊN, DOANH NGHIỆP QUẢN LÝ, THANH LÝ TÀI SẢN VÀ CÁC TỔ CHỨC, CÁ NHÂN KHÁC';
    const centred = (t: string, y: number): PdfTextItem => item(t, 297.5 - t.length * 2.5, y);
    const items = [
      ...page([LOREM], 90, 700).items,
      centred(title, 640),
      centred('(HOẶC NGƯỜI ĐẠI DIỆN)', 628),
    ];
    expect(text([items])).toEqual([LOREM, title, '(HOẶC NGƯỜI ĐẠI DIỆN)']);
  });

  it('measures the room of lines centred in the right half about their axis: short titles apart, a wrapped one whole', () => {
    // Centred on 417: the axis leaves 106 pt to the right margin, so a line had at most 212 pt.
    const on = (t: string, y: number): PdfTextItem => item(t, 417 - t.length * 2.5, y);
    const items = [
      ...page([LOREM], 90, 700).items,
      // Its next word would have fitted before the right margin only on the far side: about the axis it fitted.
      on('BÊN NHẬN BẢO ĐẢM VÀ BÊN KHÁC', 640),
      on('(HOẶC NGƯỜI ĐẠI DIỆN)', 628),
      on('BÊN NHẬN BẢO ĐẢM/SECURED PARTY NAME', 600),
      on('(HOẶC NGƯỜI ĐẠI DIỆN, NGƯỜI/OR', 588),
    ];
    // A second page goes on with the last block's wrapped line at its head.
    const next = [on('REPRESENTATIVE)', 760), ...page([LOREM], 90, 740).items];
    expect(text([items, next])).toEqual([
      LOREM,
      'BÊN NHẬN BẢO ĐẢM VÀ BÊN KHÁC',
      '(HOẶC NGƯỜI ĐẠI DIỆN)',
      'BÊN NHẬN BẢO ĐẢM/SECURED PARTY NAME (HOẶC NGƯỜI ĐẠI DIỆN, NGƯỜI/OR REPRESENTATIVE)',
      LOREM,
    ]);
  });

  it('keeps a signing title in capitals apart from the instruction below it on the same axis', () => {
    // Centred in the right half and reaching the margin, the title would seem to wrap onto the instruction.
    const onAxis = (l: string, y: number): PdfTextItem => item(l, 430 - l.length * 2.5, y);
    const items = [
      ...page([LOREM], 90, 760).items,
      onAxis('NGƯỜI ĐỀ NGHỊ (HOẶC NGƯỜI ĐẠI DIỆN)', 700),
      onAxis('Ký, ghi rõ họ và tên, chức danh (nếu có),', 688),
      onAxis('đóng dấu (nếu có)', 676),
    ];
    expect(text([items])).toEqual([
      LOREM,
      'NGƯỜI ĐỀ NGHỊ (HOẶC NGƯỜI ĐẠI DIỆN)',
      'Ký, ghi rõ họ và tên, chức danh (nếu có), đóng dấu (nếu có)',
    ]);
  });
});

describe('superscripts', () => {
  it('keeps a raised footnote marker inline at its place', () => {
    const items = [
      item('năm 2025', 72, 500, 12),
      item('[49]', 120, 506.5, 11.5),
      item('thì thực hiện theo phương án đã phê duyệt.', 146, 500, 12),
    ];
    expect(text([items])).toEqual(['năm 2025[49] thì thực hiện theo phương án đã phê duyệt.']);
  });

  it('puts a footnote number before its note, not on a line of its own', () => {
    const items = [item('1', 72, 103.9, 5.8), item('Ban hành kèm theo Nghị định này.', 78, 100)];
    expect(text([items])).toEqual(['1 Ban hành kèm theo Nghị định này.']);
  });

  it('keeps m2 as one word', () => {
    const items = [item('diện tích 298,3m', 72, 500), item('2', 152, 504, 6), item(' đất ở', 155, 500)];
    expect(text([items])).toEqual(['diện tích 298,3m2 đất ở']);
  });
});

describe('side-by-side blocks', () => {
  it('emits the document head as one table row of two cells', () => {
    const items = [
      item('CHÍNH PHỦ', 125, 776),
      item('-------', 143, 764),
      item('Số: 19/2019/NĐ-CP', 110, 752),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 277, 776),
      item('Độc lập - Tự do - Hạnh phúc', 312, 764),
      item('---------------', 360, 752),
      item('Hà Nội, ngày 19 tháng 02 năm 2019', 357, 741),
      item('NGHỊ ĐỊNH', 274, 706),
      ...page([LOREM, LOREM], 90, 680).items,
    ];
    expect(text([items])).toEqual([
      '',
      '\tCHÍNH PHỦ ------- Số: 19/2019/NĐ-CP',
      '\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Hà Nội, ngày 19 tháng 02 năm 2019',
      '',
      'NGHỊ ĐỊNH',
      LOREM,
      LOREM,
    ]);
  });

  it('emits the signature block as a row, the recipients continuing on the next page', () => {
    const first = [
      item('3. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.', 108, 300),
      item('Nơi nhận:', 72, 270),
      item('TM. CHÍNH PHỦ', 370, 270),
      item('- Ban Bí thư Trung ương Đảng;', 72, 258),
      item('THỦ TƯỚNG', 380, 258),
      item('- Thủ tướng, các Phó Thủ tướng;', 72, 246),
      item('- Văn phòng Quốc hội;', 72, 234),
      item('Nguyễn Văn A', 375, 234),
    ];
    const second = [item('- Lưu: VT, PL.', 72, 760), item('Phụ lục', 280, 700)];
    expect(text([first, second])).toEqual([
      '3. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.',
      '',
      '\tNơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng; - Văn phòng Quốc hội; - Lưu: VT, PL.',
      '\tTM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Văn A',
      '',
      'Phụ lục',
    ]);
  });

  it('splits a line of a side-by-side block where a narrow gap falls in the gutter between the cells', () => {
    const items = [
      item('BÊN BẢO ĐẢM', 110, 647),
      item('BÊN NHẬN BẢO ĐẢM', 355, 647),
      item('Ký, ghi rõ họ và tên,', 80, 635),
      item('Ký, ghi rõ họ và tên,', 311, 635),
      item('đóng dấu', 136, 623),
      item('đóng dấu', 367, 623),
    ];
    expect(text([items])).toEqual([
      '',
      '\tBÊN BẢO ĐẢM Ký, ghi rõ họ và tên, đóng dấu',
      '\tBÊN NHẬN BẢO ĐẢM Ký, ghi rõ họ và tên, đóng dấu',
    ]);
  });

  // A DOCX reads a block in a row that draws nothing as lines (docx-layout-rows.ts), and nothing on the page shows
  // a cell around it: the PDF reads it as lines too, whatever the blocks above it.
  it('reads a centred signature block below two side by side as lines of its own', () => {
    const sign = 'Ký, ghi rõ họ và tên, đóng dấu (nếu có)';
    const items = [
      item('BÊN BẢO ĐẢM', 110, 647),
      item('BÊN NHẬN BẢO ĐẢM', 355, 647),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 96, 635),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 345, 635),
      item(sign, 72, 623),
      item(sign, 311, 623),
      item('QUẢN TÀI VIÊN, DOANH NGHIỆP QUẢN LÝ TÀI SẢN', 187, 580),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 242, 568),
      item(sign, 200, 556),
      item('PHẦN CHỨNG NHẬN CỦA CƠ QUAN ĐĂNG KÝ', 210, 500),
    ];
    expect(text([items])).toEqual([
      '',
      `\tBÊN BẢO ĐẢM (HOẶC NGƯỜI ĐẠI DIỆN) ${sign}`,
      `\tBÊN NHẬN BẢO ĐẢM (HOẶC NGƯỜI ĐẠI DIỆN) ${sign}`,
      '',
      'QUẢN TÀI VIÊN, DOANH NGHIỆP QUẢN LÝ TÀI SẢN (HOẶC NGƯỜI ĐẠI DIỆN)',
      sign,
      'PHẦN CHỨNG NHẬN CỦA CƠ QUAN ĐĂNG KÝ',
    ]);
  });

  it('reads a block under the right-hand cell, room left to sign above it, as lines of its own', () => {
    const sign = 'Ký, ghi rõ họ và tên, đóng dấu (nếu có)';
    // The right-hand column is centred on 413; the third block starts six pitches below the row.
    const right = (t: string, y: number): PdfTextItem => item(t, 413 - t.length * 2.5, y);
    const items = [
      item('BÊN BẢO ĐẢM', 110, 647),
      right('BÊN NHẬN BẢO ĐẢM', 647),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 96, 635),
      right('(HOẶC NGƯỜI ĐẠI DIỆN)', 635),
      item(sign, 72, 623),
      right(sign, 623),
      right('NGƯỜI YÊU CẦU ĐĂNG KÝ KHÁC', 553),
      right('(HOẶC NGƯỜI ĐẠI DIỆN)', 541),
      right(sign, 529),
      item('PHẦN CHỨNG NHẬN CỦA CƠ QUAN ĐĂNG KÝ', 210, 470),
    ];
    expect(text([items])).toEqual([
      '',
      `\tBÊN BẢO ĐẢM (HOẶC NGƯỜI ĐẠI DIỆN) ${sign}`,
      `\tBÊN NHẬN BẢO ĐẢM (HOẶC NGƯỜI ĐẠI DIỆN) ${sign}`,
      '',
      'NGƯỜI YÊU CẦU ĐĂNG KÝ KHÁC (HOẶC NGƯỜI ĐẠI DIỆN)',
      sign,
      'PHẦN CHỨNG NHẬN CỦA CƠ QUAN ĐĂNG KÝ',
    ]);
  });

  it('takes the line just above a block, its two titles close together, as the block first line cut at the gutter', () => {
    const items = [
      item('Người yêu cầu đăng ký cam kết trung thực.', 72, 400),
      // The two titles are set 9 pt apart: closer than a column gap, so the line reads as one segment.
      item('BÊN BẢO ĐẢM/SECURING PARTY', 95, 362),
      item('BÊN NHẬN BẢO ĐẢM/SECURED PARTY', 234, 362),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 110, 350),
      item('(HOẶC NGƯỜI ĐẠI DIỆN)', 330, 350),
      item('Ký, ghi rõ họ tên', 120, 338),
      item('Ký, ghi rõ họ tên', 340, 338),
    ];
    expect(text([items])).toEqual([
      'Người yêu cầu đăng ký cam kết trung thực.',
      '',
      '\tBÊN BẢO ĐẢM/SECURING PARTY (HOẶC NGƯỜI ĐẠI DIỆN) Ký, ghi rõ họ tên',
      '\tBÊN NHẬN BẢO ĐẢM/SECURED PARTY (HOẶC NGƯỜI ĐẠI DIỆN) Ký, ghi rõ họ tên',
    ]);
  });

  it('ends a side-by-side block at a page that ended with room for more: the next page opens anew', () => {
    const sign = 'Ký, ghi rõ họ và tên, đóng dấu (nếu có)';
    const row = [
      item('BÊN BẢO ĐẢM', 110, 300),
      item('BÊN NHẬN BẢO ĐẢM', 355, 300),
      item(sign, 72, 288),
      item(sign, 311, 288),
    ];
    // The block under the left cell atop the next page, as the page break left it.
    const next = [item('QUẢN TÀI VIÊN', 130, 760), item(sign, 72, 748)];
    // The first page's body reaches down to 100 on another page: 300 left room for more lines.
    const full = [...page([LOREM, LOREM], 90, 124).items];
    const rows = ['', `\tBÊN BẢO ĐẢM ${sign}`, `\tBÊN NHẬN BẢO ĐẢM ${sign}`, ''];
    expect(text([full, row, next]).slice(2)).toEqual([...rows, 'QUẢN TÀI VIÊN', sign]);
    // Ending at the foot, the row goes on: its left cell takes the lines below it.
    const atFoot = row.map((i) => ({ ...i, y: i.y - 188 }));
    expect(text([full, atFoot, next]).slice(2)).toEqual([
      '',
      `\tBÊN BẢO ĐẢM ${sign} QUẢN TÀI VIÊN ${sign}`,
      `\tBÊN NHẬN BẢO ĐẢM ${sign}`,
    ]);
  });

  it('ends a signature row at a typed footnote rule, on its page or atop the next', () => {
    const head = [
      item('Nơi nhận:', 72, 700),
      item('NGƯỜI CÓ THẨM QUYỀN', 345, 700),
      item('- Như trên;', 72, 688),
      item('(Ký, ghi rõ họ và tên)', 330, 688),
      item('- Lưu: VT.', 72, 676),
    ];
    const rule = '______________';
    const note = '1Ban hành kèm theo Nghị định số 99/2022/NĐ-CP.';
    const row = [
      '',
      '\tNơi nhận: - Như trên; - Lưu: VT.',
      '\tNGƯỜI CÓ THẨM QUYỀN (Ký, ghi rõ họ và tên)',
      '',
    ];
    expect(text([[...head, item(rule, 108, 664), item(note, 108, 646)]])).toEqual([...row, rule, note]);
    expect(text([head, [item(rule, 108, 760), item(note, 108, 742)]])).toEqual([...row, rule, note]);
  });

  it('keeps a form number at the right margin apart though fill-in lines run past that margin', () => {
    const items = [
      item('Mẫu số 06a', 470, 760),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 212, 748),
      item('Độc lập - Tự do - Hạnh phúc', 230, 736),
      ...page([LOREM, LOREM], 90, 700).items,
      item(`Họ và tên:${'.'.repeat(84)}`, 72, 600),
      item(`Số điện thoại:${'.'.repeat(80)}`, 72, 582),
    ];
    expect(text([items]).slice(0, 2)).toEqual(['Mẫu số 06a', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('keeps options set with a tab stop as lines, and a full-width line out of the columns above it', () => {
    const items = [
      ...page([LOREM], 90, 560).items,
      item('□ Hộ chiếu', 108, 508),
      item('□ Thẻ thường trú', 199, 508),
      item('□ Mã số thuế', 108, 491),
      item(`Số:${'.'.repeat(70)}`, 108, 473),
      item(`Cơ quan cấp:${'.'.repeat(60)}`, 108, 456),
    ];
    expect(text([items])).toEqual([
      LOREM,
      '□ Hộ chiếu □ Thẻ thường trú',
      '□ Mã số thuế',
      `Số:${'.'.repeat(70)}`,
      `Cơ quan cấp:${'.'.repeat(60)}`,
    ]);
  });

  it('keeps a line split only by wide blanks (a date to fill in), with no line beside it below, as a line', () => {
    const items = [
      item('SOCIALIST REPUBLIC OF VIETNAM', 220, 620),
      item(',(day)', 230, 600),
      item('(month)', 300, 600),
      item('(year)', 370, 600),
      item('PHIẾU YÊU CẦU ĐĂNG KÝ', 240, 570),
    ];
    expect(text([items])).toEqual([
      'SOCIALIST REPUBLIC OF VIETNAM',
      ',(day) (month) (year)',
      'PHIẾU YÊU CẦU ĐĂNG KÝ',
    ]);
  });

  it('keeps the last line of a paragraph with a wide blank in it in the paragraph, not as a row', () => {
    // 90 characters: the line reaches the right margin.
    const full = 'Văn bản thông báo số:…, ngày…tháng…năm… của cơ quan A đã được khôi phục theo Bản án, Quyết';
    const items = [
      ...page([LOREM], 90, 560).items,
      item(full, 72, 500),
      item('định', 72, 488),
      item('…17của…', 160, 488),
      item('Tổ chức/Cá nhân…18đang giữ Giấy chứng nhận…19nộp lại', 108, 470),
    ];
    expect(text([items]).slice(1)).toEqual([
      `${full} định …17của…`,
      'Tổ chức/Cá nhân…18đang giữ Giấy chứng nhận…19nộp lại',
    ]);
  });

  it('reads a page set in two columns of running text column by column, not as a table', () => {
    const para = (n: number): string =>
      `${String(n)}. ${LOREM.slice(0, 60)} khoản ${String(n)} của điều này được áp dụng chung cho mọi trường hợp`;
    const left = [para(1), para(2), para(3), para(4)].flatMap((p) =>
      wrap(p, 40, 36).map((l, i) => ({ l, i })),
    );
    const right = [para(5), para(6), para(7), para(8)].flatMap((p) =>
      wrap(p, 40, 36).map((l, i) => ({ l, i })),
    );
    const items = [
      ...left.map(({ l, i }, n) => item(l, i === 0 ? 92 : 72, 760 - n * 12)),
      ...right.map(({ l, i }, n) => item(l, i === 0 ? 332 : 312, 760 - n * 12)),
    ];
    expect(text([items])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(para));
  });

  it('does not split a line at an ordinary space item that spans a narrow gap', () => {
    const items = [
      item('Mẫu số 05a', 72, 500),
      { ...item(' ', 122, 500), width: 14, height: 0 },
      item('Phiếu', 136, 500),
    ];
    expect(text([items])).toEqual(['Mẫu số 05a Phiếu']);
  });
});

describe('page furniture', () => {
  it('drops page numbers in their usual forms and headers repeated on most pages', () => {
    const numbers = ['1', '- 2 -', 'Trang 3', '4/5', 'Page 5 of 5'];
    const body = [
      'Chương I',
      'Điều 1. Phạm vi',
      'Điều 2. Đối tượng',
      'Điều 3. Giải thích',
      'Điều 4. Hiệu lực',
    ];
    const pages = numbers.map((n, p) => [
      item('CÔNG BÁO/Số 12/Ngày 3-1-2020', 72, 800),
      item(body[p] ?? '', 72, 700),
      item(n, 290, 40),
    ]);
    expect(text(pages)).toEqual(body);
  });

  it('drops running headers that change with the chapter but carry the page number', () => {
    const chapters = ['Chương I', 'Chương I', 'Chương II', 'Chương II', 'Chương III'];
    const pages = chapters.map((c, p) => [
      item(`${c}: Quy định chung`, 72, 800),
      item(String(p + 11), 520, 800),
      item(`Điều ${String(p + 1)}. Nội dung`, 72, 700),
    ]);
    expect(text(pages)).toEqual([1, 2, 3, 4, 5].map((n) => `Điều ${String(n)}. Nội dung`));
  });

  it('keeps a number that is part of the text', () => {
    expect(
      text([[item('Danh sách:', 72, 700), item('12', 72, 680), item('Điều 2. Hiệu lực', 72, 660)]]),
    ).toContain('12');
  });
});

describe('scans', () => {
  it('calls a text layer with a few characters per page a scan', () => {
    expect(looksScanned('', 3)).toBe(true);
    expect(looksScanned('Đã ký', 31)).toBe(true);
    expect(looksScanned(LOREM, 1)).toBe(false);
  });
});
