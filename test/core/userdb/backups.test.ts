// Start-up backups, rotation, restore, and recovery from a corrupt user.sqlite — on real files.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT,
  createBackup,
  listBackups,
  restoreBackup,
} from '../../../electron/core/userdb/backups.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import { getSetting, setSetting } from '../../../electron/core/userdb/settings.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir('lectern-bak-')));
afterEach(() => {
  tmp.cleanup();
});

const at = (minute: number): Date => new Date(Date.UTC(2025, 4, 1, 9, minute));

describe('backups', () => {
  it('keeps only the newest seven, each a healthy copy of the data at that time', async () => {
    const { db } = openUserDb(tmp.dir);
    for (let i = 0; i < 10; i++) {
      setSetting(db, 'reviewerName', `reviewer ${i}`);
      await createBackup(db, tmp.dir, at(i));
    }
    db.close();
    const backups = listBackups(tmp.dir);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups[0]!.takenAt).toBe(at(9).toISOString());
    expect(backups.at(-1)!.takenAt).toBe(at(3).toISOString());
    const copy = new Database(backups.at(-1)!.path, { readonly: true });
    expect(getSetting(copy, 'reviewerName')).toBe('reviewer 3');
    copy.close();
  });

  it('restores a chosen backup and keeps the replaced database', async () => {
    const opened = openUserDb(tmp.dir);
    setSetting(opened.db, 'reviewerName', 'before');
    const backup = await createBackup(opened.db, tmp.dir, at(1));
    setSetting(opened.db, 'reviewerName', 'after');
    opened.db.close();
    const result = restoreBackup(opened.path, tmp.dir, backup.name, at(2));
    expect(result.previousSavedAs).toMatch(/user\.sqlite\.before-restore-/);
    const reopened = openUserDb(tmp.dir);
    expect(getSetting(reopened.db, 'reviewerName')).toBe('before');
    reopened.db.close();
    const kept = new Database(result.previousSavedAs!, { readonly: true });
    expect(getSetting(kept, 'reviewerName')).toBe('after');
    kept.close();
    expect(() => restoreBackup(opened.path, tmp.dir, 'user-nope.sqlite')).toThrow(/No backup/);
  });
});

describe('corruption at open', () => {
  it('moves the damaged file aside byte-for-byte, restores the newest backup and says so', async () => {
    const first = openUserDb(tmp.dir);
    setSetting(first.db, 'reviewerName', 'from backup');
    await createBackup(first.db, tmp.dir, at(5));
    first.db.close();
    const garbage = Buffer.from('this is not an SQLite database '.repeat(200));
    writeFileSync(first.path, garbage);

    const second = openUserDb(tmp.dir, { now: () => at(6) });
    expect(second.recovery).not.toBeNull();
    expect(second.recovery!.restoredBackup).toBe(listBackups(tmp.dir)[0]!.name);
    expect(second.recovery!.message).toMatch(/damaged/);
    expect(readFileSync(second.recovery!.corruptSavedAs)).toEqual(garbage);
    expect(getSetting(second.db, 'reviewerName')).toBe('from backup');
    expect(second.db.pragma('integrity_check', { simple: true })).toBe('ok');
    second.db.close();
  });

  it('starts empty but keeps the damaged file when no backup exists', () => {
    writeFileSync(join(tmp.dir, 'user.sqlite'), Buffer.alloc(8192, 7));
    const opened = openUserDb(tmp.dir, { now: () => at(7) });
    expect(opened.recovery!.restoredBackup).toBeNull();
    expect(existsSync(opened.recovery!.corruptSavedAs)).toBe(true);
    expect(getSetting(opened.db, 'reviewerName')).toBe('');
    opened.db.close();
  });

  it('detects a damaged page inside an otherwise valid file', async () => {
    const opened = openUserDb(tmp.dir);
    opened.db.exec('CREATE TABLE filler (x TEXT)');
    const insert = opened.db.prepare('INSERT INTO filler VALUES (?)');
    opened.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    })();
    await createBackup(opened.db, tmp.dir, at(8));
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    opened.db.close();
    const bytes = readFileSync(opened.path);
    bytes.fill(0xff, 4096 * 3, 4096 * 6); // smash three b-tree pages
    writeFileSync(opened.path, bytes);
    const reopened = openUserDb(tmp.dir, { now: () => at(9) });
    expect(reopened.recovery?.restoredBackup).toMatch(/^user-/);
    expect(reopened.db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 2000 });
    reopened.db.close();
  });
});
