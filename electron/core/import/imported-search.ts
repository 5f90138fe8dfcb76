// Search over bundled and imported documents together, kept up to date one document at a time. In memory the
// index grows in place (SearchIndex.addDocument / removeDocument). On disk user.sqlite holds a snapshot of it
// that names the documents (id and content hash) it covers; the documents' own rows are the journal. At start-up
// the snapshot (or, before the first snapshot, the bundled index) is loaded and only the documents that differ
// from what it covers are indexed or masked. A snapshot is written in one transaction, so a kill at any moment
// leaves the old one or the new one, and the next start catches up from the documents either way.
import type Database from 'better-sqlite3';
import { LecternError } from '../errors';
import { buildIndexFromReader, loadSearchIndex, readSearchIndex } from '../search/index-store';
import type { NoteSearchProvider } from '../search/notes-seam';
import { SEARCH_INDEX_FORMAT, SearchIndex } from '../search/search-index';
import type { IndexRow } from '../search/search-index';
import { SearchService } from '../search/search-service';
import type { CombinedReader } from './combined-reader';
import { listImported } from './imported-repository';

const FORMAT_KEY = 'lectern:format';

/**
 * Documents changed since the stored snapshot before it is rewritten: start-up replays at most about this many
 * documents, and rewriting the snapshot (which costs the library's size) happens once per this many changes.
 */
export const SNAPSHOT_EVERY = 32;
/** Share of ids of removed documents above which the snapshot is written from a fresh build instead. */
export const REBUILD_DEAD_FRACTION = 0.25;

/** The snapshot stored in user.sqlite, or null when there is none or it is of another index format. */
function readSnapshot(db: Database.Database): IndexRow[] | null {
  const rows = db.prepare<[], IndexRow>('SELECT key, data FROM imported_search_index ORDER BY ord').all();
  const head = rows[0];
  if (head?.key !== FORMAT_KEY || head.data !== String(SEARCH_INDEX_FORMAT)) return null;
  return rows.slice(1);
}

/** Replaces the stored snapshot with `index` in one transaction (nothing stored when `index` is null). */
function writeSnapshot(db: Database.Database, index: SearchIndex | null): void {
  db.transaction(() => {
    db.prepare('DELETE FROM imported_search_index').run();
    if (index === null) return;
    const insert = db.prepare('INSERT INTO imported_search_index (ord, key, data) VALUES (?, ?, ?)');
    insert.run(0, FORMAT_KEY, String(SEARCH_INDEX_FORMAT));
    index.toRows().forEach((row, i) => insert.run(i + 1, row.key, row.data));
  })();
}

/** Documents whose id or content hash differs between two cover tables. */
function differing(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [id, hash] of a) if (b.get(id) !== hash) n++;
  for (const id of b.keys()) if (!a.has(id)) n++;
  return n;
}

/** What opening found: the library search, and a message when a stored index could not be used. */
export interface OpenedLibrarySearch {
  library: LibrarySearch;
  rebuilt: string | null;
}

/** The search of a library: the live SearchService, kept in step with each change, and its stored snapshot. */
export class LibrarySearch {
  private current: SearchService;
  private notes: NoteSearchProvider | null = null;

  private constructor(
    private readonly reader: CombinedReader,
    index: SearchIndex,
    /** What the stored snapshot covers (the bundled index's documents when there is no snapshot). */
    private stored: ReadonlyMap<string, string>,
  ) {
    this.current = new SearchService(reader, index);
  }

  /**
   * Opens search at start-up: the stored snapshot, else the bundled index, then only the documents changed
   * since are indexed. An unreadable snapshot is set aside (rebuilt from the documents) with a notice.
   */
  static open(corpusDb: Database.Database, reader: CombinedReader): OpenedLibrarySearch {
    let rebuilt: string | null = null;
    let base: SearchIndex | null = null;
    const rows = readSnapshot(reader.userDb);
    if (rows !== null) {
      try {
        base = SearchIndex.fromRows(rows);
      } catch (e) {
        const why = e instanceof LecternError ? e.message : String(e);
        rebuilt = `${why.replace(/\.?$/, '.')} The index of imported documents was rebuilt from the documents.`;
      }
    }
    const stored = base === null ? null : new Map(base.covers);
    if (base === null) {
      const loaded = loadSearchIndex(readSearchIndex(corpusDb), reader);
      base = loaded.index;
      rebuilt ??= loaded.rebuilt;
    }
    const library = new LibrarySearch(reader, base, stored ?? new Map(base.covers));
    library.current.syncAll();
    if (rebuilt !== null && rows !== null) library.store();
    return { library, rebuilt };
  }

  /** The service answering queries now. */
  get service(): SearchService {
    return this.current;
  }

  /** Plugs the reviewers' notes into search, now and after any rebuild. */
  setNoteProvider(provider: NoteSearchProvider | null): void {
    this.notes = provider;
    this.current.setNoteProvider(provider);
  }

  /** After a document was added, replaced or removed (null: after a batch), index just what changed. */
  sync(docId: string | null): void {
    if (docId === null) this.current.syncAll();
    else this.current.syncDocument(docId);
  }

  /** How many documents the live index holds differently from the stored snapshot. */
  staleness(): number {
    return differing(this.current.searchIndex.covers, this.stored);
  }

  /**
   * Writes the snapshot when it is at least `threshold` documents behind (or many ids belong to removed
   * documents, when a fresh build is stored instead). True when it wrote. Runs at idle in the app, after a batch.
   */
  maintain(threshold = SNAPSHOT_EVERY): boolean {
    const index = this.current.searchIndex;
    if (this.staleness() < Math.max(1, threshold) && index.deadFraction <= REBUILD_DEAD_FRACTION)
      return false;
    this.store();
    return true;
  }

  /** Writes the live index as the snapshot now (a fresh build when many ids are masked). */
  store(): void {
    let index = this.current.searchIndex;
    if (index.deadFraction > REBUILD_DEAD_FRACTION) {
      index = buildIndexFromReader(this.reader);
      this.current = new SearchService(this.reader, index);
      this.current.setNoteProvider(this.notes);
    }
    if (listImported(this.reader.userDb).length === 0) {
      // Nothing imported: the bundled index serves, so no snapshot is kept.
      writeSnapshot(this.reader.userDb, null);
      this.stored = bundledCovers(this.reader);
      return;
    }
    writeSnapshot(this.reader.userDb, index);
    this.stored = new Map(index.covers);
  }
}

/** The documents the bundled index covers: the bundled documents with their hashes. */
function bundledCovers(reader: CombinedReader): Map<string, string> {
  return new Map(reader.bundled.listDocuments().map((d) => [d.docId, d.contentHash]));
}
