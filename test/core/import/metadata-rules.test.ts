// The rules metadata detection follows, on synthetic heads and signature blocks in every layout real files use
// (a header table's cells, one line per paragraph, a PDF's shared column lines), and the kind vocabulary.
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  documentKindLabel,
  kindsOfNumber,
} from '../../../electron/core/corpus/document-kinds';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { dateAfterLast } from '../../../electron/core/import/dates';
import { detectMetadata } from '../../../electron/core/import/detect-metadata';
import { proposeDocId } from '../../../electron/core/import/doc-id';
import { readHead, titleFromHead } from '../../../electron/core/import/head-lines';
import { parseImportText } from '../../../electron/core/import/preview';
import { signerOf } from '../../../electron/core/import/signer';
import { capitaliseActNames, viIssuer, viOrganisation } from '../../../electron/core/import/vi-case';

const source = { fileName: 'x.txt', format: 'txt' as const, fileSha256: '0'.repeat(64) };

/** The same decree head in the three layouts. */
const HEADS = {
  cells: [
    'CHÍNH PHỦ ------- Số: 19/2019/NĐ-CP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Hà Nội, ngày 19 tháng 02 năm 2019',
    'NGHỊ ĐỊNH',
    'VỀ HỌ, HỤI, BIÊU, PHƯỜNG',
  ],
  lines: [
    'CHÍNH PHỦ',
    '-------',
    'Số: 19/2019/NĐ-CP',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    'Hà Nội, ngày 19 tháng 02 năm 2019',
    'NGHỊ ĐỊNH',
    'VỀ HỌ, HỤI, BIÊU, PHƯỜNG',
  ],
  columns: [
    'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '------- Độc lập - Tự do - Hạnh phúc',
    'Số: 19/2019/NĐ-CP ---------------',
    'Hà Nội, ngày 19 tháng 02 năm 2019',
    'NGHỊ ĐỊNH',
    'VỀ HỌ, HỤI, BIÊU, PHƯỜNG',
  ],
};

describe('the head, as tables, lines or PDF columns', () => {
  for (const [layout, lines] of Object.entries(HEADS)) {
    it(`reads issuer, number, date, kind and name from ${layout}`, () => {
      const head = readHead(lines.join('\n'));
      expect(head).toMatchObject({
        issuer: 'CHÍNH PHỦ',
        numbers: ['19/2019/NĐ-CP'],
        dated: '2019-02-19',
        kind: 'decree',
        name: 'VỀ HỌ, HỤI, BIÊU, PHƯỜNG',
      });
      expect(titleFromHead(head, 'vi')).toBe('Nghị định về họ, hụi, biêu, phường');
    });
  }

  it('stops the name at a separator, a case change or the preamble, and reads a number without a year', () => {
    const resolution = readHead(
      'NGHỊ QUYẾT\nHƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH\n------------\nHỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO',
    );
    expect(resolution.name).toBe('HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH');
    const consolidated = readHead(
      'VĂN PHÒNG QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 44/VBHN-VPQH Hà Nội, ngày 16 tháng 3 năm 2026\nLUẬT\nĐẤT ĐAI\nLuật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội',
    );
    expect(consolidated).toMatchObject({
      issuer: 'VĂN PHÒNG QUỐC HỘI',
      numbers: ['44/VBHN-VPQH'],
      dated: '2026-03-16',
      kind: 'law',
      name: 'ĐẤT ĐAI',
    });
    expect(titleFromHead(consolidated, 'vi')).toBe('Luật Đất đai');
  });

  it('reads a "Luật số:" clause, a precedent\'s "ÁN LỆ SỐ" and a Legal Code topic', () => {
    expect(readHead('QUỐC HỘI -------- Luật số: 91/2015/QH13\nBỘ LUẬT\nDÂN SỰ')).toMatchObject({
      issuer: 'QUỐC HỘI',
      numbers: ['91/2015/QH13'],
      kind: 'code',
      name: 'DÂN SỰ',
    });
    expect(readHead('ÁN LỆ SỐ 43/2021/AL')).toMatchObject({ kind: 'precedent', numbers: ['43/2021/AL'] });
    const topic = readHead('Đề mục 1.11\nAn ninh mạng\n(Xem Danh mục văn bản pháp điển vào đề mục: )');
    expect(topic).toMatchObject({ kind: 'codification', topic: '1.11', name: 'An ninh mạng' });
    expect(titleFromHead(topic, 'vi')).toBe('An ninh mạng');
  });
});

