// Migration v7 (replica id, version vectors) upgrades a real v6 user.sqlite: annotations keep their content, each
// counts as one edit of the new replica, `sync_hash` is gone, and the change log is untouched.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { replicaId } from '../../../electron/core/annotations/replica.js';
import { getAnnotation } from '../../../electron/core/annotations/repository.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig7-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const v7 = MIGRATIONS.findIndex((m) => m.name === 'replica id, version vectors and conflict sides');
const columns = (): string[] =>
  (db.prepare('PRAGMA table_info(annotations)').all() as { name: string }[]).map((c) => c.name);

describe('migration v7: replica id and version vectors', () => {
  it('is the seventh step and upgrades a v6 database, keeping annotations, tags and the log', () => {
    expect(v7).toBe(6);
    migrate(db, MIGRATIONS.slice(0, v7));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated, sync_hash, conflict_of)
      VALUES ('a1', 'decree-63-2020', 'h1', 'art_6', 'kept', 'red', 'A', 't0', 't1', 'abc', NULL),
             ('a2', 'decree-63-2020', 'h1', 'art_7', 'copy', 'blue', 'B', 't0', 't1', NULL, 'a1');
      INSERT INTO tags (name) VALUES ('secrets');
      INSERT INTO annotation_tags VALUES ('a1', 1);
      UPDATE annotations SET tags_json = '["secrets"]' WHERE id = 'a1';
      INSERT INTO actions (kind, at, author, summary) VALUES ('create', 't0', 'A', 'create');
      INSERT INTO changes (action_id, annotation_id, before, after) VALUES (1, 'a1', NULL, '{}');
    `);
    migrate(db, MIGRATIONS.slice(0, v7 + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(columns()).toEqual(expect.arrayContaining(['versions', 'conflict_local']));
    expect(columns()).not.toContain('sync_hash');

    const replica = replicaId(db);
    expect(replica).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(getAnnotation(db, 'a1')).toMatchObject({
      note: 'kept',
      color: 'red',
      tags: ['secrets'],
      versions: { [replica]: 1 },
      conflictLocal: false,
    });
    expect(getAnnotation(db, 'a2')).toMatchObject({ conflictOf: 'a1', versions: { [replica]: 1 } });
    expect(db.prepare('SELECT count(*) AS n FROM changes').get()).toEqual({ n: 1 });
  });

  it('gives every user.sqlite its own replica id', () => {
    migrate(db);
    const other = new Database(join(tmp.dir, 'other.sqlite'));
    migrate(other);
    expect(replicaId(db)).not.toBe(replicaId(other));
    expect(db.prepare('SELECT count(*) AS n FROM replica').get()).toEqual({ n: 1 });
    other.close();
  });
});
