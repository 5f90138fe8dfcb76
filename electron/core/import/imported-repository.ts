// SQL for imported documents in user.sqlite (tables created by migration v3): prepared statements only,
// `db` first. Rows mirror corpus.sqlite's, so imported and bundled documents read back the same way.
import type Database from 'better-sqlite3';
import type { CorpusNode, CrossRef, DefinedTerm, DocumentMeta } from '../corpus/model';
import type { DocumentRow, NodeRow, RefRow, TermRow } from '../corpus/rows';
import {
  DOCUMENT_COLUMNS,
  NODE_COLUMNS,
  REF_COLUMNS,
  TERM_COLUMNS,
  documentValues,
  insertSql,
  nodeValues,
  refValues,
  termValues,
  toDocumentMeta,
  toNode,
  toRef,
  toTerm,
} from '../corpus/rows';
import { prepared } from '../corpus/prepared';
import type { ImportedDocument, ImportedInfo, ImportFormat } from './model';

/** Everything stored for one imported document. */
interface StoredImport {
  document: DocumentMeta;
  info: ImportedInfo;
  nodes: readonly CorpusNode[];
  refs: readonly CrossRef[];
  terms: readonly DefinedTerm[];
}

/** A row of imported_documents: the corpus document columns plus provenance and pairing. */
interface ImportedDocumentRow extends DocumentRow {
  paired_with: string | null;
  format: ImportFormat;
  file_sha256: string;
  imported_at: string;
}

const toImported = (r: ImportedDocumentRow): ImportedDocument => ({
  ...toDocumentMeta(r),
  pairedWith: r.paired_with,
  format: r.format,
  fileSha256: r.file_sha256,
  importedAt: r.imported_at,
});

const importedRows = (db: Database.Database): ImportedDocumentRow[] =>
  db.prepare<[], ImportedDocumentRow>('SELECT * FROM imported_documents ORDER BY ord').all();

const importedRow = (db: Database.Database, docId: string): ImportedDocumentRow | undefined =>
  prepared<[string], ImportedDocumentRow>(db, 'SELECT * FROM imported_documents WHERE doc_id = ?').get(docId);

/** Imported documents in import order. */
export function listImported(db: Database.Database): ImportedDocument[] {
  return importedRows(db).map(toImported);
}

/** What duplicate detection compares, for every imported document: a light read even for a large library. */
export function listImportedKeys(
  db: Database.Database,
): Pick<ImportedDocument, 'docId' | 'number' | 'language' | 'fileSha256' | 'shortTitle'>[] {
  return prepared<
    [],
    Pick<ImportedDocumentRow, 'doc_id' | 'number' | 'language' | 'file_sha256' | 'short_title'>
  >(db, 'SELECT doc_id, number, language, file_sha256, short_title FROM imported_documents ORDER BY ord')
    .all()
    .map((r) => ({
      docId: r.doc_id,
      number: r.number,
      language: r.language,
      fileSha256: r.file_sha256,
      shortTitle: r.short_title,
    }));
}

/** Imported documents in import order, as the plain DocumentMeta bundled documents have. */
export function listImportedMeta(db: Database.Database): DocumentMeta[] {
  return importedRows(db).map(toDocumentMeta);
}

/** One imported document, or null. */
export function getImported(db: Database.Database, docId: string): ImportedDocument | null {
  const row = importedRow(db, docId);
  return row === undefined ? null : toImported(row);
}

/** One imported document as plain DocumentMeta, or null. */
export function getImportedMeta(db: Database.Database, docId: string): DocumentMeta | null {
  const row = importedRow(db, docId);
  return row === undefined ? null : toDocumentMeta(row);
}

/** An imported document's nodes in reading order. */
export function importedNodes(db: Database.Database, docId: string): CorpusNode[] {
  return prepared<[string], NodeRow>(db, 'SELECT * FROM imported_nodes WHERE doc_id = ? ORDER BY ord')
    .all(docId)
    .map(toNode);
}

/** One node of an imported document, or null. */
export function importedNode(db: Database.Database, docId: string, eId: string): CorpusNode | null {
  const row = prepared<[string, string], NodeRow>(
    db,
    'SELECT * FROM imported_nodes WHERE doc_id = ? AND e_id = ?',
  ).get(docId, eId);
  return row === undefined ? null : toNode(row);
}

/** An imported document's cross-references. */
export function importedRefs(db: Database.Database, docId: string): CrossRef[] {
  return db
    .prepare<[string], RefRow>('SELECT * FROM imported_refs WHERE doc_id = ? ORDER BY ord')
    .all(docId)
    .map(toRef);
}

/** An imported document's defined terms. */
export function importedTerms(db: Database.Database, docId: string): DefinedTerm[] {
  return db
    .prepare<[string], TermRow>('SELECT * FROM imported_terms WHERE doc_id = ? ORDER BY ord')
    .all(docId)
    .map(toTerm);
}

/** Deletes an imported document and (by cascade) its nodes, references and terms. */
export function deleteImported(db: Database.Database, docId: string): boolean {
  // Explicit child deletes: the cascade needs foreign_keys = ON, which a tool's connection may not have set.
  for (const table of ['imported_nodes', 'imported_refs', 'imported_terms']) {
    db.prepare(`DELETE FROM ${table} WHERE doc_id = ?`).run(docId);
  }
  return db.prepare('DELETE FROM imported_documents WHERE doc_id = ?').run(docId).changes > 0;
}

/** Sets or clears the document an imported one is paired with. */
export function setPairedWith(db: Database.Database, docId: string, other: string | null): void {
  db.prepare('UPDATE imported_documents SET paired_with = ? WHERE doc_id = ?').run(other, docId);
}

/** Writes a document (replacing an earlier version under the same id, keeping its place in the list). */
export function saveImported(db: Database.Database, s: StoredImport): void {
  const d = s.document;
  const ord =
    db.prepare<[string], { ord: number }>('SELECT ord FROM imported_documents WHERE doc_id = ?').get(d.docId)
      ?.ord ??
    (db.prepare<[], { n: number | null }>('SELECT max(ord) AS n FROM imported_documents').get()?.n ?? 0) + 1;
  deleteImported(db, d.docId);
  db.prepare(
    insertSql('imported_documents', [
      ...DOCUMENT_COLUMNS,
      'paired_with',
      'format',
      'file_sha256',
      'imported_at',
    ]),
  ).run(...documentValues(d, ord), s.info.pairedWith, s.info.format, s.info.fileSha256, s.info.importedAt);
  const node = db.prepare(insertSql('imported_nodes', NODE_COLUMNS));
  for (const n of s.nodes) node.run(nodeValues(d.docId, n));
  const ref = db.prepare(insertSql('imported_refs', REF_COLUMNS));
  s.refs.forEach((r, i) => ref.run(refValues(d.docId, i, r)));
  const term = db.prepare(insertSql('imported_terms', TERM_COLUMNS));
  s.terms.forEach((t, i) => term.run(termValues(d.docId, i, t)));
}
