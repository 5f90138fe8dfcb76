// The search snapshot's own file beside user.sqlite (`search-index.sqlite`). It is derived data: it names the
// documents it covers, so it never has to agree with user.sqlite transaction by transaction — start-up indexes
// whatever differs — and keeping it apart keeps user.sqlite, its integrity check and its backups the size of the
// reviewer's own data. Written in one transaction (old or new after a kill); an unreadable file is replaced.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_INDEX_FORMAT, type IndexRow, type SearchIndex } from '../search/search-index';

/** The snapshot's file name in the data folder. */
export const SNAPSHOT_FILE = 'search-index.sqlite';

const FORMAT_KEY = 'lectern:format';

/** What a read found: rows of the current format, nothing, or a file that could not be read (and why). */
type SnapshotRead = { rows: IndexRow[] } | { rows: null; damaged: string | null };

/** Where the snapshot of the library whose user.sqlite is `userDb` lives; null for an in-memory database. */
export function snapshotPathFor(userDb: Database.Database): string | null {
  return userDb.memory ? null : join(dirname(userDb.name), SNAPSHOT_FILE);
}

/** Reads the snapshot; another format counts as none (it is simply rewritten later). */
export function readSnapshotFile(path: string | null): SnapshotRead {
  if (path === null || !existsSync(path)) return { rows: null, damaged: null };
  let db: Database.Database | null = null;
  try {
    db = openForRead(path);
    const rows = db.prepare<[], IndexRow>('SELECT key, data FROM snapshot ORDER BY ord').all();
    const head = rows[0];
    if (head?.key !== FORMAT_KEY || head.data !== String(SEARCH_INDEX_FORMAT))
      return { rows: null, damaged: null };
    return { rows: rows.slice(1) };
  } catch (e) {
    return { rows: null, damaged: `The stored search index (${SNAPSHOT_FILE}) is unreadable: ${String(e)}` };
  } finally {
    db?.close();
  }
}

/**
 * Opens the snapshot read-write where the folder allows it, so SQLite can roll back the hot journal of a write
 * killed part-way (a read-only connection cannot, and would call the intact old snapshot unreadable).
 */
function openForRead(path: string): Database.Database {
  try {
    return new Database(path, { fileMustExist: true });
  } catch {
    return new Database(path, { readonly: true, fileMustExist: true });
  }
}

/** Replaces the snapshot with `index` in one transaction; null removes the file (nothing imported). */
export function writeSnapshotFile(path: string | null, index: SearchIndex | null): void {
  if (path === null) return;
  if (index === null) {
    rmSync(path, { force: true });
    return;
  }
  const db = openWritable(path);
  try {
    const insert = db.prepare('INSERT INTO snapshot (ord, key, data) VALUES (?, ?, ?)');
    const rows = index.toRows();
    db.transaction(() => {
      db.prepare('DELETE FROM snapshot').run();
      insert.run(0, FORMAT_KEY, String(SEARCH_INDEX_FORMAT));
      rows.forEach((row, i) => insert.run(i + 1, row.key, row.data));
    })();
  } finally {
    db.close();
  }
}

/** Opens (creating) the snapshot file; a file that is not a readable snapshot is replaced by a new one. */
function openWritable(path: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.exec(
      'CREATE TABLE IF NOT EXISTS snapshot (ord INTEGER PRIMARY KEY, key TEXT NOT NULL, data TEXT NOT NULL)',
    );
    return db;
  } catch {
    for (const p of [path, `${path}-journal`]) rmSync(p, { force: true });
    const db = new Database(path);
    db.exec('CREATE TABLE snapshot (ord INTEGER PRIMARY KEY, key TEXT NOT NULL, data TEXT NOT NULL)');
    return db;
  }
}
