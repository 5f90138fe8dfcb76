// Metadata detection on fixture acts in both languages, and the date reader it relies on.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/core/import/dates';
import { parseImportText } from '../../../electron/core/import/preview';
import { EN_DECREE, VI_DECREE } from './fixtures/legal-texts';

const source = { fileName: 'x.txt', format: 'txt' as const, fileSha256: '0'.repeat(64) };

describe('findDates', () => {
  it('reads Vietnamese, English and day-first numeric dates, and skips impossible ones', () => {
    const text =
      'ngày 05 tháng 3 năm 2031; June 19, 2015; 1st July 2025; 01/7/2025; February 30, 2020; ngày 31 tháng 4 năm 2024';
    expect(findDates(text).map((d) => d.iso)).toEqual([
      '2031-03-05',
      '2015-06-19',
      '2025-07-01',
      '2025-07-01',
    ]);
  });
});

describe('detectMetadata', () => {
  it('reads number, kind, title, issuer, signer, issue and effective dates from a Vietnamese decree', () => {
    const { document, detected } = parseImportText(VI_DECREE, source);
    expect(document).toMatchObject({
      docId: 'decree-17-2031',
      kind: 'decree',
      number: '17/2031/NĐ-CP',
      title: 'Nghị định quy định chi tiết về động viên công nghiệp',
      shortTitle: 'Nghị định 17/2031/NĐ-CP',
      issuer: 'Chính phủ',
      signer: 'Nguyễn Văn An',
      issued: '2031-03-05',
      effective: '2031-05-01',
      language: 'vi',
    });
    expect(detected.number).toBe('17/2031/NĐ-CP');
  });

  it('reads the same from the English translation ("No." line, "Hanoi, March 5, 2031", "comes into force")', () => {
    const { document } = parseImportText(EN_DECREE, source);
    expect(document).toMatchObject({
      docId: 'decree-17-2031',
      kind: 'decree',
      number: '17/2031/ND-CP',
      title: 'Decree Elaborating Industrial Mobilisation',
      issuer: 'The Government',
      signer: 'Nguyen Van An',
      issued: '2031-03-05',
      effective: '2031-05-01',
      language: 'en',
    });
  });

  it('takes a law number in the form 56/2024/QH15 and the passing date when the head has none', () => {
    const law = [
      'QUỐC HỘI',
      'Luật số: 56/2024/QH15',
      'LUẬT',
      'CÔNG NGHIỆP QUỐC PHÒNG, AN NINH VÀ ĐỘNG VIÊN CÔNG NGHIỆP',
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
      'Điều 1. Phạm vi điều chỉnh',
      'Luật này quy định về công nghiệp quốc phòng.',
      'Điều 2. Hiệu lực thi hành',
      'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.',
      'Luật này đã được Quốc hội khóa XV, kỳ họp thứ 7 thông qua ngày 27 tháng 6 năm 2024.',
    ].join('\n');
    const { document } = parseImportText(law, source);
    expect(document).toMatchObject({
      docId: 'law-56-2024',
      kind: 'law',
      number: '56/2024/QH15',
      issuer: 'Quốc hội',
      issued: '2024-06-27',
      effective: '2025-07-01',
    });
  });

  it('lets edits override detection and refuses a malformed id or date', () => {
    const { document } = parseImportText(VI_DECREE, source, { docId: 'nd-17', title: 'Tên khác' });
    expect(document.docId).toBe('nd-17');
    expect(document.title).toBe('Tên khác');
    expect(() => parseImportText(VI_DECREE, source, { docId: 'Bad Id' })).toThrow(/not a valid document id/u);
    expect(() => parseImportText(VI_DECREE, source, { issued: '2031-13-45' })).toThrow(/not a date/u);
  });

  it('uses the title and a title slug for prose, with the file name when there is no title', () => {
    const prose =
      'Industrial mobilisation in practice\nThe first paragraph explains the plan.\nThe second paragraph closes it.';
    const { document, structure } = parseImportText(prose, source);
    expect(structure).toBe('prose');
    expect(document.title).toBe('Industrial mobilisation in practice');
    expect(document.docId).toBe('industrial-mobilisation-in-practice');
    expect(document.number).toBeNull();
  });
});
