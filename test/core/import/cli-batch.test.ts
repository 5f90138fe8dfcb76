// `import FILE… | DIR` on the command line: every file named is imported or reported (the second file is never
// ignored), a folder's other files are reported as skipped, and a failed file makes the exit code non-zero.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliRun } from '../../support/import/run-cli';
import { cliIn } from '../../support/import/run-cli';
import { tempDir } from '../../support/annotations/temp-db';
import { EN_DECREE, VI_DECREE } from './fixtures/legal-texts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('lectern-cli-batch-');
  writeFileSync(join(tmp.dir, 'vi.txt'), VI_DECREE);
  writeFileSync(join(tmp.dir, 'en.txt'), EN_DECREE);
  writeFileSync(join(tmp.dir, 'notes.json'), '{}');
});
afterEach(() => {
  tmp.cleanup();
});

const cli = (...args: string[]): Promise<CliRun> => cliIn(join(tmp.dir, 'data'))(...args);

interface Report {
  items: { file: string; status: string; docId: string | null }[];
  imported: number;
}

describe('lectern import FILE… | DIR', () => {
  it('imports every file named, not only the first', async () => {
    const r = await cli('import', join(tmp.dir, 'vi.txt'), join(tmp.dir, 'en.txt'), '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.items.map((i) => [i.file, i.status])).toEqual([
      ['vi.txt', 'imported'],
      ['en.txt', 'imported'],
    ]);
    const list = JSON.parse((await cli('import', '--list', '--json')).out) as { documents: unknown[] };
    expect(list.documents).toHaveLength(2);
  });

  it('reports a folder’s other files as skipped, and a dry run stores nothing', async () => {
    const dry = await cli('import', tmp.dir, '--dry-run');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Dry run: nothing stored.');
    expect(dry.out).toMatch(/skipped\s+notes\.json: not a document Lectern imports/u);
    expect(JSON.parse((await cli('import', '--list', '--json')).out)).toEqual({ documents: [] });
  });

  it('exits non-zero when a file fails, after importing the others', async () => {
    writeFileSync(join(tmp.dir, 'bad.docx'), 'nope');
    const r = await cli('import', join(tmp.dir, 'bad.docx'), join(tmp.dir, 'vi.txt'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.items.map((i) => i.status)).toEqual(['failed', 'imported']);
  });
});

describe('toc and show of a Vietnamese document', () => {
  it('label and cite in Vietnamese on the command line too', async () => {
    await cli('import', join(tmp.dir, 'vi.txt'), '--json');
    const toc = await cli('toc', 'decree-17-2031');
    expect(toc.code, toc.err).toBe(0);
    expect(toc.out).toMatch(/chp_1 {2}Chương I/u);
    expect(toc.out).not.toMatch(/Chapter|Article/u);
    const show = await cli('show', 'decree-17-2031', 'art_1');
    expect(show.out.split('\n')[0]).toBe('Điều 1 Nghị định 17/2031/NĐ-CP');
  });
});
