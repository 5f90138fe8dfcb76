// Every format reaches the same parser: the same act as TXT (in several encodings), DOCX, HTML and PDF gives the
// same provision tree, in Vietnamese and in English. Fixtures are built here from the texts in fixtures/.
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { parseImportFile } from '../../../electron/core/import/preview';
import { EN_DECREE, VI_DECREE, linesBeforeTable, tableRows } from './fixtures/legal-texts';
import { makeDocx } from './fixtures/make-docx';
import { makeHtml } from './fixtures/make-html';
import { makeTextPdf } from './fixtures/make-pdf';

const tree = (nodes: readonly CorpusNode[]): unknown[] =>
  nodes.map((n) => [n.eId, n.parentEId, n.kind, n.num, n.heading, n.text, n.cells]);

async function parse(fileName: string, bytes: Uint8Array) {
  return parseImportFile({ fileName, bytes });
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0));
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

describe.each([
  ['vi', VI_DECREE],
  ['en', EN_DECREE],
] as const)('the %s decree', (lang, text) => {
  it('parses the TXT into chapters, a section, articles, clauses, points and an appendix table', async () => {
    const p = await parse('decree.txt', Buffer.from(text, 'utf8'));
    expect(p.document.language).toBe(lang);
    expect(p.structure).toBe('legal');
    const ids = p.nodes.map((n) => n.eId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'title',
        'preamble',
        'chp_1',
        'chp_2',
        'chp_2__sec_1',
        'art_3__cl_2__pt_dd',
        'art_3__cl_2__pt_e',
        'signature',
        'annex_1',
        'annex_1__row_2',
      ]),
    );
    const point = p.nodes.find((n) => n.eId === 'art_3__cl_2__pt_dd');
    expect(point?.num).toBe('dd');
    expect(point?.parentEId).toBe('art_3__cl_2');
    expect(p.nodes.find((n) => n.eId === 'art_3')?.parentEId).toBe('chp_2__sec_1');
    expect(p.nodes.find((n) => n.eId === 'annex_1__row_2')?.cells?.map((c) => c.text)[2]).toBe(
      lang === 'vi' ? 'Đà Nẵng' : 'Da Nang',
    );
    expect(p.warnings).toEqual([]);
  });

  it('reads UTF-8 with a BOM and UTF-16 LE/BE with and without a BOM into the same tree', async () => {
    const reference = tree((await parse('d.txt', Buffer.from(text, 'utf8'))).nodes);
    const variants: [string, Buffer][] = [
      ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['utf-16le bom', utf16(text, 'le', true)],
      ['utf-16be bom', utf16(text, 'be', true)],
      ['utf-16le', utf16(text, 'le', false)],
      ['utf-16be', utf16(text, 'be', false)],
      ['crlf', Buffer.from(text.replace(/\n/gu, '\r\n'), 'utf8')],
    ];
    for (const [, bytes] of variants) expect(tree((await parse('d.txt', bytes)).nodes)).toEqual(reference);
  });

  it('gives the same tree from a DOCX with the appendix as a Word table', async () => {
    const reference = await parse('d.txt', Buffer.from(text, 'utf8'));
    const docx = await parse('d.docx', makeDocx(linesBeforeTable(text), tableRows(text)));
    expect(docx.format).toBe('docx');
    expect(tree(docx.nodes)).toEqual(tree(reference.nodes));
    expect(docx.document.contentHash).toBe(reference.document.contentHash);
  });

  it('gives the same tree from an HTML page, ignoring head, script, style and comments', async () => {
    const reference = await parse('d.txt', Buffer.from(text, 'utf8'));
    const html = await parse(
      'd.html',
      Buffer.from(makeHtml(linesBeforeTable(text), tableRows(text)), 'utf8'),
    );
    expect(html.format).toBe('html');
    expect(tree(html.nodes)).toEqual(tree(reference.nodes));
    expect(html.nodes.some((n) => /Not text|Ignored page title|a comment/u.test(n.text))).toBe(false);
  });

  it('gives the same tree from a text PDF (wrapped lines rejoined, page numbers dropped)', async () => {
    const lines = linesBeforeTable(text);
    const reference = await parse('d.txt', Buffer.from(lines.join('\n'), 'utf8'));
    const pdf = await parse('d.pdf', await makeTextPdf(lines));
    expect(pdf.format).toBe('pdf');
    expect(tree(pdf.nodes)).toEqual(tree(reference.nodes));
  });
});

describe('HTML details', () => {
  it('decodes named and numeric character references, including Vietnamese letters', async () => {
    const html =
      '<html><body><p>&#272;i&#7873;u 1. Ph&#7841;m vi</p><p>Ngh&#7883; &#273;&#7883;nh n&agrave;y &amp; c&aacute;c v&#259;n b&#7843;n.</p></body></html>';
    const p = await parse('x.html', Buffer.from(html, 'utf8'));
    expect(p.nodes.find((n) => n.eId === 'art_1')?.heading).toBe('Phạm vi');
    expect(p.nodes.find((n) => n.eId === 'art_1')?.text).toBe('Nghị định này & các văn bản.');
  });

  it('honours a declared legacy charset', async () => {
    const latin1 = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Article 1. Caf\u00e9 rules</p><p>Text.</p></body></html>',
      'latin1',
    );
    const p = await parse('x.htm', latin1);
    expect(p.nodes.find((n) => n.eId === 'art_1')?.heading).toBe('Café rules');
  });
});

describe('automatic list numbering', () => {
  /** The VI decree's article 3 with its clause numbers and point letters taken out of the text. */
  const numbered = (): { text: string; level: 0 | 1 }[] =>
    VI_DECREE.split('\n')
      .slice(VI_DECREE.split('\n').indexOf('Điều 3. Lập kế hoạch') + 1)
      .slice(0, 8)
      .map((l) => {
        const clause = /^\d+\. (.*)$/u.exec(l);
        return clause !== null
          ? { text: clause[1] ?? '', level: 0 }
          : { text: l.replace(/^[a-zđ]\) /u, ''), level: 1 };
      });

  it('restores Word-numbered clauses and points of a DOCX as the parser expects them', async () => {
    const p = await parse('auto.docx', makeDocx(['Điều 3. Lập kế hoạch', ...numbered()]));
    expect(p.nodes.map((n) => n.eId)).toEqual([
      'art_3',
      'art_3__cl_1',
      'art_3__cl_2',
      'art_3__cl_2__pt_a',
      'art_3__cl_2__pt_b',
      'art_3__cl_2__pt_c',
      'art_3__cl_2__pt_d',
      'art_3__cl_2__pt_dd',
      'art_3__cl_2__pt_e',
    ]);
    expect(p.nodes.find((n) => n.eId === 'art_3__cl_2__pt_dd')?.text).toBe(
      'Biện pháp bảo đảm bí mật nhà nước;',
    );
  });

  it('numbers HTML ordered lists (honouring start) but keeps numbers an item already types', async () => {
    const html =
      '<p>Article 2. A</p><ol start="3"><li>Third clause<ol><li>point one</li><li>point two</li></ol></li>' +
      '<li>4. Typed number</li></ol><ul><li>bullet</li></ul>';
    const p = await parse('x.html', Buffer.from(html));
    expect(p.nodes.map((n) => [n.eId, n.text])).toEqual([
      ['art_2', ''],
      ['art_2__cl_3', 'Third clause'],
      ['art_2__cl_3__pt_a', 'point one'],
      ['art_2__cl_3__pt_b', 'point two'],
      ['art_2__cl_4', 'Typed number\nbullet'],
    ]);
  });
});
