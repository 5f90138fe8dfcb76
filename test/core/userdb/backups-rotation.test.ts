// Backups (issue 17): written only before a change that will happen (a refused notes bundle writes none, so
// refusals never push out the last good backup; the app's import takes one like the CLI's), rotated to the newest
// seven plus one a week for a month, and restore refused while another process holds user.sqlite open.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../data/build/paths';
import { AnnotationService } from '../../../electron/core/annotations/service';
import { createHandlers } from '../../../electron/app/create-handlers';
import { dispatch } from '../../../electron/app/dispatch';
import { openServices } from '../../../electron/app/open-services';
import { runCliIn } from '../../support/cli-in-process';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openCorpus } from '../../../electron/core/corpus/store';
import {
  BACKUPS_KEPT,
  backupsToKeep,
  createBackup,
  listBackups,
  type BackupInfo,
} from '../../../electron/core/userdb/backups';
import { openUserDb, USER_DB_FILE } from '../../../electron/core/userdb/open-user-db';
import { scriptedPlatform } from '../../support/services';
import { mountTinyTmpfs, tmpfsUnavailable } from '../../support/tiny-tmpfs';
import { dbFingerprint } from '../../support/annotations/db-fingerprint';

const root = mkdtempSync(join(tmpdir(), 'lectern-backups-'));
const corpusDir = defaultCorpusLocation().dir;
const day = (n: number): Date => new Date(Date.UTC(2026, 0, 1) + n * 24 * 3600 * 1000);
let bundle: string;
let tampered: string;
let garbage: string;

/** The CLI in this process over this file's corpus. */
const cli = (dataDir: string, args: string[]) => runCliIn(corpusDir, dataDir, args);

/** A data folder with seven backups taken on seven days; returns their names. */
async function withSevenBackups(dataDir: string): Promise<string[]> {
  const user = openUserDb(dataDir);
  for (let i = 0; i < 7; i++) await createBackup(user.db, dataDir, day(i));
  user.db.close();
  return listBackups(dataDir).map((b) => b.name);
}

