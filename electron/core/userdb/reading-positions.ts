// The last reading position per document (user.sqlite `reading_positions`): restored when a document is reopened
// or the app restarts. Callers check that the document and provision exist; this module only stores them.
import type Database from 'better-sqlite3';
import type { ReadingPosition } from './model.js';

export type { ReadingPosition } from './model.js';

interface Row {
  doc_id: string;
  e_id: string;
  updated: string;
}

const toPosition = (r: Row): ReadingPosition => ({ docId: r.doc_id, eId: r.e_id, updated: r.updated });

/** The stored position for a document, or null when it was never opened. */
export function getReadingPosition(db: Database.Database, docId: string): ReadingPosition | null {
  const row = db
    .prepare('SELECT doc_id, e_id, updated FROM reading_positions WHERE doc_id = ?')
    .get(docId) as Row | undefined;
  return row ? toPosition(row) : null;
}

/** Records (or moves) a document's position; one row per document, so the table never grows past the library. */
export function setReadingPosition(
  db: Database.Database,
  docId: string,
  eId: string,
  now: Date = new Date(),
): ReadingPosition {
  const updated = now.toISOString();
  db.prepare(
    `INSERT INTO reading_positions (doc_id, e_id, updated) VALUES (?, ?, ?)
     ON CONFLICT(doc_id) DO UPDATE SET e_id = excluded.e_id, updated = excluded.updated`,
  ).run(docId, eId, updated);
  return { docId, eId, updated };
}

/** Forgets a document's position (its document was removed or its provision no longer exists). */
export function clearReadingPosition(db: Database.Database, docId: string): void {
  db.prepare('DELETE FROM reading_positions WHERE doc_id = ?').run(docId);
}
