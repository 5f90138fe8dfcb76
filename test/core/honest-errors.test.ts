// Honest errors (issue 17): a locked database, a read-only data folder, a full disk, a corrupt user.sqlite and an
// encrypted or garbage PDF each give a plain message in English (and Vietnamese) that says what to do — never
// "Unexpected error" or a stack trace — through the CLI and through the IPC gate, and change nothing.
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../data/build/paths';
import { createHandlers } from '../../electron/app/create-handlers';
import { dispatch } from '../../electron/app/dispatch';
import { openServices } from '../../electron/app/open-services';
import { runCliIn } from '../support/cli-in-process';
import type { LecternError } from '../../electron/core/errors';
import { explainFailure } from '../../electron/core/failure-messages';
import { extractPdf } from '../../electron/core/import/extract-pdf';
import { openUserDb, USER_DB_FILE } from '../../electron/core/userdb/open-user-db';
import { setSetting } from '../../electron/core/userdb/settings';
import { scriptedPlatform } from '../support/services';
import { mountTinyTmpfs, tmpfsUnavailable, type TinyTmpfs } from '../support/tiny-tmpfs';
import { dbFingerprint } from '../support/annotations/db-fingerprint';
import { makeTextPdf } from './import/fixtures/make-pdf';

const LOCKED =
  "Lectern's notes database is locked by another Lectern window or command. Close the other one and try again; nothing was changed.";
const LOCKED_VI =
  'Cơ sở dữ liệu ghi chú của Lectern đang bị một cửa sổ hoặc lệnh Lectern khác khóa. Hãy đóng nó rồi thử lại; chưa có gì bị thay đổi.';
const FULL =
  'The disk is full: Lectern could not write to the data folder. Free some space and try again; nothing was changed.';
const STACK = /\n\s+at |Unexpected error|SqliteError|ErrnoException/;

let tmp: string;
let corpusDir: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-honest-'));
  corpusDir = join(tmp, 'corpus');
  buildCorpus({ sourcesDir: SOURCES_DIR, outDir: corpusDir, inputsHash: 'honest-errors', steps: [] });
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The CLI in this process over this file's corpus. */
const cli = (dataDir: string, args: string[], lang = 'C') => runCliIn(corpusDir, dataDir, args, lang);

/** A data folder holding a user.sqlite with one stored setting; returns its fingerprint. */
function seededDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const user = openUserDb(dir);
  setSetting(user.db, 'reviewerName', 'Trần Thị Bình');
  const print = dbFingerprint(user.db);
  user.db.close();
  return print;
}

function fingerprintOf(dir: string): string {
  const db = new Database(join(dir, USER_DB_FILE), { readonly: true });
  try {
    return dbFingerprint(db);
  } finally {
    db.close();
  }
}

describe('a locked database (a second connection holds an exclusive transaction)', () => {
  it('the CLI says it is locked and what to do, and changes nothing', async () => {
    const dataDir = join(tmp, 'locked-cli');
    const before = seededDataDir(dataDir);
    const locker = new Database(join(dataDir, USER_DB_FILE));
    locker.pragma('busy_timeout = 0');
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const r = await cli(dataDir, ['settings', 'set', 'reviewerName', 'Someone else']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`${LOCKED}\n`);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(fingerprintOf(dataDir)).toBe(before);
  }, 20_000);

  it('through IPC the envelope carries the message in the interface language, no stack', async () => {
    const dataDir = join(tmp, 'locked-ipc');
    seededDataDir(dataDir);
    const services = openServices({ corpusDir, dataDir });
    services.userDb.db.pragma('busy_timeout = 20'); // the same failure, sooner
    const handlers = createHandlers(services, scriptedPlatform().platform);
    const before = dbFingerprint(services.userDb.db);
    const locker = new Database(join(dataDir, USER_DB_FILE));
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const logged: string[] = [];
      const vi = await dispatch(handlers, 'settings:update', { reviewerName: 'X' }, { language: () => 'vi' });
      const en = await dispatch(
        handlers,
        'settings:update',
        { reviewerName: 'X' },
        { log: (e) => logged.push(e.detail ?? '') },
      );
      expect(vi).toEqual({ ok: false, error: { code: 'IO', message: LOCKED_VI, language: 'vi' } });
      expect(en).toEqual({ ok: false, error: { code: 'IO', message: LOCKED, language: 'en' } });
      // The local log keeps what SQLite said, for diagnosis.
      expect(logged[0]).toMatch(/SQLITE_BUSY|database is locked/);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(dbFingerprint(services.userDb.db)).toBe(before);
    services.close();
  }, 20_000);
});

describe('a corrupt user.sqlite', () => {
  it('a query on a file that is not a database is worded as damaged, with what to do', () => {
    const path = join(tmp, 'garbage.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    const db = new Database(path);
    let raw: unknown = null;
    try {
      db.prepare('SELECT 1 FROM settings').get();
    } catch (error) {
      raw = error;
    } finally {
      db.close();
    }
    expect((raw as { code?: string }).code).toBe('SQLITE_NOTADB');
    const explained = explainFailure(raw);
    expect(explained?.code).toBe('CORRUPT');
    expect(explained?.message).toContain('is damaged. Restart Lectern');
    expect(explained?.vi).toContain('bị hỏng');
  });

  it('the CLI sets a damaged file aside, says so plainly, and carries on', () => {
    const dataDir = join(tmp, 'corrupt-cli');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, USER_DB_FILE), Buffer.alloc(8192, 0x5a));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'settings', 'get', '--data-dir', dataDir],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, LECTERN_CORPUS_DIR: corpusDir } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^Your notes database was damaged and no healthy backup was found\. It was saved as /,
    );
    expect(r.stderr).not.toMatch(STACK);
  }, 20_000);
});

