// The one composition root: how the core services are built and wired to each other — the read-only corpus,
// user.sqlite, one reader over bundled and imported documents, search over both with the reviewer's notes, the
// annotation service and the importer. `openServices` opens them all for the core worker (Electron), the loopback
// test host and tests; the CLI (electron/cli/context.ts) opens the same pieces lazily through the builders below,
// so a short command never creates user.sqlite just to read.
import { createNoteSearchProvider } from '../core/annotations/note-search';
import type { AnchorReport } from '../core/annotations/model';
import { AnnotationService } from '../core/annotations/service';
import { corpusLocationIn } from '../core/corpus/location';
import { COMPILED_CORPUS_SHA256 } from '../core/corpus/pin';
import type { CorpusStore } from '../core/corpus/store';
import { openCorpus } from '../core/corpus/store';
import type { ImportServiceDeps } from '../core/import/import-service';
import { CombinedReader } from '../core/import/combined-reader';
import type { FileParser, TextParser } from '../core/import/import-service';
import { ImportService } from '../core/import/import-service';
import { LibrarySearch, SNAPSHOT_EVERY } from '../core/import/imported-search';
import type { SearchService } from '../core/search/search-service';
import type { BackupInfo } from '../core/userdb/backups';
import { createBackup } from '../core/userdb/backups';
import type { RecoveryReport, UserDb } from '../core/userdb/open-user-db';
import type Database from 'better-sqlite3';
import { openUserDb } from '../core/userdb/open-user-db';

/** Where the bundled corpus and the user's data live. */
export interface ServicesOptions {
  /** Folder holding corpus.sqlite and corpus.manifest.json (resources in the packaged app, data/dist in dev). */
  corpusDir: string;
  /** Folder for user.sqlite, backups and logs (user-data or portable LecternData/). */
  dataDir: string;
  /** Written into notes-exchange manifests; the app passes its own version. */
  appVersion?: string;
  /**
   * The corpus hash the bundled corpus must have; defaults to the one compiled into a built app (none from
   * source). Tests pass one to check the refusal.
   */
  pinnedCorpusSha256?: string | null;
  /**
   * When the start-up re-anchoring of notes runs: inside `openServices` (the CLI and tests, default), or later
   * through `reanchorInBackground` (the core worker, so the app answers at once).
   */
  reanchor?: 'at-open' | 'background';
  /**
   * How imported files are parsed: each in its own capped worker thread by default; the jsdom UI tests, which
   * check the interface and not the worker (tested on its own), parse on the calling thread.
   */
  parse?: FileParser;
  /** How a commit with edited metadata parses the text again (with `parse` on this thread, this too). */
  reparse?: TextParser;
  /** Quiet time after the last import or removal before the search snapshot is brought up to date (default 2 s). */
  snapshotDelayMs?: number;
}

/** The open services plus start-up notices the UI should show (never silently swallowed). */
export interface Services {
  /** Bundled and imported documents alike (imports live in user.sqlite). */
  corpus: CombinedReader;
  /** The bundled, read-only corpus file. */
  bundled: CorpusStore;
  /** Current search; kept up to date one document at a time as documents are imported or removed. */
  readonly search: SearchService;
  /** The library's search with its stored snapshot (`maintain()` writes it when it is far enough behind). */
  library: LibrarySearch;
  importer: ImportService;
  userDb: UserDb;
  annotations: AnnotationService;
  dataDir: string;
  notices: {
    /** Set when the stored search index could not be used and was rebuilt in memory. */
    searchRebuilt: string | null;
    /** Set when user.sqlite was damaged and recovered from a backup. */
    recovery: RecoveryReport | null;
    /**
     * Set when a document's text changed since notes were made and they were re-anchored (counts per document);
     * with `reanchor: 'background'` the pass reports later instead.
     */
    reanchored: string | null;
  };
  close(): void;
}

/**
 * The bundled corpus in `corpusDir`, its hash checked against `pin` (default: the hash compiled into a built app,
 * none from source).
 */
export function openBundledCorpus(corpusDir: string, pin?: string | null): CorpusStore {
  const location = corpusLocationIn(corpusDir);
  return openCorpus(
    location.corpusPath,
    location.manifestPath,
    pin === undefined ? COMPILED_CORPUS_SHA256 : pin,
  );
}

