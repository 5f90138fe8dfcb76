// Search over bundled and imported documents together. The index over the combined set is built when an import
// changes it and stored in user.sqlite with a fingerprint of the documents it covers, so start-up imports it
// (like the bundled index in corpus.sqlite) instead of re-indexing; a stale or damaged copy is rebuilt once.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { CorpusReader } from '../corpus/model';
import { buildIndexFromReader } from '../search/index-store';
import type { OpenedSearch } from '../search/open-search';
import { openSearch } from '../search/open-search';
import { SEARCH_INDEX_FORMAT, SearchIndex } from '../search/search-index';
import type { IndexRow } from '../search/search-index';
import { SearchService } from '../search/search-service';
import type { CombinedReader } from './combined-reader';
import { listImported } from './imported-repository';

const FINGERPRINT_KEY = 'lectern:fingerprint';

/** Identifies the documents (ids and content hashes, in order) and the index format a stored index covers. */
export function searchFingerprint(reader: CorpusReader): string {
  const hash = createHash('sha256').update(`format ${SEARCH_INDEX_FORMAT}\n`);
  for (const d of reader.listDocuments()) hash.update(`${d.docId} ${d.contentHash}\n`);
  return hash.digest('hex');
}

/** Rebuilds the combined index and stores it; with no imports the table is emptied (the bundled index serves). */
export function storeCombinedIndex(db: Database.Database, reader: CombinedReader): SearchIndex | null {
  db.prepare('DELETE FROM imported_search_index').run();
  if (listImported(db).length === 0) return null;
  const index = buildIndexFromReader(reader);
  const insert = db.prepare('INSERT INTO imported_search_index (ord, key, data) VALUES (?, ?, ?)');
  insert.run(0, FINGERPRINT_KEY, searchFingerprint(reader));
  index.toRows().forEach((row, i) => insert.run(i + 1, row.key, row.data));
  return index;
}

/** The stored combined index when it still covers exactly the current documents; null otherwise. */
export function loadCombinedIndex(db: Database.Database, reader: CorpusReader): SearchIndex | null {
  const rows = db.prepare<[], IndexRow>('SELECT key, data FROM imported_search_index ORDER BY ord').all();
  const head = rows[0];
  if (head?.key !== FINGERPRINT_KEY || head.data !== searchFingerprint(reader)) return null;
  try {
    return SearchIndex.fromRows(rows.slice(1));
  } catch {
    return null;
  }
}

/**
 * Opens search for the app or CLI: the bundled index when nothing is imported; otherwise the stored combined
 * index, rebuilt (and stored again) only when it is missing, stale or unreadable, with the reason.
 */
export function openCombinedSearch(corpusDb: Database.Database, reader: CombinedReader): OpenedSearch {
  if (listImported(reader.userDb).length === 0) return openSearch(corpusDb, reader);
  const stored = loadCombinedIndex(reader.userDb, reader);
  if (stored !== null) return { service: new SearchService(reader, stored), rebuilt: null };
  const index = reader.userDb.transaction(() => storeCombinedIndex(reader.userDb, reader))();
  if (index === null) return openSearch(corpusDb, reader);
  return {
    service: new SearchService(reader, index),
    rebuilt: 'The stored index of imported documents was missing or out of date; rebuilt it.',
  };
}