describe('Vietnamese proper case', () => {
  it('capitalises the names of Codes, Laws and Ordinances, also inside a title, and nothing else', () => {
    const title = (kindWord: string, name: string): string | null =>
      titleFromHead({ ...readHead(`${kindWord}\n${name}`) }, 'vi');
    expect(title('BỘ LUẬT', 'DÂN SỰ')).toBe('Bộ luật Dân sự');
    expect(title('LUẬT', 'BẢO VỆ DỮ LIỆU CÁ NHÂN')).toBe('Luật Bảo vệ dữ liệu cá nhân');
    expect(title('PHÁP LỆNH', 'CHI PHÍ TỐ TỤNG')).toBe('Pháp lệnh Chi phí tố tụng');
    expect(title('NGHỊ ĐỊNH', 'QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI')).toBe(
      'Nghị định quy định chi tiết một số điều của Luật Đất đai',
    );
    expect(title('NGHỊ ĐỊNH', 'Quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ')).toBe(
      'Nghị định quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ',
    );
    expect(title('LUẬT', 'HÀNG KHÔNG DÂN DỤNG VIỆT NAM')).toBe('Luật Hàng không dân dụng Việt Nam');
    expect(title('HIẾN PHÁP', 'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(
      'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(capitaliseActNames('quy định của pháp luật về lãi; luật này; luật sửa đổi')).toBe(
      'quy định của pháp luật về lãi; luật này; luật sửa đổi',
    );
  });

  it('spells an issuer as the text does, else by the rule for organisations', () => {
    expect(viIssuer('CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ;\nChính phủ ban hành Nghị định.')).toBe(
      'Chính phủ',
    );
    expect(viIssuer('QUỐC HỘI', 'không có')).toBe('Quốc hội');
    expect(viOrganisation('VĂN PHÒNG QUỐC HỘI')).toBe('Văn phòng Quốc hội');
    expect(viOrganisation('HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO')).toBe(
      'Hội đồng Thẩm phán Tòa án nhân dân tối cao',
    );
    expect(viOrganisation('BỘ TƯ PHÁP')).toBe('Bộ Tư pháp');
    expect(viOrganisation('ỦY BAN NHÂN DÂN')).toBe('Ủy ban nhân dân');
  });
});

describe('the signer', () => {
  const recipients = 'Nơi nhận: - Ban Bí thư Trung ương Đảng; - Văn phòng Quốc hội; - Lưu: VT, PL (2b).';
  it("is the name ending the signer's cell, never a recipient", () => {
    expect(signerOf(`${recipients}\nTM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc`)).toBe('Nguyễn Xuân Phúc');
    expect(signerOf(`${recipients}\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Tiến Dũng`)).toBe('Trần Tiến Dũng');
    expect(signerOf('XÁC THỰC VĂN BẢN HỢP NHẤT\nCHỦ NHIỆM\nLê Quang Mạnh')).toBe('Lê Quang Mạnh');
    expect(signerOf('CHỦ TỊCH QUỐC HỘI\n(Đã ký)\nNguyễn Sinh Hùng')).toBe('Nguyễn Sinh Hùng');
    expect(signerOf(recipients)).toBeNull();
    // A signature row as one line: cells split by a tab, or run together after the last recipient.
    expect(signerOf(`${recipients}\tTM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc`)).toBe('Nguyễn Xuân Phúc');
    expect(signerOf(`${recipients} TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc`)).toBe('Nguyễn Xuân Phúc');
    expect(signerOf('Nơi nhận: - UBND tỉnh Hà Giang; - Ngân hàng Phát triển Việt Nam')).toBeNull();
  });

  it('is read from PDF lines the two columns share', () => {
    const block = [
      'Nơi nhận: TM. CHÍNH PHỦ',
      '- Ban Bí thư Trung ương Đảng; KT. THỦ TƯỚNG',
      '- Thủ tướng, các Phó Thủ tướng Chính phủ; PHÓ THỦ TƯỚNG',
      '- Các bộ, cơ quan ngang bộ, cơ quan thuộc',
      'Chính phủ;',
      '- Văn phòng Chủ tịch nước; Phạm Bình Minh',
      '- Ngân hàng Phát triển Việt Nam;',
      '- Lưu: VT, PL (2b).',
    ].join('\n');
    expect(signerOf(block)).toBe('Phạm Bình Minh');
  });

  it('outside a signature node, needs a known signing authority', () => {
    expect(signerOf('NHỮNG QUY ĐỊNH CHUNG Nguyễn Văn An', true)).toBeNull();
    expect(signerOf('CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng', true)).toBe('Nguyễn Sinh Hùng');
  });
});

describe('the kind vocabulary', () => {
  it('labels every kind in both languages, with the Vietnamese names of expected.json', () => {
    expect(DOCUMENT_KIND_IDS).toHaveLength(new Set(DOCUMENT_KIND_IDS).size);
    for (const k of DOCUMENT_KINDS) expect([k.en.length > 0, k.vi.length > 0]).toEqual([true, true]);
    expect(
      (['code', 'decree', 'resolution', 'consolidated', 'precedent', 'codification'] as const).map((k) =>
        documentKindLabel(k, 'vi'),
      ),
    ).toEqual(['Bộ luật', 'Nghị định', 'Nghị quyết', 'Văn bản hợp nhất', 'Án lệ', 'Pháp điển']);
  });

  it('tells kinds apart by the number suffix', () => {
    expect(kindsOfNumber('19/2019/NĐ-CP')).toEqual(['decree']);
    expect(kindsOfNumber('91/2015/QH13')).toEqual(['law', 'code', 'resolution']);
    expect(kindsOfNumber('01/2019/NQ-HĐTP')).toEqual(['resolution']);
    expect(kindsOfNumber('01/2021/TT-BCA')).toEqual(['circular']);
    expect(kindsOfNumber('02/2020/TTLT-BCA-BQP')).toEqual(['joint-circular']);
    expect(kindsOfNumber('42/QĐ-CA')).toEqual(['decision']);
    expect(kindsOfNumber('44/VBHN-VPQH')).toEqual(['consolidated']);
    expect(kindsOfNumber('43/2021/AL')).toEqual(['precedent']);
    expect(kindsOfNumber('01/2022/UBTVQH15')).toEqual(['ordinance']);
  });

  it('gives ids by kind and number, with or without a year', () => {
    expect(proposeDocId({ kind: 'code', number: '91/2015/QH13', title: 'x' })).toBe('code-91-2015');
    expect(proposeDocId({ kind: 'consolidated', number: '44/VBHN-VPQH', title: 'x' })).toBe(
      'consolidated-44-vbhn-vpqh',
    );
  });
});

describe('detection end to end', () => {
  it('takes the issue date from the closing "thông qua ngày" when the head has none', () => {
    expect(dateAfterLast('được thông qua ngày 24 tháng 11 năm 2015.', /thông qua/u)).toBe('2015-11-24');
    const code = [
      'QUỐC HỘI',
      'Luật số: 91/2015/QH13',
      'BỘ LUẬT',
      'DÂN SỰ',
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
      'Quốc hội ban hành Bộ luật dân sự.',
      'Điều 1. Bảo vệ quyền dân sự thông qua cơ quan có thẩm quyền',
      'Quyền dân sự được bảo vệ.',
      'Điều 2. Hiệu lực thi hành',
      'Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2017.',
      'Bộ luật này đã được Quốc hội khóa XIII, kỳ họp thứ 10 thông qua ngày 24 tháng 11 năm 2015.',
      'CHỦ TỊCH QUỐC HỘI',
      'Nguyễn Sinh Hùng',
    ].join('\n');
    expect(parseImportText(code, source).document).toMatchObject({
      docId: 'code-91-2015',
      kind: 'code',
      title: 'Bộ luật Dân sự',
      shortTitle: 'Bộ luật 91/2015/QH13',
      issuer: 'Quốc hội',
      signer: 'Nguyễn Sinh Hùng',
      issued: '2015-11-24',
      effective: '2017-01-01',
    });
  });

  it("reads a precedent's number and kind from prose", () => {
    const precedent = [
      'ÁN LỆ SỐ 43/2021/AL',
      'Về hiệu lực của hợp đồng thế chấp',
      'Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 24 tháng 02 năm 2021.',
      'Nguồn án lệ: một quyết định giám đốc thẩm.',
    ].join('\n\n');
    const { document, structure } = parseImportText(precedent, source);
    expect(structure).toBe('prose');
    expect(document).toMatchObject({ kind: 'precedent', number: '43/2021/AL', issued: '2021-02-24' });
  });

  it('warns when the head gives several numbers or the number and the head word disagree', () => {
    const text = (head: string): string =>
      `${head}\nCăn cứ Luật Tổ chức Chính phủ;\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày 01 tháng 7 năm 2020.`;
    const several = parseImportText(
      text(
        'CHÍNH PHỦ\nSố: 5/2020/NĐ-CP\nSố: 6/2020/NĐ-CP\nHà Nội, ngày 01 tháng 3 năm 2020\nNGHỊ ĐỊNH\nVỀ THỬ',
      ),
      source,
    );
    expect(several.document.number).toBe('5/2020/NĐ-CP');
    expect(several.warnings.map((w) => w.code)).toContain('metadata-uncertain');
    const clash = parseImportText(
      text('CHÍNH PHỦ\nSố: 5/2020/NĐ-CP\nHà Nội, ngày 01 tháng 3 năm 2020\nTHÔNG TƯ\nVỀ THỬ'),
      source,
    );
    expect(clash.document.kind).toBe('decree');
    expect(clash.warnings.find((w) => w.code === 'metadata-uncertain')?.message).toMatch(/Circular/u);
    // A note about a field the user set is dropped.
    const edited = parseImportText(
      text('CHÍNH PHỦ\nSố: 5/2020/NĐ-CP\nHà Nội, ngày 01 tháng 3 năm 2020\nTHÔNG TƯ\nVỀ THỬ'),
      source,
      { kind: 'circular' },
    );
    expect(edited.warnings.map((w) => w.code)).not.toContain('metadata-uncertain');
  });

  it('gives NFC metadata from decomposed text', () => {
    const node = (kind: CorpusNode['kind'], eId: string, text: string, order: number): CorpusNode => ({
      docId: 'd',
      eId,
      parentEId: null,
      kind,
      num: null,
      heading: null,
      text: text.normalize('NFD'),
      order,
      depth: 0,
      cells: null,
    });
    const meta = detectMetadata(
      [
        node('title', 'title', 'CHÍNH PHỦ\nSố: 19/2019/NĐ-CP\nNGHỊ ĐỊNH\nVỀ HỌ, HỤI, BIÊU, PHƯỜNG', 0),
        node('article', 'art_1', 'Chính phủ ban hành.', 1),
        node('signature', 'signature', 'TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc', 2),
      ],
      'vi',
      { fileName: 'nghị-định.docx'.normalize('NFD'), format: 'docx' },
    );
    expect(meta).toMatchObject({
      number: '19/2019/NĐ-CP',
      title: 'Nghị định về họ, hụi, biêu, phường',
      issuer: 'Chính phủ',
      signer: 'Nguyễn Xuân Phúc',
    });
    for (const v of [meta.title, meta.shortTitle, meta.number, meta.issuer, meta.signer, meta.source])
      expect(v === null || v === v.normalize('NFC')).toBe(true);
  });
});
