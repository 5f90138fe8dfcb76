// Start-up wiring shared by the Electron main process and the CLI: import the index stored in the open
// corpus (no re-indexing), or rebuild it once in memory when it is missing or of another format.
import type Database from 'better-sqlite3';
import type { CorpusReader } from '../corpus/model';
import { loadSearchIndex, readSearchIndex } from './index-store';
import { SearchService } from './search-service';

/** A ready SearchService, and the reason when the stored index could not be used as is. */
interface OpenedSearch {
  service: SearchService;
  rebuilt: string | null;
}

/** Open search over a corpus: `db` is the corpus database the reader reads from. */
export function openSearch(db: Database.Database, reader: CorpusReader): OpenedSearch {
  const { index, rebuilt } = loadSearchIndex(readSearchIndex(db), reader);
  return { service: new SearchService(reader, index), rebuilt };
}