/**
 * Search over the library (bundled and imported documents) with the reviewer's notes joined through the search
 * seam (hits marked `kind: 'note'`); `rebuilt` is the notice to show when the stored index could not be used.
 */
export function openLibrary(
  bundled: CorpusStore,
  corpus: CombinedReader,
  db: Database.Database,
): { library: LibrarySearch; rebuilt: string | null } {
  const opened = LibrarySearch.open(bundled.db, corpus);
  opened.library.setNoteProvider(createNoteSearchProvider(db));
  return opened;
}

/** The annotation service over user.sqlite and the library; `appVersion` goes into exchange manifests. */
export function openAnnotations(
  db: Database.Database,
  corpus: CombinedReader,
  appVersion?: string,
): AnnotationService {
  return new AnnotationService({ db, corpus, ...(appVersion === undefined ? {} : { appVersion }) });
}

/** The importer over user.sqlite; `onChange` keeps search in step, `annotations` re-anchors notes on replace. */
export function openImporter(
  deps: Pick<ImportServiceDeps, 'db' | 'bundled' | 'annotations' | 'parse' | 'onChange'>,
): ImportService {
  return new ImportService(deps);
}

/** Opens the corpus (verifying its hash), search, and user.sqlite (migrating or recovering it). */
export function openServices(options: ServicesOptions): Services {
  const bundled = openBundledCorpus(options.corpusDir, options.pinnedCorpusSha256);
  let userDb: UserDb | null = null;
  try {
    userDb = openUserDb(options.dataDir);
    const db = userDb.db;
    const corpus = new CombinedReader(bundled, db);
    const opened = openLibrary(bundled, corpus, db);
    const library = opened.library;
    // The snapshot is rewritten at a quiet moment, never inside an import: an import costs its own size only.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const delay = options.snapshotDelayMs ?? 2000;
    const scheduleSnapshot = (wait = delay) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (!db.open) return;
        // The write holds the core for a moment; while the reviewer is searching, wait for a quiet spell.
        const idle = performance.now() - library.service.lastQueryAt;
        if (idle < delay) scheduleSnapshot(delay - idle);
        else library.maintain();
      }, wait);
      timer.unref();
    };
    if (library.staleness() >= SNAPSHOT_EVERY) scheduleSnapshot();
    const annotations = openAnnotations(db, corpus, options.appVersion);
    // A new corpus (an upgraded app) or a replaced import changes content hashes: move notes to the new text now.
    const reanchored =
      options.reanchor === 'background' ? null : describeReanchoring(annotations.reanchorAll());
    const importer = openImporter({
      db,
      bundled,
      annotations,
      ...(options.parse === undefined ? {} : { parse: options.parse }),
      ...(options.reparse === undefined ? {} : { reparse: options.reparse }),
      // A commit or removal changes documents: search indexes or masks just those, the snapshot follows later.
      onChange: (docId) => {
        library.sync(docId);
        scheduleSnapshot();
      },
    });
    const opendb = userDb;
    return {
      corpus,
      bundled,
      get search() {
        return library.service;
      },
      library,
      importer,
      userDb: opendb,
      annotations,
      dataDir: options.dataDir,
      notices: { searchRebuilt: opened.rebuilt, recovery: opendb.recovery, reanchored },
      close() {
        if (timer !== null) clearTimeout(timer);
        opendb.db.close();
        bundled.close();
      },
    };
  } catch (error) {
    userDb?.db.close();
    bundled.close();
    throw error;
  }
}

/** One line per document whose notes were re-anchored, or null when no document's text changed. */
export function describeReanchoring(reports: Record<string, AnchorReport>): string | null {
  const lines = Object.entries(reports).map(
    ([docId, r]) =>
      `${docId}: ${r.unchanged} unchanged, ${r.moved} moved, ${r.fuzzy} matched approximately, ${r.review} to review, ${r.orphaned} unanchored`,
  );
  if (lines.length === 0) return null;
  return `The text of ${lines.length === 1 ? 'a document' : 'some documents'} changed since your notes were made; they were re-anchored:\n${lines.join('\n')}\nNotes to review and unanchored notes are kept and listed in the notes panel; re-attach them to the right text.`;
}

/** The start-up backup of user.sqlite (SQLite backup API, newest 7 kept); run once the window is up. */
export function backupAtStartup(services: Services): Promise<BackupInfo> {
  return createBackup(services.userDb.db, services.dataDir);
}
