// Opens user.sqlite read-write: WAL, foreign keys, full sync, migrations, and recovery from a corrupt file.
// A corrupt file is moved aside and the newest healthy backup restored; the caller must tell the user.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.js';
import { explainFailure } from '../failure-messages.js';
import { fileStamp, isHealthyDatabase, listBackups, moveDatabaseAside, restoreBackup } from './backups.js';
import { migrate } from './migrations.js';

/** The file name inside the user-data folder. */
export const USER_DB_FILE = 'user.sqlite';

/** What happened when the database at start-up was found corrupt (shown to the user). */
export interface RecoveryReport {
  corruptSavedAs: string;
  restoredBackup: string | null; // null: no healthy backup existed, a new empty database was created
  message: string;
}

/** An open user database and where it lives. */
export interface UserDb {
  db: Database.Database;
  path: string;
  dataDir: string;
  recovery: RecoveryReport | null;
}

/** Options for openUserDb; `now` is injectable so tests can name files deterministically. */
interface OpenUserDbOptions {
  now?: () => Date;
}

const CORRUPTION_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_IOERR_SHORT_READ',
]);

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

function openAndCheck(path: string): Database.Database {
  const db = new Database(path);
  try {
    // Durability over speed: a reviewer's note must survive a power cut, not only a crash.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function recover(path: string, dataDir: string, now: Date): RecoveryReport {
  const corruptSavedAs = moveDatabaseAside(path, `corrupt-${fileStamp(now)}`);
  const healthy = listBackups(dataDir).find((b) => isHealthyDatabase(b.path));
  if (healthy) restoreBackup(path, dataDir, healthy.name, now);
  const restoredBackup = healthy?.name ?? null;
  const message = healthy
    ? `Your notes database was damaged. It was saved as ${corruptSavedAs} and the backup from ${healthy.takenAt} was restored; changes after that backup are in the saved file.`
    : `Your notes database was damaged and no healthy backup was found. It was saved as ${corruptSavedAs}; a new empty database was created.`;
  return { corruptSavedAs, restoredBackup, message };
}

/** Opens (creating if needed) `<dataDir>/user.sqlite`, migrating it and recovering from corruption. */
export function openUserDb(dataDir: string, options: OpenUserDbOptions = {}): UserDb {
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, USER_DB_FILE);
  try {
    return { db: openAndCheck(path), path, dataDir, recovery: null };
  } catch (error) {
    if (!isCorruption(error) || !existsSync(path)) {
      if (error instanceof LecternError) throw error;
      // A locked, read-only or full data folder is worded by its SQLite or errno code (failure-messages.ts).
      throw (
        explainFailure(error) ??
        new LecternError(
          'IO',
          `Cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`,
        )
      );
    }
  }
  const recovery = recover(path, dataDir, now());
  return { db: openAndCheck(path), path, dataDir, recovery };
}
