// better-sqlite3 compiles SQL on every `prepare` (tens of microseconds), which dominates a point lookup; the
// hot reads (one node, one document) reuse one compiled statement per connection instead.
import type Database from 'better-sqlite3';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `sql` on `db`, compiled on first use and kept for the life of the connection. */
export function prepared<P extends unknown[], R>(
  db: Database.Database,
  sql: string,
): Database.Statement<P, R> {
  let statements = byConnection.get(db);
  if (statements === undefined) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
}
