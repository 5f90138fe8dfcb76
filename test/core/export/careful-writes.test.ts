// Careful writes (issue 17): every write path — annotated PDF, notes report PDF and Markdown, the notes bundle and
// CSV (app and `notes export`), the CLI's `export` — replaces only a regular file the user may write, only when told
// `replace` (the CLI's --force), and leaves no temporary file behind, a full disk on a real tiny tmpfs included.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/core/annotations/service';
import { runCli } from '../../../electron/cli/run';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import { openCorpus } from '../../../electron/core/corpus/store';
import { LecternError } from '../../../electron/core/errors';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { exportNotesMarkdown } from '../../../electron/core/export/notes-report-markdown';
import { exportNotesPdf } from '../../../electron/core/export/notes-report-pdf';
import { writeTextFile } from '../../../electron/core/export/text-file';
import { isTempName } from '../../../electron/core/export/write-target';
import { createHandlers } from '../../../electron/app/create-handlers';
import { dispatch } from '../../../electron/app/dispatch';
import { openServices } from '../../../electron/app/open-services';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';
import { scriptedPlatform } from '../../support/services';
import { mountTinyTmpfs, tmpfsUnavailable, type TinyTmpfs } from '../../support/tiny-tmpfs';
import { annotate, loadDocument } from './corpus-fixture';

const root = mkdtempSync(join(tmpdir(), 'lectern-careful-'));
const decree = loadDocument('decree-63-2020');
const annotations = [
  annotate(decree.doc, decree.nodes, 'art_6__cl_1', 'Revealing state secrets', 'Khoản 1 Điều 6', 'red'),
];
const OLD = 'the previous file, which must survive\n';

/** The four write paths under test, each writing `path` with `replace`. */
const WRITERS: Record<string, (path: string, replace: boolean) => Promise<unknown>> = {
  'annotated PDF': (outPath, replace) =>
    exportAnnotatedPdf({ ...decree, annotations, outPath, replace, options: { reviewer: 'An' } }),
  'notes report PDF': (outPath, replace) =>
    exportNotesPdf({ documents: [decree], annotations, outPath, replace, options: { reviewer: 'An' } }),
  'notes report Markdown': (outPath, replace) =>
    exportNotesMarkdown({ documents: [decree], annotations, outPath, replace, options: { reviewer: 'An' } }),
  'notes bundle / CSV': async (outPath, replace) => {
    await Promise.resolve();
    return writeTextFile(outPath, '{"notes": "x"}\n'.repeat(2000), { replace });
  },
};

