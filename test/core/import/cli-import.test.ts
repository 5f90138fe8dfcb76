// `import` on the command line against the real bundled corpus and a temporary data folder: --dry-run prints
// the tree and metadata and stores nothing (not even a user.sqlite), a real import is listed, searchable by
// pairable and removable; errors go to stderr with a code and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { EN_DECREE, VI_DECREE } from './fixtures/legal-texts';
import { makeScannedPdf } from './fixtures/make-pdf';
import { tempDir } from '../../support/annotations/temp-db';

const ROOT = join(import.meta.dirname, '../../..');
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
beforeEach(() => {
  tmp = tempDir('lectern-cli-import-');
  dataDir = join(tmp.dir, 'data');
  writeFileSync(join(tmp.dir, 'vi.txt'), VI_DECREE);
  writeFileSync(
    join(tmp.dir, 'en.html'),
    `<html><body>${EN_DECREE.split('\n')
      .filter((l) => !l.startsWith('\t') && l !== '')
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`,
  );
});
afterEach(() => {
  tmp.cleanup();
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--data-dir', dataDir], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { ...process.env, LECTERN_CORPUS_DIR: join(ROOT, 'data/dist') },
  });
  return { code, out, err };
}

describe('lectern import', () => {
  it('--dry-run --json prints metadata and the tree and stores nothing', async () => {
    const r = await cli('import', join(tmp.dir, 'vi.txt'), '--dry-run', '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as {
      dryRun: boolean;
      meta: { docId: string; number: string };
      tree: { eId: string; children: { eId: string }[] }[];
    };
    expect(json.dryRun).toBe(true);
    expect(json.meta).toMatchObject({ docId: 'decree-17-2031', number: '17/2031/NĐ-CP' });
    const chapter2 = json.tree.find((e) => e.eId === 'chp_2');
    expect(chapter2?.children.map((c) => c.eId)).toEqual(['chp_2__sec_1']);
    expect(existsSync(join(dataDir, 'user.sqlite'))).toBe(false);
  });

  it('imports with --id and --title, lists, pairs, shows side by side and removes', async () => {
    const vi = await cli('import', join(tmp.dir, 'vi.txt'), '--json');
    expect(vi.code, vi.err).toBe(0);
    expect((JSON.parse(vi.out) as { imported: { docId: string } }).imported.docId).toBe('decree-17-2031');
    const en = await cli(
      'import',
      join(tmp.dir, 'en.html'),
      '--id',
      'decree-17-2031-en',
      '--title',
      'Decree 17 (English)',
      '--json',
    );
    expect(JSON.parse(en.out)).toMatchObject({
      imported: { docId: 'decree-17-2031-en', title: 'Decree 17 (English)', format: 'html' },
      replaced: false,
    });

    const list = JSON.parse((await cli('import', '--list', '--json')).out) as {
      documents: { docId: string }[];
    };
    expect(list.documents.map((d) => d.docId)).toEqual(['decree-17-2031', 'decree-17-2031-en']);

    expect((await cli('import', '--pair', 'decree-17-2031', '--with', 'decree-17-2031-en')).out).toMatch(
      /paired with decree-17-2031-en/u,
    );
    const side = JSON.parse((await cli('import', '--side-by-side', 'decree-17-2031', '--json')).out) as {
      summary: { both: number };
      rows: { eId: string; status: string }[];
    };
    // The HTML version was written without the appendix table, so its two rows are only on the left.
    expect(side.rows.filter((r) => r.status !== 'both').map((r) => `${r.eId}:${r.status}`)).toEqual([
      'annex_1__row_1:left-only',
      'annex_1__row_2:left-only',
    ]);
    expect(side.summary.both).toBeGreaterThan(20);

    const removed = await cli('import', '--remove', 'decree-17-2031-en');
    expect(removed.out).toMatch(/Removed decree-17-2031-en; 0 notes kept as orphans/u);
  });

  it('makes an imported document visible to docs, show, search and notes like a bundled one', async () => {
    expect((await cli('import', join(tmp.dir, 'vi.txt'), '--json')).code).toBe(0);
    const docs = JSON.parse((await cli('docs', '--json')).out) as { documents: { docId: string }[] };
    expect(docs.documents.map((d) => d.docId)).toContain('decree-17-2031');
    const show = await cli('show', 'decree-17-2031', 'art_3__cl_2__pt_dd', '--json');
    expect(show.code, show.err).toBe(0);
    expect((JSON.parse(show.out) as { node: { text: string } }).node.text).toContain('bí mật nhà nước');
    // Tone marks are optional: the unmarked query finds the imported Vietnamese point.
    const search = JSON.parse(
      (await cli('search', 'bao dam bi mat', '--doc', 'decree-17-2031', '--json')).out,
    ) as {
      groups: { hits: { eId: string }[] }[];
    };
    expect(search.groups[0]?.hits[0]?.eId).toBe('art_3__cl_2__pt_dd');
    const note = await cli(
      'notes',
      'add',
      '--doc',
      'decree-17-2031',
      '--eid',
      'art_3__cl_2__pt_dd',
      '--quote',
      'bí mật nhà nước',
      '--note',
      'kiểm tra',
      '--json',
    );
    expect(note.code, note.err).toBe(0);
    const noteHits = JSON.parse((await cli('search', 'kiem tra', '--json')).out) as {
      groups: { hits: { source: string }[] }[];
    };
    expect(noteHits.groups.flatMap((g) => g.hits).some((h) => h.source === 'note')).toBe(true);
  });

  it('fails with a code on stderr for a scan and for a bundled id', async () => {
    writeFileSync(join(tmp.dir, 'scan.pdf'), await makeScannedPdf());
    const scan = await cli('import', join(tmp.dir, 'scan.pdf'), '--json');
    expect(scan.code).not.toBe(0);
    const error = (JSON.parse(scan.err) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('no text layer');
    const bundled = await cli('import', join(tmp.dir, 'vi.txt'), '--id', 'decree-63-2020');
    expect(bundled.code).not.toBe(0);
    expect(bundled.err).toMatch(/bundled document/u);
    expect(JSON.parse((await cli('import', '--list', '--json')).out)).toEqual({ documents: [] });
  });

  it('runs as `npm run -s cli -- import FILE --dry-run --json` in a child process', () => {
    const r = spawnSync(
      'npm',
      [
        'run',
        '-s',
        'cli',
        '--',
        'import',
        join(tmp.dir, 'vi.txt'),
        '--dry-run',
        '--json',
        '--data-dir',
        dataDir,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { meta: { issued: string } }).meta.issued).toBe('2031-03-05');
  });
});
