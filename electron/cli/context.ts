// Builds the CliContext: lazy opening of the corpus, user.sqlite and search, and the standard "not found"
// messages every command shares. Commands see bundled and imported documents through one reader, as the app does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteSearchProvider } from '../core/annotations/note-search';
import { defaultCorpusLocation } from '../core/corpus/location';
import type { CorpusReader } from '../core/corpus/model';
import type { CorpusStore } from '../core/corpus/store';
import { COMPILED_CORPUS_SHA256 } from '../core/corpus/pin';
import { openCorpus } from '../core/corpus/store';
import { LecternError } from '../core/errors';
import { CombinedReader } from '../core/import/combined-reader';
import { LibrarySearch } from '../core/import/imported-search';
import { openSearch } from '../core/search/open-search';
import type { SearchService } from '../core/search/search-service';
import type { UserDb } from '../core/userdb/open-user-db';
import { openUserDb, USER_DB_FILE } from '../core/userdb/open-user-db';
import type { CliContext } from './command';

/** The context plus the hook the runner calls when the command is done. */
export interface OwnedContext extends CliContext {
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
    const location = defaultCorpusLocation(env);
    const store = openCorpus(location.corpusPath, location.manifestPath, COMPILED_CORPUS_SHA256);
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
    const { library, rebuilt } = LibrarySearch.open(store.db, reader);
    if (rebuilt !== null) process.stderr.write(`${rebuilt}\n`);
    library.setNoteProvider(createNoteSearchProvider(userDb().db));
    // A short-lived command catches up once and stores the result when the snapshot was far behind.
    library.maintain();
    return library.service;
  });
  const ctx: OwnedContext = {
    json,
    dataDir,
    env,
    bundled,
    corpus,
    userDb,
    search,
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