async function refusal(p: Promise<unknown>): Promise<LecternError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LecternError);
  return err as LecternError;
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => isTempName(n) || n.endsWith('.partial') || n.endsWith('.part'));
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe.each(Object.entries(WRITERS))('%s', (_name, write) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(root, 'w-'));
  });

  it('asks before replacing a regular file (EXISTS), replaces it when told, keeping its mode', async () => {
    const path = join(dir, 'existing.out');
    writeFileSync(path, OLD);
    chmodSync(path, 0o640);
    const err = await refusal(write(path, false));
    expect(err.code).toBe('EXISTS');
    expect(err.message).toBe(`${path} already exists; nothing was written.`);
    expect(err.vi).toContain('đã tồn tại');
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    await write(path, true);
    expect(readFileSync(path, 'utf8')).not.toBe(OLD);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('writes a new file without being told to replace anything', async () => {
    const path = join(dir, 'new.out');
    await write(path, false);
    expect(statSync(path).size).toBeGreaterThan(0);
  });

  it('refuses a read-only file even when told to replace it (mode bits checked, so root is refused too)', async () => {
    const path = join(dir, 'read-only.out');
    writeFileSync(path, OLD);
    chmodSync(path, 0o444);
    const err = await refusal(write(path, true));
    expect(err.code).toBe('IO');
    expect(err.message).toContain('the file is read-only');
    expect(err.vi).toContain('chỉ cho phép đọc');
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a folder, a FIFO, a device node and a symbolic link, writing nothing', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const fifo = join(dir, 'a-fifo');
    if (!existsSync(fifo)) execFileSync('mkfifo', [fifo]);
    const link = join(dir, 'a-link');
    if (!existsSync(link)) {
      writeFileSync(join(dir, 'link-target'), OLD);
      symlinkSync(join(dir, 'link-target'), link);
    }
    const cases: [string, RegExp][] = [
      [folder, /it is a folder/],
      [fifo, /it is a named pipe \(FIFO\)/],
      ['/dev/null', /it is a device/],
      [link, /it is a symbolic link/],
    ];
    for (const [path, says] of cases) {
      const err = await refusal(write(path, true));
      expect(err.code).toBe('IO');
      expect(err.message).toMatch(says);
      expect(err.message).toContain('Lectern only replaces regular files');
      expect(err.message).not.toMatch(/\n\s+at /);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'link-target'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe.skipIf(tmpfsUnavailable !== null)('a full disk (real 256 KB tmpfs)', () => {
  let disk: TinyTmpfs;
  beforeAll(() => {
    disk = mountTinyTmpfs(256);
  });
  afterAll(() => {
    disk.unmount();
  });

  it.each(Object.keys(WRITERS))(
    '%s: a clear message, no temporary file, the previous file unchanged',
    async (name) => {
      const path = join(disk.dir, 'previous.out');
      writeFileSync(path, OLD);
      // PDFs fail part-way (some pages already written); the small text files at their first write.
      disk.fill(name.includes('PDF') ? 16 * 1024 : 0);
      try {
        const err = await refusal(WRITERS[name]!(path, true));
        expect(err.code).toBe('IO');
        expect(err.message).toBe(
          `The disk is full: Lectern could not write to ${path}. Free some space and try again; nothing was changed.`,
        );
        expect(err.vi).toContain('Ổ đĩa đã đầy');
        expect(readFileSync(path, 'utf8')).toBe(OLD);
        expect(leftovers(disk.dir)).toEqual([]);
      } finally {
        disk.unfill();
        rmSync(path, { force: true });
      }
    },
  );

  describe("the app's handlers (paths from the save dialog)", () => {
    it.each([
      ['annotations:export (bundle)', 'annotations:export', { format: 'json' }],
      ['annotations:export (CSV)', 'annotations:export', { format: 'csv' }],
      ['export:notes (Markdown)', 'export:notes', { jobId: 'job-md', format: 'md' }],
      ['export:pdf', 'export:pdf', { jobId: 'job-pdf', docId: 'decree-63-2020' }],
    ] as const)(
      '%s: EXISTS without replace, then a full disk worded plainly',
      async (_n, channel, request) => {
        const dataDir = mkdtempSync(join(root, 'app-data-'));
        const path = join(disk.dir, 'app-previous.out');
        writeFileSync(path, OLD);
        const services = openServices({
          corpusDir: join(import.meta.dirname, '../../../data/dist'),
          dataDir,
        });
        const handlers = createHandlers(services, scriptedPlatform({ save: [path, path] }).platform);
        try {
          const asked = await dispatch(handlers, channel, request);
          expect(asked).toEqual({
            ok: false,
            error: {
              code: 'EXISTS',
              message: `${path} already exists; nothing was written.`,
              language: 'en',
            },
          });
          disk.fill(channel === 'export:pdf' ? 16 * 1024 : 0);
          try {
            const full = await dispatch(handlers, channel, { ...request, replace: true });
            expect(full).toEqual({
              ok: false,
              error: {
                code: 'IO',
                message: `The disk is full: Lectern could not write to ${path}. Free some space and try again; nothing was changed.`,
                language: 'en',
              },
            });
          } finally {
            disk.unfill();
          }
          expect(readFileSync(path, 'utf8')).toBe(OLD);
          expect(leftovers(disk.dir)).toEqual([]);
        } finally {
          services.close();
          rmSync(path, { force: true });
        }
      },
    );
  });

  describe('the CLI', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(root, 'cli-data-'));
      const loc = corpusLocationIn(join(import.meta.dirname, '../../../data/dist'));
      const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
      const user = openUserDb(dataDir);
      const service = new AnnotationService({ db: user.db, corpus, author: () => 'An' });
      for (let i = 0; i < 5; i++) {
        service.create({
          docId: 'decree-63-2020',
          eId: 'art_6__cl_1',
          note: `note ${i}`,
          color: 'red',
          tags: [],
        });
      }
      user.db.close();
      corpus.close();
    });

    async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      let stdout = '';
      let stderr = '';
      const code = await runCli([...args, '--data-dir', dataDir], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: { LANG: 'C' },
      });
      return { code, stdout, stderr };
    }

    it.each([
      ['notes export', (p: string) => ['notes', 'export', p]],
      ['notes export --csv', (p: string) => ['notes', 'export', p, '--csv']],
      ['export pdf', (p: string) => ['export', 'pdf', 'decree-63-2020', '--out', p]],
      ['export md', (p: string) => ['export', 'md', 'decree-63-2020', '--out', p]],
    ])('%s: asks for --force, then reports a full disk plainly and keeps the old file', async (_n, args) => {
      const path = join(disk.dir, 'cli-previous.out');
      writeFileSync(path, OLD);
      const asked = await cli(args(path));
      expect(asked.code).toBe(1);
      expect(asked.stderr).toBe(
        `${path} already exists; nothing was written. Run the command again with --force to replace it.\n`,
      );
      disk.fill(args(path)[1] === 'pdf' ? 16 * 1024 : 0);
      try {
        const full = await cli([...args(path), '--force']);
        expect(full.code).toBe(1);
        expect(full.stderr).toContain('The disk is full');
        expect(full.stderr).not.toMatch(/Unexpected|\n\s+at /);
        expect(readFileSync(path, 'utf8')).toBe(OLD);
        expect(leftovers(disk.dir)).toEqual([]);
      } finally {
        disk.unfill();
      }
      const forced = await cli([...args(path), '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(readFileSync(path, 'utf8')).not.toBe(OLD);
      rmSync(path);
    });
  });
});
