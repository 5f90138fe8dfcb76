// Footnotes of Word and LibreOffice files come in as the one endnote form the parser attaches ("[n]" inline,
// "[n] note" at the end), so a DOCX's footnotes become footnote nodes under their provision, even after an appendix.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/core/import/extract';
import { parseImportFile } from '../../../electron/core/import/preview';
import { makeDocx } from './fixtures/make-docx';

const paragraphs = [
  'NGHỊ ĐỊNH',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Điều 1. Phạm vi điều chỉnh',
  {
    text: '1. Nghị định này quy định về họ.',
    footnote: 'Khoản này được sửa đổi theo Nghị định số 10/2020/NĐ-CP.',
  },
  'Điều 2. Hiệu lực',
  { text: 'Nghị định này có hiệu lực từ ngày ký./.', footnote: 'Điều này được bổ sung.' },
  'PHỤ LỤC',
  'DANH MỤC',
];

describe('footnotes', () => {
  it('of a DOCX are footnote nodes under the provision with the marker, not text of the appendix', async () => {
    const p = await parseImportFile({ fileName: 'nd.docx', bytes: makeDocx(paragraphs) });
    const fn = p.nodes.filter((n) => n.kind === 'footnote');
    expect(fn.map((n) => [n.eId, n.parentEId, n.text])).toEqual([
      ['fn_1', 'art_1__cl_1', 'Khoản này được sửa đổi theo Nghị định số 10/2020/NĐ-CP.'],
      ['fn_2', 'art_2', 'Điều này được bổ sung.'],
    ]);
    expect(p.nodes.find((n) => n.eId === 'art_1__cl_1')?.text).toBe('Nghị định này quy định về họ.[1]');
    expect(p.nodes.find((n) => n.eId === 'annex_1')?.text).toBe('DANH MỤC');
  });

  it('of a LibreOffice HTML export read the same way', async () => {
    const html = [
      '<html><body><p>Điều 1. Phạm vi</p>',
      '<p>1. Văn bản này<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a> quy định.</p>',
      '<div id="sdfootnote1"><p><a class="sdfootnotesym" href="#sdfootnote1anc">1</a>Chú thích một.</p></div>',
      '</body></html>',
    ].join('');
    const { text } = await extractText(new TextEncoder().encode(html), 'x.html');
    expect(text.split('\n')).toEqual([
      'Điều 1. Phạm vi',
      '1. Văn bản này[1] quy định.',
      '[1] Chú thích một.',
    ]);
  });
});
