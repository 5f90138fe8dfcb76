// Migration v3 (imported documents) upgrades a real v2 database with annotations, keeping them, and its tables
// hold a document, cascade its rows away on delete, and refuse an unknown format or language.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig3-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const insertDoc = (format = 'txt', language = 'vi'): void => {
  db.prepare(
    `INSERT INTO imported_documents (doc_id, ord, kind, title, short_title, language, status, source, content_hash,
      format, file_sha256, imported_at) VALUES ('decree-17-2031', 1, 'decree', 'T', 'S', ?, 'imported', 'f', 'h', ?, 'x', 't')`,
  ).run(language, format);
};

describe('migration v3: imported documents', () => {
  it('upgrades a v2 database with an annotation, keeping it, and adds the import tables', () => {
    const v3 = MIGRATIONS.findIndex((m) => m.name.startsWith('imported documents'));
    expect(MIGRATIONS[v3]?.version).toBe(3);
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(`INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a1', 'decree-17-2031', 'h0', 'art_1', 'kept', 'red', 'A', 't0', 't0')`);
    const before = db.prepare('SELECT * FROM annotations').all();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT * FROM annotations').all()).toEqual(before);
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'imported_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual([
      'imported_documents',
      'imported_nodes',
      'imported_refs',
      'imported_search_index',
      'imported_terms',
    ]);
  });

  it('cascades nodes, references and terms when a document is deleted', () => {
    migrate(db, MIGRATIONS.slice(0, 3));
    insertDoc();
    db.exec(`INSERT INTO imported_nodes (doc_id, e_id, kind, text, ord, depth) VALUES ('decree-17-2031', 'art_1', 'article', 'x', 0, 0);
      INSERT INTO imported_refs (doc_id, ord, from_e_id, start, end, label, kind) VALUES ('decree-17-2031', 0, 'art_1', 0, 1, 'x', 'internal');
      INSERT INTO imported_terms (doc_id, ord, term, defining_e_id, definition) VALUES ('decree-17-2031', 0, 't', 'art_1', 'd');`);
    db.exec("DELETE FROM imported_documents WHERE doc_id = 'decree-17-2031'");
    for (const t of ['imported_nodes', 'imported_refs', 'imported_terms']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    }
  });

  it('refuses an unknown format or language', () => {
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(() => {
      insertDoc('rtf');
    }).toThrow(/CHECK/u);
    expect(() => {
      insertDoc('txt', 'fr');
    }).toThrow(/CHECK/u);
  });
});
