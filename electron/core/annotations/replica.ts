// This user.sqlite's replica id (created by migration v7): the key under which its edits are counted in every
// annotation's version vector, and the author id written into exported bundles.
import type Database from 'better-sqlite3';
import { LecternError } from '../errors.js';

const cache = new WeakMap<Database.Database, string>();

/** The replica id of the open user database (read once per connection). */
export function replicaId(db: Database.Database): string {
  const known = cache.get(db);
  if (known !== undefined) return known;
  const row = db.prepare('SELECT id FROM replica LIMIT 1').get() as { id: string } | undefined;
  if (!row) throw new LecternError('INTERNAL', 'user.sqlite has no replica id (migration v7 did not run).');
  cache.set(db, row.id);
  return row.id;
}
