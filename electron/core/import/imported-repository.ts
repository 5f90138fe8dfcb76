// SQL for imported documents in user.sqlite (tables created by migration v3): prepared statements only,
// `db` first. Rows mirror corpus.sqlite's, so imported and bundled documents read back the same way.
import type Database from 'better-sqlite3';
import type { CorpusNode, CrossRef, DefinedTerm, DocumentMeta, TableCell } from '../corpus/model';
import type { ImportFormat } from './limits';

/** Provenance and pairing kept with an imported document. */
export interface ImportedInfo {
  pairedWith: string | null;
  format: ImportFormat;
  fileSha256: string;
  importedAt: string;
}

/** An imported document's metadata plus its provenance and pairing. */
export type ImportedDocument = DocumentMeta & ImportedInfo;

/** Everything stored for one imported document. */
export interface StoredImport {
  document: DocumentMeta;
  info: ImportedInfo;
  nodes: readonly CorpusNode[];
  refs: readonly CrossRef[];
  terms: readonly DefinedTerm[];
}

interface DocRow {
  doc_id: string;
  kind: DocumentMeta['kind'];
  title: string;
  short_title: string;
  number: string | null;
  issuer: string | null;
  signer: string | null;
  author: string | null;
  issued: string | null;
  effective: string | null;
  published: string | null;
  language: DocumentMeta['language'];
  status: string;
  about: string | null;
  source: string;
  content_hash: string;
  paired_with: string | null;
  format: ImportFormat;
  file_sha256: string;
  imported_at: string;
}

interface NodeRow {
  e_id: string;
  parent_e_id: string | null;
  kind: CorpusNode['kind'];
  num: string | null;
  heading: string | null;
  text: string;
  ord: number;
  depth: number;
  cells_json: string | null;
}

const toImported = (r: DocRow): ImportedDocument => ({
  docId: r.doc_id,
  kind: r.kind,
  title: r.title,
  shortTitle: r.short_title,
  number: r.number,
  issuer: r.issuer,
  signer: r.signer,
  author: r.author,
  issued: r.issued,
  effective: r.effective,
  published: r.published,
  language: r.language,
  status: r.status,
  about: r.about,
  source: r.source,
  contentHash: r.content_hash,
  pairedWith: r.paired_with,
  format: r.format,
  fileSha256: r.file_sha256,
  importedAt: r.imported_at,
});

/** Imported documents in import order. */
export function listImported(db: Database.Database): ImportedDocument[] {
  return db.prepare<[], DocRow>('SELECT * FROM imported_documents ORDER BY ord').all().map(toImported);
}

/** One imported document, or null. */
export function getImported(db: Database.Database, docId: string): ImportedDocument | null {
  const row = db.prepare<[string], DocRow>('SELECT * FROM imported_documents WHERE doc_id = ?').get(docId);
  return row === undefined ? null : toImported(row);
}

/** An imported document's nodes in reading order. */
export function importedNodes(db: Database.Database, docId: string): CorpusNode[] {
  return db
    .prepare<[string], NodeRow>('SELECT * FROM imported_nodes WHERE doc_id = ? ORDER BY ord')
    .all(docId)
    .map((r) => toNode(docId, r));
}

/** One node of an imported document, or null. */
export function importedNode(db: Database.Database, docId: string, eId: string): CorpusNode | null {
  const row = db
    .prepare<[string, string], NodeRow>('SELECT * FROM imported_nodes WHERE doc_id = ? AND e_id = ?')
    .get(docId, eId);
  return row === undefined ? null : toNode(docId, row);
}

function toNode(docId: string, r: NodeRow): CorpusNode {
  return {
    docId,
    eId: r.e_id,
    parentEId: r.parent_e_id,
    kind: r.kind,
    num: r.num,
    heading: r.heading,
    text: r.text,
    order: r.ord,
    depth: r.depth,
    cells: r.cells_json === null ? null : (JSON.parse(r.cells_json) as TableCell[]),
  };
}

/** An imported document's cross-references. */
export function importedRefs(db: Database.Database, docId: string): CrossRef[] {
  return db
    .prepare<[string], Omit<CrossRef, 'docId'>>(
      `SELECT from_e_id AS fromEId, start, end, label, kind, target_doc_id AS targetDocId,
        target_e_id AS targetEId, cited_act AS citedAct FROM imported_refs WHERE doc_id = ? ORDER BY ord`,
    )
    .all(docId)
    .map((r) => ({ docId, ...r }));
}

/** An imported document's defined terms. */
export function importedTerms(db: Database.Database, docId: string): DefinedTerm[] {
  return db
    .prepare<[string], Omit<DefinedTerm, 'docId'>>(
      `SELECT term, defining_e_id AS definingEId, definition FROM imported_terms WHERE doc_id = ? ORDER BY ord`,
    )
    .all(docId)
    .map((r) => ({ docId, ...r }));
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
    `INSERT INTO imported_documents (doc_id, ord, kind, title, short_title, number, issuer, signer, author, issued,
      effective, published, language, status, about, source, content_hash, paired_with, format, file_sha256, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.docId,
    ord,
    d.kind,
    d.title,
    d.shortTitle,
    d.number,
    d.issuer,
    d.signer,
    d.author,
    d.issued,
    d.effective,
    d.published,
    d.language,
    d.status,
    d.about,
    d.source,
    d.contentHash,
    s.info.pairedWith,
    s.info.format,
    s.info.fileSha256,
    s.info.importedAt,
  );
  const node = db.prepare(
    `INSERT INTO imported_nodes (doc_id, e_id, parent_e_id, kind, num, heading, text, ord, depth, cells_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const n of s.nodes) {
    node.run(
      d.docId,
      n.eId,
      n.parentEId,
      n.kind,
      n.num,
      n.heading,
      n.text,
      n.order,
      n.depth,
      n.cells === null ? null : JSON.stringify(n.cells),
    );
  }
  const ref = db.prepare(
    `INSERT INTO imported_refs (doc_id, ord, from_e_id, start, end, label, kind, target_doc_id, target_e_id, cited_act)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  s.refs.forEach((r, i) =>
    ref.run(d.docId, i, r.fromEId, r.start, r.end, r.label, r.kind, r.targetDocId, r.targetEId, r.citedAct),
  );
  const term = db.prepare(
    'INSERT INTO imported_terms (doc_id, ord, term, defining_e_id, definition) VALUES (?, ?, ?, ?, ?)',
  );
  s.terms.forEach((t, i) => term.run(d.docId, i, t.term, t.definingEId, t.definition));
}
