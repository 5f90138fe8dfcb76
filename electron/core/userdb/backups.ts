// Start-up backups of user.sqlite via SQLite's online backup API, the last 7 kept, and restoring one.
// A backup is written to a temporary name and renamed, so a half-written file never looks like a backup.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.js';

/** How many backups survive pruning (the issue asks for the last 7). */
export const BACKUPS_KEPT = 7;
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
export function backupDir(dataDir: string): string {
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

/** Copies the open database into a new backup file, then prunes all but the newest BACKUPS_KEPT. */
export async function createBackup(
  db: Database.Database,
  dataDir: string,
  now = new Date(),
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let name = `user-${fileStamp(now)}.sqlite`;
  for (let i = 1; existsSync(join(dir, name)); i++) name = `user-${fileStamp(now)}-${i}.sqlite`;
  const tmp = join(dir, `${name}.partial`);
  await db.backup(tmp);
  renameSync(tmp, join(dir, name));
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.path);
  const made = listBackups(dataDir).find((b) => b.name === name);
  if (!made) throw new LecternError('IO', `Backup ${name} vanished after it was written.`);
  return made;
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
export interface RestoreResult {
  restored: BackupInfo;
  previousSavedAs: string | null;
}

/**
 * Replaces `dbPath` with a backup (the newest when `name` is omitted). The caller must have closed the database.
 * The current file is moved to `<dbPath>.before-restore-<time>` first.
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
  const previousSavedAs = existsSync(dbPath)
    ? moveDatabaseAside(dbPath, `before-restore-${fileStamp(now)}`)
    : null;
  const tmp = `${dbPath}.restoring`;
  copyFileSync(chosen.path, tmp);
  renameSync(tmp, dbPath);
  return { restored: chosen, previousSavedAs };
}
