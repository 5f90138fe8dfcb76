// Migration v10 (passage parts) upgrades a real v9 user.sqlite: every note keeps its target and reads back with no
// following parts; parts written afterwards round-trip, and the column refuses anything but a JSON array.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { getAnnotation, saveAnnotation } from '../../../electron/core/annotations/repository.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig10-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const v10 = MIGRATIONS.findIndex((m) => m.name === 'passage parts across provisions');

describe('migration v10: passage parts across provisions', () => {
  it('is the tenth step and reads existing notes as notes on one provision', () => {
    expect(v10).toBe(9);
    migrate(db, MIGRATIONS.slice(0, v10));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, pos_start, pos_end, quote_exact, quote_prefix,
        quote_suffix, note, color, author, created, updated)
      VALUES ('a1', 'nd', 'h', 'art_6__cl_1', 0, 4, 'Tổ c', '', 'hức', 'kept', 'red', 'A', 't0', 't1');
    `);
    migrate(db, MIGRATIONS.slice(0, v10 + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const a = getAnnotation(db, 'a1');
    expect(a?.target).toMatchObject({ eId: 'art_6__cl_1', position: { start: 0, end: 4 } });
    expect(a?.note).toBe('kept');
    expect(a?.continues).toEqual([]);
  });

  it('stores a passage’s following parts and refuses a value that is not an array', () => {
    migrate(db);
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a2', 'nd', 'h', 'art_6__cl_1', '', 'red', 'A', 't0', 't1');
    `);
    const a = getAnnotation(db, 'a2');
    if (!a) throw new Error('a2 missing');
    const part = {
      eId: 'art_6__cl_2',
      position: { start: 0, end: 3 },
      quote: { exact: 'abc', prefix: '', suffix: 'd' },
    };
    saveAnnotation(db, { ...a, continues: [part] });
    expect(getAnnotation(db, 'a2')?.continues).toEqual([part]);
    expect(() => db.exec(`UPDATE annotations SET continues_json = '{}' WHERE id = 'a2'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE annotations SET continues_json = 'not json' WHERE id = 'a2'`)).toThrow();
  });

  it('undoes an action logged before the upgrade (its snapshots have no parts)', () => {
    migrate(db, MIGRATIONS.slice(0, v10));
    const before = {
      id: 'a3',
      target: { docId: 'decree-63-2020', docHash: 'h', eId: 'art_4__cl_1', position: null, quote: null },
      note: 'old',
      color: 'red',
      tags: [],
      author: 'A',
      created: 't0',
      updated: 't1',
      deleted: null,
      anchor: 'anchored',
      conflictOf: null,
      versions: {},
      conflictLocal: false,
    };
    const after = { ...before, note: 'new', updated: 't2' };
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a3', 'decree-63-2020', 'h', 'art_4__cl_1', 'new', 'red', 'A', 't0', 't2');
      INSERT INTO actions (id, kind, at, author, summary) VALUES (1, 'update', 't2', 'A', 'update note on art_4__cl_1');
    `);
    db.prepare('INSERT INTO changes (action_id, annotation_id, before, after) VALUES (1, ?, ?, ?)').run(
      'a3',
      JSON.stringify(before),
      JSON.stringify(after),
    );
    migrate(db);
    const service = new AnnotationService({ db, corpus: new FixtureCorpus(), author: () => 'A' });
    expect(service.undo().reverted).toBe(1);
    expect(getAnnotation(db, 'a3')).toMatchObject({ note: 'old', continues: [] });
  });
});
