// A DOCX form's leader tabs (the dotted blanks Word draws to a tab stop) become "…" in the text, as its PDF export
// prints them, so the same form reads alike in both formats; the rules follow what the PDF export draws.
import { describe, expect, it } from 'vitest';
import { FILL_IN_BLANK } from '../../../electron/core/corpus/ingest/parse-annex';
import { markLeaderTabs } from '../../../electron/core/import/docx-tab-leaders';
import { extractText } from '../../../electron/core/import/extract';
import { docxWithBody } from './fixtures/make-docx';

const stops = (...at: [number, boolean][]): string =>
  `<w:tabs>${at.map(([pos, dot]) => `<w:tab w:val="left"${dot ? ' w:leader="dot"' : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const TAB = '<w:r><w:tab/></w:r>';
const para = (tabs: string, ...content: string[]): string =>
  `<w:p><w:pPr>${tabs}</w:pPr>${content.join('')}</w:p>`;
const cell = (width: number, ...paras: string[]): string =>
  `<w:tbl><w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc></w:tr></w:tbl>`;
/** The text of `xml` with each tab written as ⇥, as the check reads it. */
const text = (xml: string): string =>
  xml
    .replace(/<w:tab\/>/gu, '⇥')
    .replace(/<w:tabs>.*?<\/w:tabs>/gu, '')
    .replace(/<\/w:p>/gu, '¶')
    .replace(/<[^>]+>/gu, '');

describe('leader tabs of a DOCX', () => {
  it('writes a tab that reaches a dotted stop as a blank, and a tab to a plain stop as a tab', () => {
    const xml = para(
      stops([4000, true], [4200, false], [9000, true]),
      run('Tel:'),
      TAB,
      run(';'),
      TAB,
      run('Fax:'),
      TAB,
    );
    expect(text(markLeaderTabs(xml))).toBe(`Tel:${FILL_IN_BLANK};⇥Fax:${FILL_IN_BLANK}¶`);
  });

  it('leaves a paragraph without leader stops, and a paragraph of tabs alone, as they are', () => {
    const plain = para(stops([720, false]), run('3.'), TAB, run('Thuộc đối tượng'));
    const only = para(stops([8800, true]), TAB);
    expect(markLeaderTabs(plain + only)).toBe(plain + only);
  });

  it('in a table cell, drops stops past the cell edge and a leader that ends the paragraph', () => {
    const xml = cell(
      5000,
      para(stops([3000, true], [9000, true]), run('Số:'), TAB, run('; Fax:'), TAB),
      para(stops([4000, true]), run('Email:'), TAB),
    );
    expect(text(markLeaderTabs(xml))).toBe(`Số:${FILL_IN_BLANK}; Fax:⇥¶Email:⇥¶`);
    // The same paragraph on the page keeps its trailing blank.
    expect(text(markLeaderTabs(para(stops([4000, true]), run('Email:'), TAB)))).toBe(
      `Email:${FILL_IN_BLANK}¶`,
    );
  });

  it('sends a tab past a stop the text has already run beyond, to the next stop', () => {
    // "3. Số điện thoại/Tel: " (indented half an inch) ends far past the plain stop at 871: the tab reaches the
    // dotted stop at the margin, as the PDF export draws it.
    const indented = (tabs: string, ...content: string[]): string =>
      `<w:p><w:pPr>${tabs}<w:ind w:firstLine="720"/></w:pPr>${content.join('')}</w:p>`;
    expect(
      text(markLeaderTabs(indented(stops([871, false], [8943, true]), run('3. Số điện thoại/Tel: '), TAB))),
    ).toBe(`3. Số điện thoại/Tel: ${FILL_IN_BLANK}¶`);
    // Short text before a stop still reaches that stop (the n-th tab, the n-th stop).
    expect(
      text(markLeaderTabs(indented(stops([4000, false], [8943, true]), run('Tel:'), TAB, run('x')))),
    ).toBe('Tel:⇥x¶');
    // Text after a right-aligned stop ends at that stop: it does not push the next tab past the stop after it.
    const right = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="4000"/><w:tab w:val="left" w:pos="4100"/><w:tab w:val="left" w:leader="dot" w:pos="9000"/></w:tabs>`;
    expect(
      text(markLeaderTabs(para(right, run('Số:'), TAB, run('đã cấp ngày'), TAB, run('tại'), TAB, run('.')))),
    ).toBe(`Số:${FILL_IN_BLANK}đã cấp ngày⇥tại${FILL_IN_BLANK}.¶`);
  });

  it('reaches the text of an imported DOCX', async () => {
    const body = para(
      stops([4000, true], [8000, true]),
      run('Ngày'),
      TAB,
      run('tháng'),
      TAB,
      run('năm 2022'),
    );
    const docx = docxWithBody(body);
    const { text: out } = await extractText(new Uint8Array(docx), 'form.docx');
    expect(out.trim()).toBe('Ngày…tháng…năm 2022');
  });
});
