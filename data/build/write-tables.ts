// Writes ingested documents into the corpus tables, in a fixed order so the file is reproducible.
import type Database from 'better-sqlite3';
import type { IngestedDocument } from '../../electron/core/corpus/ingest/ingest-document';
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
} from '../../electron/core/corpus/rows';

/** Inserts documents, nodes, refs and terms (one transaction). */
export function writeDocuments(db: Database.Database, docs: readonly IngestedDocument[]): void {
  const insertDoc = db.prepare(insertSql('documents', DOCUMENT_COLUMNS));
  const insertNode = db.prepare(insertSql('nodes', NODE_COLUMNS));
  const insertRef = db.prepare(insertSql('refs', REF_COLUMNS));
  const insertTerm = db.prepare(insertSql('terms', TERM_COLUMNS));
  db.transaction(() => {
    docs.forEach(({ document: d, nodes, refs, terms }, ord) => {
      insertDoc.run(documentValues(d, ord));
      for (const n of nodes) insertNode.run(nodeValues(n.docId, n));
      refs.forEach((r, i) => insertRef.run(refValues(r.docId, i, r)));
      terms.forEach((t, i) => insertTerm.run(termValues(t.docId, i, t)));
    });
  })();
}