beforeAll(async () => {
  const from = join(root, 'from');
  const corpus = openCorpus(join(corpusDir, 'corpus.sqlite'), join(corpusDir, 'corpus.manifest.json'));
  const user = openUserDb(from);
  new AnnotationService({ db: user.db, corpus, author: () => 'An' }).create({
    docId: 'decree-63-2020',
    eId: 'art_6__cl_1',
    note: 'from the other machine',
    color: 'red',
    tags: [],
  });
  user.db.close();
  corpus.close();
  bundle = join(root, 'good.lectern-notes.json');
  expect((await cli(from, ['notes', 'export', bundle])).code).toBe(0);
  tampered = join(root, 'tampered.lectern-notes.json');
  writeFileSync(tampered, readFileSync(bundle, 'utf8').replace('from the other machine', 'altered'));
  garbage = join(root, 'garbage.lectern-notes.json');
  writeFileSync(garbage, '{"not": "a bundle"');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a backup only before a change that will happen', () => {
  it('CLI: eight refused imports write no backup; the good one writes exactly one', async () => {
    const dataDir = join(root, 'cli');
    const seven = await withSevenBackups(dataDir);
    for (let i = 0; i < 4; i++) {
      for (const file of [tampered, garbage])
        expect((await cli(dataDir, ['notes', 'import', file])).code).not.toBe(0);
    }
    expect(listBackups(dataDir).map((b) => b.name)).toEqual(seven);
    const good = await cli(dataDir, ['notes', 'import', bundle, '--json', '--accept-untrusted']);
    expect(good.code, good.stderr).toBe(0);
    const { backup } = JSON.parse(good.stdout) as { backup: string };
    const after = listBackups(dataDir).map((b) => b.name);
    expect(after[0]).toBe(backup);
    expect(after.slice(1)).toEqual(seven.slice(0, BACKUPS_KEPT - 1)); // the oldest of one week rotated out
    // The backup holds the state before the merge: no imported note yet.
    const copy = new Database(listBackups(dataDir)[0]!.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    copy.close();
  });

  it('the app: annotations:import takes a backup like the CLI, and none for a refused bundle', async () => {
    const dataDir = join(root, 'app');
    const seven = await withSevenBackups(dataDir);
    const services = openServices({ corpusDir, dataDir });
    const handlers = createHandlers(services, scriptedPlatform({ open: [tampered, bundle] }).platform);
    try {
      const refused = await dispatch(handlers, 'annotations:import', { jobId: 'job-1' });
      expect(refused.ok).toBe(false);
      expect(listBackups(dataDir).map((b) => b.name)).toEqual(seven);
      const imported = await dispatch(handlers, 'annotations:import', {
        jobId: 'job-2',
        acceptUntrusted: true,
      });
      expect(imported.ok).toBe(true);
      const names = listBackups(dataDir).map((b) => b.name);
      expect(names).toHaveLength(BACKUPS_KEPT);
      expect(seven).not.toContain(names[0]);
    } finally {
      services.close();
    }
  });
});

describe.skipIf(tmpfsUnavailable !== null)('a notes import on a full disk (real tmpfs)', () => {
  it('the backup cannot be written, so the import is refused plainly, with no half backup and nothing changed', async () => {
    const disk = mountTinyTmpfs(1024);
    try {
      const dataDir = join(disk.dir, 'data');
      const services = openServices({ corpusDir, dataDir });
      try {
        const handlers = createHandlers(services, scriptedPlatform({ open: [bundle] }).platform);
        const before = dbFingerprint(services.userDb.db);
        disk.fill(0);
        try {
          const r = await dispatch(handlers, 'annotations:import', {
            jobId: 'job-full',
            acceptUntrusted: true,
          });
          expect(r).toEqual({
            ok: false,
            error: {
              code: 'IO',
              message:
                'The disk is full: Lectern could not write to the data folder. Free some space and try again; nothing was changed.',
              language: 'en',
            },
          });
        } finally {
          disk.unfill();
        }
        expect(dbFingerprint(services.userDb.db)).toBe(before);
        expect(readdirSync(join(dataDir, 'backups'))).toEqual([]);
      } finally {
        services.close();
      }
    } finally {
      disk.unmount();
    }
  });
});

describe('rotation: the newest seven plus one a week for a month', () => {
  const info = (d: Date, i = 0): BackupInfo => {
    const stamp = d.toISOString().replace(/[-:.]/g, '');
    return { name: `user-${stamp}${i ? `-${i}` : ''}.sqlite`, path: '', bytes: 0, takenAt: d.toISOString() };
  };

  it('keeps the newest seven, then the newest of each older calendar week within 31 days, nothing older', () => {
    // A backup every day for 60 days, three on the last day.
    const all = [...Array.from({ length: 60 }, (_, i) => info(day(i))), info(day(59), 1), info(day(59), 2)];
    const now = day(59);
    const kept = [...backupsToKeep(all, now)].sort().reverse();
    const newest = all
      .map((b) => b.name)
      .sort()
      .reverse();
    expect(kept.slice(0, 7)).toEqual(newest.slice(0, 7));
    const weekly = kept.slice(7).map((n) => all.find((b) => b.name === n)!.takenAt);
    const week = (iso: string): number => Math.floor(Date.parse(iso) / (7 * 24 * 3600 * 1000));
    // One per week, each the newest backup of its week, none older than 31 days, weeks of the newest seven skipped.
    expect(new Set(weekly.map(week)).size).toBe(weekly.length);
    for (const iso of weekly) {
      expect(Date.parse(iso)).toBeGreaterThanOrEqual(now.getTime() - 31 * 24 * 3600 * 1000);
      const sameWeek = all.filter((b) => week(b.takenAt) === week(iso));
      expect(
        sameWeek
          .map((b) => b.takenAt)
          .sort()
          .at(-1),
      ).toBe(iso);
    }
    expect(weekly.length).toBeGreaterThanOrEqual(3);
    expect(weekly.length).toBeLessThanOrEqual(5);
  });

  it('real files: 40 daily backups leave the newest seven plus the weekly ones, all healthy', async () => {
    const dataDir = join(root, 'rotation');
    const user = openUserDb(dataDir);
    for (let i = 0; i < 40; i++) await createBackup(user.db, dataDir, day(i));
    user.db.close();
    const names = listBackups(dataDir).map((b) => b.name);
    const all = Array.from({ length: 40 }, (_, i) => info(day(i)));
    expect(new Set(names)).toEqual(backupsToKeep(all, day(39)));
    expect(names.length).toBeGreaterThan(BACKUPS_KEPT);
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

describe('restore-backup while another process holds user.sqlite open', () => {
  let holder: ChildProcess | null = null;
  afterAll(() => {
    holder?.kill();
  });

  it('is refused, changing nothing, and works once that process has quit', async () => {
    const dataDir = join(root, 'restore');
    await withSevenBackups(dataDir);
    const dbPath = join(dataDir, USER_DB_FILE);
    // A second process opens the database as the app does (WAL), reads once and then sits idle.
    holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.pragma('journal_mode = WAL');
         db.prepare('SELECT count(*) FROM settings').get(); process.stdout.write('open\\n'); setInterval(() => {}, 1000);`,
        dbPath,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder!.stdout!.once('data', resolve));
    const before = readFileSync(dbPath);
    const refused = await cli(dataDir, ['notes', 'restore-backup']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${dbPath} is open in Lectern or another command. Quit it first, then restore; nothing was changed.\n`,
    );
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((n) => n.includes('before-restore'))).toEqual([]);

    const exited = new Promise((resolve) => holder!.once('exit', resolve));
    holder.kill();
    await exited;
    holder = null;
    const restored = await cli(dataDir, ['notes', 'restore-backup']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored user-/);
    expect(readdirSync(dataDir).some((n) => n.includes('before-restore'))).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    expect(dbFingerprint(db)).toMatch(/^[0-9a-f]{64}$/);
    db.close();
    expect(existsSync(dbPath)).toBe(true);
  }, 20_000);
});
