// Stores the serialized search index in a table of corpus.sqlite (written at build time, read at start-up),
// with the index-format version, so start-up imports instead of re-indexing.
import type Database from 'better-sqlite3';
import type { CorpusReader } from '../corpus/model';
import { LecternError } from '../errors';
import { SEARCH_INDEX_FORMAT, SearchIndex, type IndexRow } from './search-index';

const TABLE = 'search_index';
const FORMAT_KEY = 'lectern:format';

/** The index as read from a corpus file: its format version and its rows in write order. */
interface StoredIndex {
  format: number;
  rows: IndexRow[];
}

/** Index every document a reader holds, in its listing order (which fixes ids, so builds are repeatable). */
export function buildIndexFromReader(reader: CorpusReader): SearchIndex {
  return SearchIndex.build(
    reader.listDocuments().map((meta) => ({ meta, nodes: reader.getNodes(meta.docId) })),
  );
}

/** Replace the stored index in `db` (a writable corpus being built) with `index`. */
export function writeSearchIndex(db: Database.Database, index: SearchIndex): void {
  const rows = index.toRows();
  db.exec(`DROP TABLE IF EXISTS ${TABLE};
    CREATE TABLE ${TABLE} (ord INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, data TEXT NOT NULL);`);
  const insert = db.prepare(`INSERT INTO ${TABLE} (ord, key, data) VALUES (?, ?, ?)`);
  db.transaction(() => {
    insert.run(0, FORMAT_KEY, String(SEARCH_INDEX_FORMAT));
    rows.forEach((row, i) => insert.run(i + 1, row.key, row.data));
  })();
}

/** Read the stored index; null when the corpus has none. Throws CORRUPT for an unreadable version row. */
export function readSearchIndex(db: Database.Database): StoredIndex | null {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE);
  if (exists === undefined) return null;
  const all = db.prepare(`SELECT key, data FROM ${TABLE} ORDER BY ord`).all() as IndexRow[];
  const head = all[0];
  if (head?.key !== FORMAT_KEY || !/^\d+$/.test(head.data)) {
    throw new LecternError('CORRUPT', 'The search index in the corpus has no format version.');
  }
  return { format: Number(head.data), rows: all.slice(1) };
}

/** What loading decided: the index, and a message when it had to rebuild instead of import. */
interface LoadedIndex {
  index: SearchIndex;
  rebuilt: string | null;
}

/**
 * Import the stored index when its format matches; otherwise (missing, other version, unreadable)
 * rebuild from the corpus text once, in memory, and say why. Never leaves search unusable.
 */
export function loadSearchIndex(stored: StoredIndex | null, reader: CorpusReader): LoadedIndex {
  if (stored === null) {
    return { index: buildIndexFromReader(reader), rebuilt: 'The corpus has no search index; rebuilt it.' };
  }
  if (stored.format !== SEARCH_INDEX_FORMAT) {
    return {
      index: buildIndexFromReader(reader),
      rebuilt: `Search index format ${stored.format} differs from ${SEARCH_INDEX_FORMAT}; rebuilt it.`,
    };
  }
  try {
    return { index: SearchIndex.fromRows(stored.rows), rebuilt: null };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { index: buildIndexFromReader(reader), rebuilt: `${why.replace(/\.?$/, '.')} Rebuilt it.` };
  }
}
