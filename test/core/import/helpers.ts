// Real stores for import-service tests: the built bundled corpus (data/dist) and a fresh user.sqlite per test.
import { join } from 'node:path';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import type { CorpusStore } from '../../../electron/core/corpus/store';
import { openCorpus } from '../../../electron/core/corpus/store';
import { ImportService } from '../../../electron/core/import/import-service';
import type { UserDb } from '../../../electron/core/userdb/open-user-db';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';
import { steppingClock, tempDir } from '../../support/annotations/temp-db';

/** The bundled corpus built by `npm run ensure:data`. */
export function openBundled(): CorpusStore {
  const loc = corpusLocationIn(join(import.meta.dirname, '../../../data/dist'));
  return openCorpus(loc.corpusPath, loc.manifestPath);
}

/** A temporary data folder with user.sqlite, the bundled corpus and an ImportService over both. */
export interface ImportRig {
  dir: string;
  corpus: CorpusStore;
  user: UserDb;
  service: ImportService;
  /** Closes user.sqlite and opens it again (a restart), returning the new service. */
  reopen(): ImportService;
  cleanup(): void;
}

/** Opens a rig; call `cleanup` in afterEach. */
export function openRig(): ImportRig {
  const tmp = tempDir('lectern-import-');
  const corpus = openBundled();
  const rig: ImportRig = {
    dir: tmp.dir,
    corpus,
    user: openUserDb(tmp.dir),
    service: null as unknown as ImportService,
    reopen() {
      rig.user.db.close();
      rig.user = openUserDb(tmp.dir);
      rig.service = new ImportService({ db: rig.user.db, bundled: corpus, clock: steppingClock() });
      return rig.service;
    },
    cleanup() {
      if (rig.user.db.open) rig.user.db.close();
      corpus.close();
      tmp.cleanup();
    },
  };
  rig.service = new ImportService({ db: rig.user.db, bundled: corpus, clock: steppingClock() });
  return rig;
}

/** Row counts of every import table, to show a failed import stored nothing. */
export function importTableCounts(rig: ImportRig): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of [
    'imported_documents',
    'imported_nodes',
    'imported_refs',
    'imported_terms',
    'imported_search_index',
    'annotations',
    'actions',
  ]) {
    out[t] = (rig.user.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}