describe('unreadable PDFs', () => {
  it('an encrypted PDF and a garbage PDF are refused with what to do, and the library is unchanged', async () => {
    const dataDir = join(tmp, 'pdf');
    const before = seededDataDir(dataDir);
    const plain = join(tmp, 'plain.pdf');
    writeFileSync(plain, await makeTextPdf(['Article 1. Scope', 'This Decree applies to everyone.']));
    const locked = join(tmp, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', plain, locked]);
    const garbage = join(tmp, 'garbage.pdf');
    writeFileSync(garbage, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)]));
    const enc = await cli(dataDir, ['import', locked, '--dry-run']);
    expect(enc.code).toBe(1);
    expect(enc.stderr).toBe(
      `${locked} is password-protected (encrypted); save an unprotected copy and import that. Nothing was imported.\n`,
    );
    const bad = await cli(dataDir, ['import', garbage]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      `${garbage} could not be read as a PDF: it is damaged or not a PDF. Open it in a PDF viewer and save a new copy, or import a DOCX or text version. Nothing was imported.\n`,
    );
    for (const r of [enc, bad]) expect(r.stderr).not.toMatch(STACK);
    expect(fingerprintOf(dataDir)).toBe(before);
    // Through IPC: the import preview answers with the same words, no stack.
    const services = openServices({ corpusDir, dataDir });
    try {
      const handlers = createHandlers(services, scriptedPlatform({ open: [locked, garbage] }).platform);
      const encIpc = await dispatch(handlers, 'documents:importPreview', {});
      const badIpc = await dispatch(handlers, 'documents:importPreview', {});
      expect(encIpc).toEqual({
        ok: false,
        error: { code: 'UNSUPPORTED', message: enc.stderr.trimEnd(), language: 'en' },
      });
      expect(badIpc).toEqual({
        ok: false,
        error: { code: 'CORRUPT', message: bad.stderr.trimEnd(), language: 'en' },
      });
    } finally {
      services.close();
    }
    // The extractor's own error carries the Vietnamese wording too.
    const vi = await extractPdf(readFileSync(locked), 'locked.pdf').then(
      () => null,
      (e: unknown) => e as LecternError,
    );
    expect(vi?.messageIn('vi')).toBe(
      'locked.pdf được bảo vệ bằng mật khẩu (mã hóa); hãy lưu một bản không có mật khẩu rồi nhập bản đó. Chưa có gì được nhập.',
    );
  }, 30_000);
});

describe.skipIf(tmpfsUnavailable !== null)('a read-only or full data folder (a real tmpfs)', () => {
  let disk: TinyTmpfs;
  beforeAll(() => {
    disk = mountTinyTmpfs(1024);
  });
  afterAll(() => {
    disk.unmount();
  });

  it('read-only (mount -o remount,ro): a plain message for reading and writing, nothing changed', async () => {
    const dataDir = join(disk.dir, 'ro');
    const before = seededDataDir(dataDir);
    disk.remount('ro');
    try {
      const set = await cli(dataDir, ['settings', 'set', 'theme', 'dark']);
      expect(set.code).toBe(1);
      expect(set.stderr).toMatch(/^Lectern cannot (write to its data folder|open user\.sqlite)/);
      expect(set.stderr).toMatch(/read-only/);
      expect(set.stderr).not.toMatch(STACK);
    } finally {
      disk.remount('rw');
    }
    expect(fingerprintOf(dataDir)).toBe(before);
  });

  it('full when opening (SQLITE_IOERR_SHMSIZE) and when writing (SQLITE_FULL): a plain message, nothing changed', async () => {
    const dataDir = join(disk.dir, 'full');
    const before = seededDataDir(dataDir);
    disk.fill(0);
    try {
      const set = await cli(dataDir, ['settings', 'set', 'marking', 'M'.repeat(100)]);
      expect(set.code).toBe(1);
      expect(set.stderr).toBe(`${FULL}\n`);
    } finally {
      disk.unfill();
    }
    expect(fingerprintOf(dataDir)).toBe(before);
    // Open while there is room (the WAL's shared memory exists), then the disk fills: SQLITE_FULL on the write.
    const services = openServices({ corpusDir, dataDir });
    const handlers = createHandlers(services, scriptedPlatform().platform);
    disk.fill(0);
    try {
      const r = await dispatch(handlers, 'settings:update', { marking: 'M'.repeat(100) });
      expect(r).toEqual({ ok: false, error: { code: 'IO', message: FULL, language: 'en' } });
    } finally {
      disk.unfill();
    }
    expect(dbFingerprint(services.userDb.db)).toBe(before);
    services.close();
  });
});

describe.skipIf(process.getuid?.() === 0)(
  'a read-only data folder (chmod; root bypasses it, see the tmpfs case)',
  () => {
    it('says the folder is read-only', async () => {
      const dataDir = join(tmp, 'chmod-ro');
      const before = seededDataDir(dataDir);
      chmodSync(join(dataDir, USER_DB_FILE), 0o444);
      chmodSync(dataDir, 0o555);
      try {
        const set = await cli(dataDir, ['settings', 'set', 'theme', 'dark']);
        expect(set.code).toBe(1);
        expect(set.stderr).toMatch(/read-only/);
        expect(set.stderr).not.toMatch(STACK);
      } finally {
        chmodSync(dataDir, 0o755);
        chmodSync(join(dataDir, USER_DB_FILE), 0o644);
      }
      expect(fingerprintOf(dataDir)).toBe(before);
    });
  },
);
