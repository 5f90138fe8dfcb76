// Backups of user.sqlite — at start-up through SQLite's online backup API, before a notes import (once the bundle
// has been checked and will be merged) with VACUUM INTO — rotated to the newest 7 plus one a week for a month, and
// restoring one, refused while another process has the database open.
// A backup is written to a temporary name and renamed, so a half-written file never looks like a backup.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.js';

/** How many of the newest backups always survive pruning. */
export const BACKUPS_KEPT = 7;
/** Beyond the newest seven, the newest backup of each calendar week (since the epoch) this young is kept too. */
const WEEKLY_KEPT_FOR_DAYS = 31;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const BACKUP_RE = /^user-(\d{8}T\d{9}Z)(?:-\d+)?\.sqlite$/;

/** One backup file in `<dataDir>/backups`, newest first in listings. */
export interface BackupInfo {
  name: string;
  path: string;
  bytes: number;
  takenAt: string; // ISO 8601
}

/** A filesystem-safe, lexically sortable timestamp (20240131T235959123Z). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : stamp;
}

/** The folder that holds backups for a data folder. */
function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Backups of this data folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: BACKUP_RE.exec(name) }))
    .filter((e): e is { name: string; m: RegExpExecArray } => e.m !== null)
    .map(({ name, m }) => {
      const path = join(dir, name);
      return { name, path, bytes: statSync(path).size, takenAt: stampToIso(m[1] ?? '') };
    })
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * The backups rotation keeps: the newest BACKUPS_KEPT, plus the newest of each calendar week within
 * WEEKLY_KEPT_FOR_DAYS of `now` that has none among those. Weeks are counted from the epoch, so a kept weekly
 * backup stays the one of its week as days pass.
 */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const keep = new Set(newestFirst.slice(0, BACKUPS_KEPT).map((b) => b.name));
  const week = (b: BackupInfo): number => Math.floor(Date.parse(b.takenAt) / WEEK_MS);
  const weeksCovered = new Set(newestFirst.filter((b) => keep.has(b.name)).map(week));
  const oldest = now.getTime() - WEEKLY_KEPT_FOR_DAYS * 24 * 3600 * 1000;
  for (const b of newestFirst) {
    if (keep.has(b.name) || Date.parse(b.takenAt) < oldest || weeksCovered.has(week(b))) continue;
    keep.add(b.name);
    weeksCovered.add(week(b));
  }
  return keep;
}

function newBackupName(dir: string, now: Date): string {
  let name = `user-${fileStamp(now)}.sqlite`;
  for (let i = 1; existsSync(join(dir, name)); i++) name = `user-${fileStamp(now)}-${i}.sqlite`;
  return name;
}

/** Renames the finished temporary copy into place, prunes by `backupsToKeep`, and returns the new backup. */
function finishBackup(dataDir: string, tmp: string, name: string, now: Date): BackupInfo {
  renameSync(tmp, join(backupDir(dataDir), name));
  const keep = backupsToKeep(listBackups(dataDir), now);
  for (const old of listBackups(dataDir)) if (!keep.has(old.name)) rmSync(old.path);
  const made = listBackups(dataDir).find((b) => b.name === name);
  if (!made) throw new LecternError('IO', `Backup ${name} vanished after it was written.`);
  return made;
}

/** Copies the open database into a new backup file (online backup API, in steps), then rotates. */
export async function createBackup(
  db: Database.Database,
  dataDir: string,
  now = new Date(),
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = newBackupName(dir, now);
  const tmp = join(dir, `${name}.partial`);
  try {
    await db.backup(tmp);
  } catch (error) {
    rmSync(tmp, { force: true }); // a full disk must not leave half a copy
    throw error;
  }
  return finishBackup(dataDir, tmp, name, now);
}

/**
 * The same backup taken synchronously (`VACUUM INTO`, a consistent snapshot), so it can run inside a notes import
 * after the bundle was checked and just before its transaction: a refused import writes no backup.
 */
export function createBackupNow(db: Database.Database, dataDir: string, now = new Date()): BackupInfo {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = newBackupName(dir, now);
  const tmp = join(dir, `${name}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return finishBackup(dataDir, tmp, name, now);
}

/**
 * Throws CONFLICT when another connection — the app, another command — has `dbPath` open. An idle WAL connection
 * holds a shared lock on the database file, so an exclusive-locking-mode transaction with no busy wait fails
 * exactly while one exists (checked with a real second process in test/core/userdb/backups-rotation.test.ts).
 */
function assertNotInUse(dbPath: string): void {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true, timeout: 0 });
  } catch {
    return; // nothing there to hold open
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
      throw new LecternError(
        'CONFLICT',
        `${dbPath} is open in Lectern or another command. Quit it first, then restore; nothing was changed.`,
        `${dbPath} đang được mở trong Lectern hoặc một lệnh khác. Hãy thoát trước rồi khôi phục; chưa có gì bị thay đổi.`,
      );
    }
    // A damaged file cannot be locked through SQLite; no process can be using it as a database either.
  } finally {
    db.close();
  }
}

/** True when the file opens as SQLite and passes `PRAGMA quick_check`. */
export function isHealthyDatabase(path: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Renames a database file and its WAL/SHM companions together, so committed WAL pages stay with their file. */
export function moveDatabaseAside(path: string, suffix: string): string {
  const target = `${path}.${suffix}`;
  for (const ext of ['', '-wal', '-shm']) {
    if (existsSync(path + ext)) renameSync(path + ext, target + ext);
  }
  return target;
}

/** What restoring a backup did; the replaced database is kept, never deleted. */
interface RestoreResult {
  restored: BackupInfo;
  previousSavedAs: string | null;
}

/**
 * Replaces `dbPath` with a backup (the newest when `name` is omitted). Refused (CONFLICT) while any connection,
 * in this process or another, has the database open. The current file is moved to
 * `<dbPath>.before-restore-<time>` first.
 */
export function restoreBackup(
  dbPath: string,
  dataDir: string,
  name?: string,
  now = new Date(),
): RestoreResult {
  const backups = listBackups(dataDir);
  const chosen = name === undefined ? backups[0] : backups.find((b) => b.name === name);
  if (!chosen) {
    const known = backups.map((b) => b.name).join(', ') || 'none';
    throw new LecternError(
      'NOT_FOUND',
      `No backup ${name ?? ''} in ${backupDir(dataDir)} (available: ${known}).`,
    );
  }
  if (!isHealthyDatabase(chosen.path)) {
    throw new LecternError('CORRUPT', `Backup ${chosen.name} is damaged; choose another one.`);
  }
  assertNotInUse(dbPath);
  const previousSavedAs = existsSync(dbPath)
    ? moveDatabaseAside(dbPath, `before-restore-${fileStamp(now)}`)
    : null;
  const tmp = `${dbPath}.restoring`;
  copyFileSync(chosen.path, tmp);
  renameSync(tmp, dbPath);
  return { restored: chosen, previousSavedAs };
}
