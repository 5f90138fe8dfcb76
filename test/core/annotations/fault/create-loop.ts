// Child process for the SIGKILL fault test: opens user.sqlite in argv[2] and creates annotations until killed,
// printing each id only after create() has returned (i.e. after its transaction committed).
import { writeSync } from 'node:fs';
import { AnnotationService } from '../../../../electron/core/annotations/service.js';
import { openUserDb } from '../../../../electron/core/userdb/open-user-db.js';
import { DECREE_NODES, FixtureCorpus } from '../../../support/annotations/fixture-corpus.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: create-loop <dataDir>');
const { db } = openUserDb(dataDir);
const service = new AnnotationService({ db, corpus: new FixtureCorpus(), author: () => 'fault test' });
const clauses = DECREE_NODES.filter((n) => n.text.length > 40);
writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  const node = clauses[i % clauses.length]!;
  const start = (i * 7) % (node.text.length - 20);
  const a = service.create({
    docId: 'decree-63-2020',
    eId: node.eId,
    position: { start, end: start + 12 },
    note: `note ${i} `.repeat(1 + (i % 40)),
    tags: [`batch-${i % 5}`],
  });
  writeSync(1, `${a.id}\n`);
}
