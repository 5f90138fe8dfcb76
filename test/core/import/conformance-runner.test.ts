// The conformance runner on a folder made here: it scores each field present in expected.json, a conversion
// against its source, and a refusal; prints the table and total line; and exits 1 when any field fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../../../electron/core/import/conformance/run';
import { tempDir } from '../../support/annotations/temp-db';
import type { CliRun } from '../../support/import/run-cli';
import { cliIn } from '../../support/import/run-cli';

const DECREE = [
  'CHÍNH PHỦ',
  'Số: 7/2030/NĐ-CP',
  'Hà Nội, ngày 02 tháng 03 năm 2030',
  'NGHỊ ĐỊNH',
  'VỀ THỬ NGHIỆM',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị định này quy định việc thử.',
  'Điều 2. Hiệu lực',
  'Nghị định này có hiệu lực từ ngày ký./.',
].join('\n');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('lectern-conformance-');
  writeFileSync(join(tmp.dir, 'nd.txt'), DECREE);
  writeFileSync(
    join(tmp.dir, 'nd.html'),
    `<html><body>${DECREE.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`,
  );
  writeFileSync(join(tmp.dir, 'empty.txt'), '');
});
afterEach(() => {
  tmp.cleanup();
});

function expected(headings: string[]): void {
  const documents = [
    {
      file: 'nd.txt',
      outcome: 'import',
      type: 'Nghị định',
      number: '7/2030/NĐ-CP',
      issued: '2030-03-02',
      chapters: 1,
      articles: 2,
      articleHeadings: headings,
    },
    { file: 'nd.html', outcome: 'import', sameAs: 'nd.txt' },
    { file: 'empty.txt', outcome: 'refuse' },
  ];
  writeFileSync(join(tmp.dir, 'expected.json'), JSON.stringify({ documents }));
}

const conformance = (...extra: string[]): Promise<CliRun> => cliIn(null)('conformance', tmp.dir, ...extra);

describe('npm run conformance', () => {
  it('passes a folder whose every field is right, conversion and refusal included', async () => {
    expected(['Phạm vi điều chỉnh', 'Hiệu lực']);
    const r = await conformance();
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/conformance: (\d+) of \1 fields pass; 3 of 3 files fully right/u);
  });

  it('names the wrong field with what it expected and got, and exits 1', async () => {
    expected(['Phạm vi điều chỉnh', 'Hiệu lực thi hành']);
    const r = await conformance('--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as ConformanceReport;
    const wrong = report.files.flatMap((f) =>
      f.fields.filter((x) => !x.ok).map((x) => [f.file, x.field, x.expected, x.actual]),
    );
    expect(wrong).toEqual([['nd.txt', 'heading 2', 'Hiệu lực thi hành', 'Hiệu lực']]);
    expect(report.files.find((f) => f.file === 'empty.txt')?.fields.every((x) => x.ok)).toBe(true);
  });

  it('refuses a folder without expected.json plainly', async () => {
    const r = await conformance();
    expect(r.code).toBe(2);
    expect(r.err).toContain('expected.json');
  });
});
