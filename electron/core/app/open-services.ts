// Opens every core service the app needs, in one place, for the Electron main process, the loopback test host
// and tests alike: the read-only corpus, its search index, user.sqlite and the annotation service.
import { AnnotationService } from '../annotations/service';
import { corpusLocationIn } from '../corpus/location';
import type { CorpusStore } from '../corpus/store';
import { openCorpus } from '../corpus/store';
import type { SearchService } from '../search/search-service';
import { openSearch } from '../search/open-search';
import type { BackupInfo } from '../userdb/backups';
import { createBackup } from '../userdb/backups';
import type { RecoveryReport, UserDb } from '../userdb/open-user-db';
import { openUserDb } from '../userdb/open-user-db';

/** Where the bundled corpus and the user's data live. */
export interface ServicesOptions {
  /** Folder holding corpus.sqlite and corpus.manifest.json (resources in the packaged app, data/dist in dev). */
  corpusDir: string;
  /** Folder for user.sqlite, backups and logs (user-data or portable LecternData/). */
  dataDir: string;
}

/** The open services plus start-up notices the UI should show (never silently swallowed). */
export interface Services {
  corpus: CorpusStore;
  search: SearchService;
  userDb: UserDb;
  annotations: AnnotationService;
  dataDir: string;
  notices: {
    /** Set when the stored search index could not be used and was rebuilt in memory. */
    searchRebuilt: string | null;
    /** Set when user.sqlite was damaged and recovered from a backup. */
    recovery: RecoveryReport | null;
  };
  close(): void;
}

/** Opens the corpus (verifying its hash), search, and user.sqlite (migrating or recovering it). */
export function openServices(options: ServicesOptions): Services {
  const location = corpusLocationIn(options.corpusDir);
  const corpus = openCorpus(location.corpusPath, location.manifestPath);
  try {
    const { service: search, rebuilt } = openSearch(corpus.db, corpus);
    const userDb = openUserDb(options.dataDir);
    const annotations = new AnnotationService({ db: userDb.db, corpus });
    return {
      corpus,
      search,
      userDb,
      annotations,
      dataDir: options.dataDir,
      notices: { searchRebuilt: rebuilt, recovery: userDb.recovery },
      close() {
        userDb.db.close();
        corpus.close();
      },
    };
  } catch (error) {
    corpus.close();
    throw error;
  }
}

/** The start-up backup of user.sqlite (SQLite backup API, newest 7 kept); run once the window is up. */
export function backupAtStartup(services: Services): Promise<BackupInfo> {
  return createBackup(services.userDb.db, services.dataDir);
}
