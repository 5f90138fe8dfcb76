// Builds the CliContext: lazy opening of the corpus, user.sqlite, search, notes and the importer — each built by
// the app's composition root (electron/app/open-services.ts), so a command wires nothing of its own — and the
// standard "not found" messages every command shares. Commands see bundled and imported documents through one
// reader, as the app does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AnnotationService } from '../core/annotations/service';
import { defaultCorpusLocation } from '../core/corpus/location';
import type { CorpusReader } from '../core/corpus/model';
import type { CorpusStore } from '../core/corpus/store';
import { LecternError } from '../core/errors';
import { CombinedReader } from '../core/import/combined-reader';
import type { ImportService } from '../core/import/import-service';
import { openSearch } from '../core/search/open-search';
import { migrate } from '../core/userdb/migrations';
import type { SearchService } from '../core/search/search-service';
import type { UserDb } from '../core/userdb/open-user-db';
import { openUserDb, USER_DB_FILE } from '../core/userdb/open-user-db';
import { openAnnotations, openBundledCorpus, openImporter, openLibrary } from '../app/open-services';
import type { CliContext } from './command';

/** This checkout's version (package.json), written into notes-exchange manifests as the app writes its own. */
function appVersion(): string {
  try {
    const pkg = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The context plus the hook the runner calls when the command is done. */
interface OwnedContext extends CliContext {
  close(): void;
}

/** Creates a context; nothing is opened until a command asks for it. */
export function createContext(json: boolean, dataDir: string, env: NodeJS.ProcessEnv): OwnedContext {
  const cleanups: (() => void)[] = [];
  const once = <T>(open: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => (value ??= { v: open() }).v;
  };
  const bundled = once((): CorpusStore => {
    const store = openBundledCorpus(defaultCorpusLocation(env).dir);
    cleanups.push(() => {
      store.close();
    });
    return store;
  });
  const userDb = once((): UserDb => {
    const opened = openUserDb(dataDir);
    cleanups.push(() => {
      if (opened.db.open) opened.db.close();
    });
    if (opened.recovery) process.stderr.write(`${opened.recovery.message}\n`);
    return opened;
  });
  // Reading never creates user.sqlite: without one there are no imported documents and no notes.
  const hasUserDb = () => existsSync(join(dataDir, USER_DB_FILE));
  const corpus = once((): CorpusReader =>
    hasUserDb() ? new CombinedReader(bundled(), userDb().db) : bundled(),
  );
  const search = once((): SearchService => {
    const store = bundled();
    const reader = corpus();
    if (!(reader instanceof CombinedReader)) {
      const opened = openSearch(store.db, store);
      if (opened.rebuilt !== null) process.stderr.write(`${opened.rebuilt}\n`);
      return opened.service;
    }
    const { library, rebuilt } = openLibrary(store, reader, userDb().db);
    if (rebuilt !== null) process.stderr.write(`${rebuilt}\n`);
    // A short-lived command catches up once and stores the result when the snapshot was far behind.
    library.maintain();
    return library.service;
  });
  /** The library reader over user.sqlite (opening it): what notes and imports need. */
  const library = (): CombinedReader => {
    userDb();
    const reader = corpus();
    return reader instanceof CombinedReader ? reader : new CombinedReader(bundled(), userDb().db);
  };
  const annotations = once((): AnnotationService => openAnnotations(userDb().db, library(), appVersion()));
  const importer = once((): ImportService =>
    openImporter({ db: userDb().db, bundled: bundled(), annotations: annotations() }),
  );
  // A dry run with no user.sqlite yet previews into an in-memory database: nothing is written.
  const dryRunImporter = once((): ImportService => {
    if (hasUserDb()) return importer();
    const db = new Database(':memory:');
    migrate(db);
    cleanups.push(() => db.close());
    return openImporter({ db, bundled: bundled() });
  });
  const ctx: OwnedContext = {
    json,
    dataDir,
    env,
    bundled,
    corpus,
    userDb,
    search,
    annotations,
    importer: (dryRun = false) => (dryRun ? dryRunImporter() : importer()),
    requireDocument(docId) {
      const doc = ctx.corpus().getDocument(docId);
      if (doc === null) {
        throw new LecternError(
          'NOT_FOUND',
          `Unknown document "${docId}". Run \`npm run -s cli -- docs\` to list documents.`,
        );
      }
      return doc;
    },
    requireNode(docId, eId) {
      ctx.requireDocument(docId);
      const node = ctx.corpus().getNode(docId, eId);
      if (node === null) {
        throw new LecternError(
          'NOT_FOUND',
          `Unknown provision "${eId}" in ${docId}. Run \`npm run -s cli -- toc ${docId}\` to list ids.`,
        );
      }
      return node;
    },
    onClose(fn) {
      cleanups.push(fn);
    },
    close() {
      for (const fn of cleanups.splice(0).reverse()) fn();
    },
  };
  return ctx;
}
