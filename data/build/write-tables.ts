// Writes ingested documents into the corpus tables, in a fixed order so the file is reproducible.
import type Database from 'better-sqlite3';
import type { IngestedDocument } from '../../electron/core/corpus/ingest/ingest-document';

/** Inserts documents, nodes, refs and terms (one transaction). */
export function writeDocuments(db: Database.Database, docs: readonly IngestedDocument[]): void {
  const insertDoc = db.prepare(
    `INSERT INTO documents VALUES (@doc_id, @ord, @kind, @title, @short_title, @number, @issuer, @signer, @author,
     @issued, @effective, @published, @language, @status, @about, @source, @content_hash)`,
  );
  const insertNode = db.prepare('INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertRef = db.prepare('INSERT INTO refs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertTerm = db.prepare('INSERT INTO terms VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    docs.forEach(({ document: d, nodes, refs, terms }, ord) => {
      insertDoc.run({
        doc_id: d.docId,
        ord,
        kind: d.kind,
        title: d.title,
        short_title: d.shortTitle,
        number: d.number,
        issuer: d.issuer,
        signer: d.signer,
        author: d.author,
        issued: d.issued,
        effective: d.effective,
        published: d.published,
        language: d.language,
        status: d.status,
        about: d.about,
        source: d.source,
        content_hash: d.contentHash,
      });
      for (const n of nodes) {
        const cells = n.cells === null ? null : JSON.stringify(n.cells);
        insertNode.run(
          n.docId,
          n.eId,
          n.parentEId,
          n.kind,
          n.num,
          n.heading,
          n.text,
          n.order,
          n.depth,
          cells,
        );
      }
      refs.forEach((r, i) => {
        insertRef.run(
          r.docId,
          i,
          r.fromEId,
          r.start,
          r.end,
          r.label,
          r.kind,
          r.targetDocId,
          r.targetEId,
          r.citedAct,
        );
      });
      terms.forEach((t, i) => {
        insertTerm.run(t.docId, i, t.term, t.definingEId, t.definition);
      });
    });
  })();
}
