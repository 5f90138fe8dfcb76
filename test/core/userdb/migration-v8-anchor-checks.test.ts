// Migration v8 (anchor checks) upgrades a real v7 user.sqlite: annotations are untouched, the new table starts
// empty, and its rows go with their annotation.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { anchorStates, recordAnchorChecks } from '../../../electron/core/annotations/repository.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig8-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const v8 = MIGRATIONS.findIndex((m) => m.name === 'anchor checks');

describe('migration v8: anchor checks', () => {
  it('is the eighth step, keeps every annotation and records checks that go with their note', () => {
    expect(v8).toBe(7);
    migrate(db, MIGRATIONS.slice(0, v8));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a1', 'nd', 'old', 'art_1', 'kept', 'red', 'A', 't0', 't1'),
             ('a2', 'nd', 'new', 'art_2', 'current', 'blue', 'B', 't0', 't1');
    `);
    migrate(db, MIGRATIONS.slice(0, v8 + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(anchorStates(db).map((s) => [s.id, s.docHash, s.checked])).toEqual([
      ['a1', 'old', null],
      ['a2', 'new', null],
    ]);
    // Only the note off the text 'new' is recorded as re-anchored against it.
    recordAnchorChecks(db, 'nd', 'new');
    expect(anchorStates(db).map((s) => [s.id, s.checked])).toEqual([
      ['a1', 'new'],
      ['a2', null],
    ]);
    db.exec("DELETE FROM annotations WHERE id = 'a1'");
    expect(db.prepare('SELECT count(*) AS n FROM anchor_checks').get()).toEqual({ n: 0 });
  });
});
