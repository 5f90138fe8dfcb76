// Search over bundled and imported documents together, kept up to date one document at a time. In memory the
// index grows in place (SearchIndex.addDocument / removeDocument). On disk a snapshot beside user.sqlite
// (snapshot-file.ts) names the documents (id and content hash) it covers; the documents' own rows are the journal. At start-up
// the snapshot (or, before the first snapshot, the bundled index) is loaded and only the documents that differ
// from what it covers are indexed or masked. A snapshot is written in one transaction, so a kill at any moment
// leaves the old one or the new one, and the next start catches up from the documents either way.
import type Database from 'better-sqlite3';
import { LecternError } from '../errors';
import { buildIndexFromReader, loadSearchIndex, readSearchIndex } from '../search/index-store';
import { readSnapshotFile, snapshotPathFor, writeSnapshotFile } from './snapshot-file';
import type { NoteSearchProvider } from '../search/notes-seam';
import { SearchIndex } from '../search/search-index';
import { SearchService } from '../search/search-service';
import type { CombinedReader } from './combined-reader';
import { listImported } from './imported-repository';

/**
 * Documents changed since the stored snapshot before it is rewritten: start-up replays at most about this many
 * documents, and rewriting the snapshot (which costs the library's size) happens once per this many changes.
 */
export const SNAPSHOT_EVERY = 32;
/** Share of ids of removed documents above which the snapshot is written from a fresh build instead. */
export const REBUILD_DEAD_FRACTION = 0.25;

/** Documents whose id or content hash differs between two cover tables. */
function differing(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [id, hash] of a) if (b.get(id) !== hash) n++;
  for (const id of b.keys()) if (!a.has(id)) n++;
  return n;
}

/** What opening found: the library search, and a message when a stored index could not be used. */
interface OpenedLibrarySearch {
  library: LibrarySearch;
  rebuilt: string | null;
}

/** The search of a library: the live SearchService, kept in step with each change, and its stored snapshot. */
export class LibrarySearch {
  private current: SearchService;
  private notes: NoteSearchProvider | null = null;

  private constructor(
    private readonly reader: CombinedReader,
    /** The snapshot file (null: an in-memory user database, nothing stored). */
    private readonly path: string | null,
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
    const path = snapshotPathFor(reader.userDb);
    const read = readSnapshotFile(path);
    const damaged = (why: string) =>
      `${why.replace(/\.?$/, '.')} The index of imported documents was rebuilt from the documents.`;
    if (read.rows !== null) {
      try {
        base = SearchIndex.fromRows(read.rows);
      } catch (e) {
        rebuilt = damaged(e instanceof LecternError ? e.message : String(e));
      }
    } else if (read.damaged !== null) {
      rebuilt = damaged(read.damaged);
    }
    const stored = base === null ? null : new Map(base.covers);
    if (base === null) {
      const loaded = loadSearchIndex(readSearchIndex(corpusDb), reader);
      base = loaded.index;
      rebuilt ??= loaded.rebuilt;
    }
    const library = new LibrarySearch(reader, path, base, stored ?? new Map(base.covers));
    library.current.syncAll();
    if (rebuilt !== null) library.store();
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
    // Versions before the snapshot file kept it in user.sqlite; that copy is stale from now on.
    this.reader.userDb.prepare('DELETE FROM imported_search_index').run();
    let index = this.current.searchIndex;
    if (index.deadFraction > REBUILD_DEAD_FRACTION) {
      index = buildIndexFromReader(this.reader);
      this.current = new SearchService(this.reader, index);
      this.current.setNoteProvider(this.notes);
    }
    if (listImported(this.reader.userDb).length === 0) {
      // Nothing imported: the bundled index serves, so no snapshot is kept.
      writeSnapshotFile(this.path, null);
      this.stored = bundledCovers(this.reader);
      return;
    }
    writeSnapshotFile(this.path, index);
    this.stored = new Map(index.covers);
  }
}

/** The documents the bundled index covers: the bundled documents with their hashes. */
function bundledCovers(reader: CombinedReader): Map<string, string> {
  return new Map(reader.bundled.listDocuments().map((d) => [d.docId, d.contentHash]));
}
