// PDF text extraction on real files from ../shared/real-docs: LibreOffice's PDF export of a DOCX gives the
// DOCX's text, footnote markers stay inline, wrapped headings are rejoined, prose has real paragraphs, and a scan
// is refused. Skipped, with a note, in a clone without the shared folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';

const DIR = join(import.meta.dirname, '../../../../shared/real-docs');
const HAVE = existsSync(DIR);
if (!HAVE) console.warn(`Skipping real PDF extraction tests: ${DIR} is absent (a clone without ../shared).`);

/** The extracted text of a real file. */
async function extract(file: string): Promise<string> {
  return (await extractText(new Uint8Array(readFileSync(join(DIR, file))), file)).text;
}

/** Lines with runs of whitespace collapsed, blank lines left out (a cell's tab becomes part of the comparison). */
const normalised = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => (l.startsWith('\t') ? '\t' : '') + l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l.trim() !== '');

/** The lines before the appendix ("Phụ lục" on a line of its own). */
const beforeAppendix = (lines: readonly string[]): string[] => {
  const end = lines.findIndex((l) => /^Phụ lục$/iu.test(l));
  return end < 0 ? [...lines] : lines.slice(0, end);
};

describe.skipIf(!HAVE)('real PDFs', () => {
  const texts = new Map<string, string>();
  const text = (file: string): string => texts.get(file) ?? '';
  beforeAll(async () => {
    for (const f of [
      'nghi-dinh-19-2019-nd-cp.docx',
      'nghi-dinh-19-2019-nd-cp.pdf',
      'nghi-dinh-99-2022-nd-cp.docx',
      'nghi-dinh-99-2022-nd-cp.pdf',
      'van-ban-hop-nhat-44-vbhn-vpqh-luat-dat-dai.pdf',
      'an-le-43-2021-al.pdf',
    ])
      texts.set(f, await extract(f));
  }, 120_000);

  it('gives Decree 19 as a PDF the same lines as its DOCX, head and signature as table cells', () => {
    const docx = normalised(text('nghi-dinh-19-2019-nd-cp.docx'));
    const pdf = normalised(text('nghi-dinh-19-2019-nd-cp.pdf'));
    expect(pdf).toEqual(docx);
    expect(pdf.slice(0, 2)).toEqual([
      '\tCHÍNH PHỦ ------- Số: 19/2019/NĐ-CP',
      '\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Hà Nội, ngày 19 tháng 02 năm 2019',
    ]);
  });

  it('gives Decree 99 as a PDF the same lines as its DOCX up to the appendix, wrapped headings rejoined', () => {
    const docx = beforeAppendix(normalised(text('nghi-dinh-99-2022-nd-cp.docx')));
    const pdf = beforeAppendix(normalised(text('nghi-dinh-99-2022-nd-cp.pdf')));
    expect(pdf).toEqual(docx);
    // Printed as "… của Văn phòng đăng ký" with "đất đai" wrapped onto the next line.
    expect(pdf).toContain('Điều 25. Trường hợp đăng ký thuộc thẩm quyền của Văn phòng đăng ký đất đai');
    expect(pdf.filter((l) => /^Điều \d+\./u.test(l)).length).toBeGreaterThan(50);
    expect(pdf.find((l) => l.startsWith('\tNơi nhận:'))).toContain('- Ban Bí thư Trung ương Đảng;');
    expect(pdf).toContain('\tTM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Bình Minh');
  });

  it('reads the drawn tables of the Decree 99 appendix as cells', () => {
    const docx = normalised(text('nghi-dinh-99-2022-nd-cp.docx'));
    const pdf = normalised(text('nghi-dinh-99-2022-nd-cp.pdf'));
    // The list of forms: one row per form, its number and its title in two cells, as in the DOCX.
    const rows = (lines: string[]): string[] => lines.filter((l) => /^\tMẫu số \d+\s?\p{L}$/u.test(l));
    expect(rows(pdf)).toEqual(rows(docx));
    expect(rows(pdf).length).toBeGreaterThan(40);
    expect(pdf).toContain('\tPhiếu yêu cầu chuyển tiếp đăng ký thế chấp');
    // Cells a page break cut are one cell again, as in the DOCX; the list's rows at a break stay apart.
    const cut = (lines: string[], start: string): string | undefined =>
      lines.find((l) => l.startsWith(start));
    for (const start of [
      '\t4. Bên nhận bảo đảm13 4.1.',
      '\t□ Cách thức điện tử (nếu pháp luật quy định):',
      '\t□Nhận trực tiếp tại cơ quan đăng ký.',
      '\t4. Bên nhận thế chấp11',
      '\t7. Yêu cầu chuyển tiếp đăng ký thế chấp',
      '\t3. Mô tả tài sản bảo đảm4/Description of security asset',
    ]) {
      expect(cut(pdf, start)).toBeDefined();
      expect(cut(pdf, start)).toBe(cut(docx, start));
    }
    // A form's number set against the right margin is a line of its own, as in the DOCX.
    expect(pdf).toContain('Mẫu số 01b/Form No 01b1');
    expect(pdf).toContain('Mẫu số 07a1');
    expect(pdf).toContain('\tMẫu số 08b');
    expect(pdf).toContain('\tMẫu số 09b');
  });

  it('keeps the Land Law footnote markers inline and has no line made of a marker alone', () => {
    const lines = normalised(text('van-ban-hop-nhat-44-vbhn-vpqh-luat-dat-dai.pdf'));
    expect(lines.filter((l) => /^\[\d+\]$/u.test(l))).toEqual([]);
    expect(lines.some((l) => l.includes('năm 2025 thì thực hiện theo phương án đã phê duyệt.[49]'))).toBe(
      true,
    );
    expect(lines.some((l) => /^\[50\] Khoản này được sửa đổi/u.test(l))).toBe(true);
    // Wrapped lines are joined: a clause is one line, not one line per printed line.
    expect(lines.filter((l) => /^Điều \d+\./u.test(l)).length).toBeGreaterThan(200);
    const broken = lines.filter(
      (l, i) => /[\p{Ll},]$/u.test(l) && /^\p{Ll}/u.test(lines[i + 1] ?? '') && !l.startsWith('\t'),
    );
    expect(broken.length).toBeLessThan(5);
  });

  it('drops the Land Law running page numbers', () => {
    const lines = normalised(text('van-ban-hop-nhat-44-vbhn-vpqh-luat-dat-dai.pdf'));
    expect(lines.filter((l) => /^\d{1,3}$/u.test(l))).toEqual([]);
  });

  it('gives the precedent real paragraphs', () => {
    const lines = normalised(text('an-le-43-2021-al.pdf'));
    expect(lines.length).toBeLessThan(70);
    expect(lines).toContain(
      'Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 24 tháng 02 năm 2021 và được công bố theo Quyết định số 42/QĐ-CA ngày 12 tháng 3 năm 2021 của Chánh án Tòa án nhân dân tối cao.',
    );
    expect(lines.filter((l) => /^\d+$/u.test(l))).toEqual([]);
    const broken = lines.filter((l, i) => /[\p{Ll},]$/u.test(l) && /^\p{Ll}/u.test(lines[i + 1] ?? ''));
    expect(broken.length).toBeLessThan(4);
  });

  it('refuses the scan with the clear message', async () => {
    const error = await extract('scan-59-nd.pdf').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).message).toContain('this PDF has no text layer; it is probably a scan');
  });
});
