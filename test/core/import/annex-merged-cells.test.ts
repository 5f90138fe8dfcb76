// Merged cells in appendix tables: a cell merged down over rows continues only within its own table (a free line
// between rows ends the table), and on the real Decree 99/2022 the DOCX and its PDF export put the cells of a row
// that sits beside a merged cell in the same columns.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../electron/core/corpus/ingest/ingest';
import { EMPTY_CELL } from '../../../electron/core/corpus/ingest/source-lines';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { extractText } from '../../../electron/core/import/extract';

const HEAD = ['NGHỊ ĐỊNH', 'Căn cứ Luật;', 'Điều 1. Phạm vi', 'Nội dung.', 'Phụ lục', 'DANH MỤC'];

/** The appendix rows of a decree whose appendix is `lines`. */
const rowsOf = (lines: readonly string[]): CorpusNode[] =>
  ingestText([...HEAD, ...lines].join('\n'), { docId: 'd', lang: 'vi' }).nodes.filter(
    (n) => n.kind === 'annex-row',
  );

/** Each row's cells as [text, continued]. */
const cellsOf = (lines: readonly string[]): [string, boolean][][] =>
  rowsOf(lines).map((r) => (r.cells ?? []).map((c): [string, boolean] => [c.text, c.continued]));

/** A header row, a numbered row, and a row whose empty first cell continues the number above it. */
const TWO_ROWS = ['', '\tSố', '\tTên', '', '\t1', '\tMẫu một', '', '\t', '\tMẫu hai', ''];

describe('appendix tables', () => {
  it('continues a plain empty cell from the cell above, never one the source says is empty', () => {
    const lines = [...TWO_ROWS, `\t${EMPTY_CELL}`, '\tMẫu ba'];
    expect(cellsOf(lines)).toEqual([
      [
        ['1', false],
        ['Mẫu một', false],
      ],
      [
        ['1', true],
        ['Mẫu hai', false],
      ],
      [
        ['', false],
        ['Mẫu ba', false],
      ],
    ]);
  });

  it('does not carry a cell of one table into an empty cell of the next one', () => {
    const lines = [...TWO_ROWS, 'Bảng khác', '', '\tGhi chú', '\t'];
    expect(cellsOf(lines)).toEqual([
      [
        ['1', false],
        ['Mẫu một', false],
      ],
      [
        ['1', true],
        ['Mẫu hai', false],
      ],
      [
        ['Ghi chú', false],
        ['', false],
      ],
    ]);
  });

  it('skips a row with no text rather than copying the row above into it', () => {
    const rows = rowsOf(['', '\tSố', '\tTên', '', '\t1', '\tMẫu một', '', '\t', '\t', '', '\t2', '\t']);
    expect(rows.map((r) => [r.eId, r.cells?.map((c) => c.text)])).toEqual([
      ['annex_1__row_1', ['1', 'Mẫu một']],
      ['annex_1__row_2', ['2', 'Mẫu một']],
    ]);
  });

  it('leaves a cell a row does not have empty, unless a merged cell already runs down that column', () => {
    const lines = [
      '',
      '\tSố',
      '\tTên',
      '\tNơi làm',
      // A two-column header, its right cell written in the last column, then full-width rows of the next table.
      '',
      '\tCỘNG HÒA',
      '\t',
      '\tVào Sổ tiếp nhận',
      '',
      '\tPHẦN KÊ KHAI',
      '',
      '\t1',
      '\tThiết bị',
      '\tCơ sở công nghiệp an ninh',
      '',
      '\t2',
      '\tVật tư',
      '\t',
      // The source's last row stops short: its last cell goes on with the merged cell above it.
      '',
      '\t3',
      '\tKhác',
    ];
    expect(cellsOf(lines)).toEqual([
      [
        ['CỘNG HÒA', false],
        ['', false],
        ['Vào Sổ tiếp nhận', false],
      ],
      [
        ['PHẦN KÊ KHAI', false],
        ['', false],
        ['', false],
      ],
      [
        ['1', false],
        ['Thiết bị', false],
        ['Cơ sở công nghiệp an ninh', false],
      ],
      [
        ['2', false],
        ['Vật tư', false],
        ['Cơ sở công nghiệp an ninh', true],
      ],
      [
        ['3', false],
        ['Khác', false],
        ['Cơ sở công nghiệp an ninh', true],
      ],
    ]);
  });
});

const DIR = join(import.meta.dirname, '../../../../shared/real-docs');
const HAVE = existsSync(DIR);
if (!HAVE) console.warn(`annex-merged-cells: ${DIR} is absent; the real-document check is skipped.`);

describe.skipIf(!HAVE)('Decree 99/2022: merged cells beside a row, DOCX and PDF alike', () => {
  const rowOf = async (file: string): Promise<CorpusNode | undefined> => {
    const { text } = await extractText(new Uint8Array(readFileSync(join(DIR, file))), file);
    const { nodes } = ingestText(text, { docId: 'd', lang: 'vi' });
    // Form 01a's header table: the national motto merged down over two rows, the register's entry beside it.
    return nodes.find((n) => n.cells?.[1]?.text.startsWith('Vào Sổ tiếp nhận hồ sơ') === true);
  };

  it('reads the entry in the second column, the motto continued in the first', async () => {
    for (const file of ['nghi-dinh-99-2022-nd-cp.docx', 'nghi-dinh-99-2022-nd-cp.pdf']) {
      const row = await rowOf(file);
      expect(row?.cells?.[0]?.continued, file).toBe(true);
      expect(row?.cells?.[0]?.text.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), file).toBe(true);
    }
  }, 60_000);
});
