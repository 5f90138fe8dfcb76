// `lectern export …` as a child process: notes created through the real AnnotationService in a temporary
// user.sqlite, exported as an annotated PDF and a Markdown report, with the settings' reviewer and marking.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../../data/build/paths';
import { AnnotationService } from '../../../electron/core/annotations/service';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import { openCorpus } from '../../../electron/core/corpus/store';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';
import { setSetting } from '../../../electron/core/userdb/settings';
import { pdftotext, rawAnnotations } from './pdf-inspect';

let tmp: string;
let corpusDir: string;
let dataDir: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-cli-export-'));
  corpusDir = join(tmp, 'corpus');
  dataDir = join(tmp, 'user');
  buildCorpus({ sourcesDir: SOURCES_DIR, outDir: corpusDir, inputsHash: 'cli-export-test', steps: [] });
  const loc = corpusLocationIn(corpusDir);
  const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
  const user = openUserDb(dataDir);
  setSetting(user.db, 'reviewerName', 'Phạm Minh Đức');
  setSetting(user.db, 'marking', 'MẬT');
  const service = new AnnotationService({ db: user.db, corpus });
  service.create({
    docId: 'decree-63-2020',
    eId: 'art_6__cl_1',
    quote: 'Revealing state secrets',
    note: 'Khoản 1 Điều 6',
    color: 'red',
    tags: ['secret'],
  });
  service.create({
    docId: 'decree-63-2020',
    eId: 'art_22',
    note: 'Effective date',
    color: 'green',
    tags: [],
  });
  user.db.close();
  corpus.close();
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LECTERN_CORPUS_DIR: corpusDir },
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lectern export', () => {
  it('writes an annotated PDF with the stored notes, reviewer and marking', () => {
    const out = join(tmp, 'decree.pdf');
    const r = cli(['export', 'pdf', 'decree-63-2020', '--out', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ notes: 2, unanchored: 0, outPath: out });
    const text = pdftotext(out);
    expect(text).toContain('Phạm Minh Đức');
    expect(text).toContain('MẬT');
    const hl = rawAnnotations(out).filter((a) => a['/Subtype'] === '/Highlight');
    expect(hl.map((a) => a['/Contents'])).toEqual(['u:Khoản 1 Điều 6']);
  });

  it('invents no reviewer when no name is set (never the OS user), the same empty author the notes carry', () => {
    const bare = join(tmp, 'bare-user');
    const loc = corpusLocationIn(corpusDir);
    const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
    const user = openUserDb(bare);
    const note = new AnnotationService({ db: user.db, corpus }).create({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_2',
      quote: 'Illegally using',
    });
    user.db.close();
    corpus.close();
    const out = join(tmp, 'bare.pdf');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'export', 'pdf', 'decree-63-2020', '--out', out],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, LECTERN_CORPUS_DIR: corpusDir, LECTERN_DATA_DIR: bare },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(note.author).toBe(''); // no name set: nobody invented (never the OS user)
    const hl = rawAnnotations(out).filter((a) => a['/Subtype'] === '/Highlight');
    expect(hl.map((a) => String(a['/T']).replace(/^u:/u, ''))).toEqual([note.author]);
    expect(pdftotext(out)).not.toMatch(/Reviewer: *(root|Reviewer)\b/u);
  });

  it('filters by colour and writes a Markdown report of all documents', () => {
    const out = join(tmp, 'notes.md');
    const r = cli(['export', 'md', '--out', out, '--color', 'green']);
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('### Article 22. Effect');
    expect(md).not.toContain('Khoản 1 Điều 6');
  });

  it('fails clearly on an unknown colour or an unwritable path, writing nothing', () => {
    const bad = cli(['export', 'md', '--out', join(tmp, 'x.md'), '--color', 'teal']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Unknown colour "teal"');
    const out = join(tmp, 'no-such-dir', 'x.pdf');
    const r = cli(['export', 'pdf', 'decree-63-2020', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('does not exist');
    expect(existsSync(out)).toBe(false);
  });
});
