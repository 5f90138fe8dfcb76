// Builds the CliContext: lazy corpus opening and the standard "not found" messages every command shares.
import { defaultCorpusLocation } from '../corpus/location';
import type { CorpusStore } from '../corpus/store';
import { openCorpus } from '../corpus/store';
import { LecternError } from '../errors';
import type { CliContext } from './command';

/** The context plus the hook the runner calls when the command is done. */
export interface OwnedContext extends CliContext {
  close(): void;
}

/** Creates a context; nothing is opened until a command asks for it. */
export function createContext(json: boolean, dataDir: string, env: NodeJS.ProcessEnv): OwnedContext {
  let store: CorpusStore | null = null;
  const cleanups: (() => void)[] = [];
  const ctx: OwnedContext = {
    json,
    dataDir,
    env,
    corpus() {
      if (store === null) {
        const location = defaultCorpusLocation(env);
        store = openCorpus(location.corpusPath, location.manifestPath);
        const opened = store;
        cleanups.push(() => {
          opened.close();
        });
      }
      return store;
    },
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
