// The corpus.sqlite schema (format version in electron/core/corpus/manifest.ts).
import type Database from 'better-sqlite3';

/** Creates the corpus tables in an empty database. */
export function createCorpusSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE documents (
      doc_id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
      short_title TEXT NOT NULL, number TEXT, issuer TEXT, signer TEXT, author TEXT, issued TEXT,
      effective TEXT, published TEXT, language TEXT NOT NULL, status TEXT NOT NULL, about TEXT,
      source TEXT NOT NULL, content_hash TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE nodes (
      doc_id TEXT NOT NULL REFERENCES documents(doc_id), e_id TEXT NOT NULL, parent_e_id TEXT,
      kind TEXT NOT NULL, num TEXT, heading TEXT, text TEXT NOT NULL, ord INTEGER NOT NULL,
      depth INTEGER NOT NULL, cells_json TEXT,
      PRIMARY KEY (doc_id, e_id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX nodes_by_order ON nodes (doc_id, ord);
    CREATE TABLE refs (
      doc_id TEXT NOT NULL, ord INTEGER NOT NULL, from_e_id TEXT NOT NULL, start INTEGER NOT NULL,
      "end" INTEGER NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL, target_doc_id TEXT, target_e_id TEXT,
      cited_act TEXT,
      PRIMARY KEY (doc_id, ord)
    ) WITHOUT ROWID;
    CREATE TABLE terms (
      doc_id TEXT NOT NULL, ord INTEGER NOT NULL, term TEXT NOT NULL, defining_e_id TEXT NOT NULL,
      definition TEXT NOT NULL,
      PRIMARY KEY (doc_id, ord)
    ) WITHOUT ROWID;
  `);
}
