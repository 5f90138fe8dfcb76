// Migration v6 (reading positions) upgrades a real v5 user.sqlite with settings and an annotation, keeping them,
// and the position store keeps one row per document across a close and reopen of the file.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import {
  clearReadingPosition,
  getReadingPosition,
  setReadingPosition,
} from '../../../electron/core/userdb/reading-positions.js';
import { getSetting } from '../../../electron/core/userdb/settings.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig6-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const v6 = MIGRATIONS.findIndex((m) => m.name === 'last reading position per document');

describe('migration v6: reading positions', () => {
  it('is the sixth step and upgrades a v5 database, keeping its settings and annotations', () => {
    expect(v6).toBe(5);
    migrate(db, MIGRATIONS.slice(0, v6));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a1', 'decree-63-2020', 'h1', 'art_6', 'kept', 'red', 'A', 't0', 't0');
      INSERT INTO settings VALUES ('theme', '"dark"'), ('fontScale', '1.2');
    `);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'reading_positions'").get(),
    ).toBeUndefined();

    migrate(db, MIGRATIONS.slice(0, v6 + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT id, note FROM annotations').all()).toEqual([{ id: 'a1', note: 'kept' }]);
    expect(getSetting(db, 'theme')).toBe('dark');
    expect(getSetting(db, 'fontScale')).toBe(1.2);
    // A v5 file has no lineWidth: the default applies until the reviewer picks one.
    expect(getSetting(db, 'lineWidth')).toBe('medium');
    expect(getReadingPosition(db, 'decree-63-2020')).toBeNull();
  });

  it('keeps one position per document that survives closing and reopening user.sqlite', () => {
    db.close();
    const first = openUserDb(tmp.dir);
    setReadingPosition(first.db, 'decree-63-2020', 'art_6', new Date('2025-01-02T03:04:05Z'));
    setReadingPosition(first.db, 'decree-63-2020', 'art_18__cl_1', new Date('2025-01-02T03:05:00Z'));
    setReadingPosition(first.db, 'commentary-law-2024', 'sec_2', new Date('2025-01-03T00:00:00Z'));
    first.db.close();

    const again = openUserDb(tmp.dir);
    expect(getReadingPosition(again.db, 'decree-63-2020')).toEqual({
      docId: 'decree-63-2020',
      eId: 'art_18__cl_1',
      updated: '2025-01-02T03:05:00.000Z',
    });
    expect(getReadingPosition(again.db, 'commentary-law-2024')?.eId).toBe('sec_2');
    expect(again.db.prepare('SELECT COUNT(*) AS n FROM reading_positions').get()).toEqual({ n: 2 });
    clearReadingPosition(again.db, 'commentary-law-2024');
    expect(getReadingPosition(again.db, 'commentary-law-2024')).toBeNull();
    again.db.close();
  });
});
