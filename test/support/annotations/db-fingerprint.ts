// Hash of every row of every table: proves a failed operation left user.sqlite exactly as it was.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** SHA-256 over all tables' rows (ordered), plus user_version. */
export function dbFingerprint(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  hash.update(String(db.pragma('user_version', { simple: true })));
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all();
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    hash.update(`${name}\n${lines.join('\n')}`);
  }
  return hash.digest('hex');
}
