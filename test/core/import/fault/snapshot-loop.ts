// Child process for the search-snapshot fault test: imports and removes documents one by one in the data folder
// argv[3] (bundled corpus folder argv[2]), keeping search in step and writing the snapshot after every change,
// until it is killed. Prints "ready" once search is open and "stored" after each snapshot write returned.
import { writeSync } from 'node:fs';
import { corpusLocationIn } from '../../../../electron/core/corpus/location';
import { openCorpus } from '../../../../electron/core/corpus/store';
import { ImportService } from '../../../../electron/core/import/import-service';
import { LibrarySearch } from '../../../../electron/core/import/imported-search';
import { parseImportFile } from '../../../../electron/core/import/preview';
import { openUserDb } from '../../../../electron/core/userdb/open-user-db';
import { generateActs } from '../../../bench/library/generate-acts';

const [corpusDir, dataDir] = process.argv.slice(2);
if (corpusDir === undefined || dataDir === undefined)
  throw new Error('usage: snapshot-loop <corpusDir> <dataDir>');
const loc = corpusLocationIn(corpusDir);
const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
const { db } = openUserDb(dataDir);
const reader = new ImportService({ db, bundled: corpus }).reader;
const { library } = LibrarySearch.open(corpus.db, reader);
// Parsed on this thread: the kills are aimed at the snapshot writes, and this CommonJS bundle has no
// import.meta.url to find the parse worker's entry by.
const service = new ImportService({
  db,
  bundled: corpus,
  parse: parseImportFile,
  onChange: (id) => {
    library.sync(id);
  },
});
const acts = generateActs(12, Number(process.env.SEED ?? 1));
writeSync(1, 'ready\n');
async function loop(): Promise<void> {
  for (let i = 0; ; i++) {
    const act = acts[i % acts.length];
    if (act === undefined) return;
    const imported = service.list();
    // Every third step removes the oldest document, so snapshots hold masked ids too.
    if (i % 3 === 2 && imported.length > 0) service.remove(imported[0]?.docId ?? '');
    else await service.importFile({ fileName: act.fileName, bytes: Buffer.from(act.text, 'utf8') });
    library.store();
    writeSync(1, 'stored\n');
  }
}
void loop();
