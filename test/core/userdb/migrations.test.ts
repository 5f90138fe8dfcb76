// Each migration upgrades a real database written by the previous version, keeping its data.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_USER_VERSION, MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const columns = (table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_USER_VERSION).toBe(MIGRATIONS.length);
  });

  it('v1 turns an empty file into the annotation store', () => {
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual(['actions', 'annotation_tags', 'annotations', 'changes', 'settings', 'tags']);
    expect(() =>
      db
        .prepare(
          `INSERT INTO annotations (id, doc_id, doc_hash, e_id, color, author, created, updated) VALUES ('x','d','h','e','teal','a','t','t')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('v2 upgrades a v1 database with annotations, tags and log entries, keeping them all', () => {
    migrate(db, MIGRATIONS.slice(0, 1));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, pos_start, pos_end, quote_exact, quote_prefix, quote_suffix,
        note, color, author, created, updated)
      VALUES ('a1', 'decree-63-2020', 'h1', 'art_6__cl_1', 0, 4, 'Make', '', ' use', 'v1 note', 'red', 'A', 't0', 't0');
      INSERT INTO tags (name) VALUES ('secrets');
      INSERT INTO annotation_tags VALUES ('a1', 1);
      INSERT INTO actions (kind, at, author, summary) VALUES ('create', 't0', 'A', 'create');
      INSERT INTO changes (action_id, annotation_id, before, after) VALUES (1, 'a1', NULL, '{}');
      INSERT INTO settings VALUES ('reviewerName', '"A"');
    `);
    const before = db.prepare('SELECT * FROM annotations').all();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(columns('annotations')).toEqual(expect.arrayContaining(['sync_hash', 'conflict_of']));
    const after = db.prepare('SELECT * FROM annotations').all() as Record<string, unknown>[];
    expect(after).toEqual(
      (before as Record<string, unknown>[]).map((r) => ({ ...r, sync_hash: null, conflict_of: null })),
    );
    expect(db.prepare('SELECT count(*) AS n FROM changes').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'secrets' }]);
  });

  it('v4 backfills folded search text for notes written by v3', () => {
    migrate(db, MIGRATIONS.slice(0, 3));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('n1', 'decree-63-2020', 'h', 'art_6', 'Bí mật nhà nước — Điều 6', 'red', 'A', 't', 't');
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, pos_start, pos_end, quote_exact, quote_prefix, quote_suffix,
        color, author, created, updated)
      VALUES ('h1', 'decree-63-2020', 'h', 'art_6', 0, 9, 'Revealing', '', ' state', 'yellow', 'A', 't', 't');
      INSERT INTO tags (name) VALUES ('Quan Trọng');
      INSERT INTO annotation_tags VALUES ('h1', 1);
    `);
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT id, search_text FROM annotations ORDER BY id').all()).toEqual([
      { id: 'h1', search_text: 'revealing\ntags: quan trong' },
      { id: 'n1', search_text: 'bi mat nha nuoc — dieu 6' },
    ]);
  });

  it("v5 copies each annotation's tags onto its row, sorted, and leaves untagged rows empty", () => {
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, color, author, created, updated)
      VALUES ('t1', 'd', 'h', 'art_1', 'red', 'A', 't', 't'), ('t2', 'd', 'h', 'art_2', 'red', 'A', 't', 't');
      INSERT INTO tags (name) VALUES ('secrets'), ('Annex');
      INSERT INTO annotation_tags VALUES ('t1', 1), ('t1', 2);
    `);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.prepare('SELECT id, tags_json FROM annotations ORDER BY id').all()).toEqual([
      { id: 't1', tags_json: '["Annex","secrets"]' },
      { id: 't2', tags_json: '[]' },
    ]);
  });

  it('is idempotent and refuses a database from a newer Lectern', () => {
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_USER_VERSION);
    db.pragma(`user_version = ${LATEST_USER_VERSION + 1}`);
    db.close();
    expect(() => openUserDb(tmp.dir)).toThrow(/newer than this Lectern/);
  });

  it('opens with WAL, foreign keys and full sync', () => {
    db.close();
    const opened = openUserDb(tmp.dir);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2);
    opened.db.close();
  });
});
