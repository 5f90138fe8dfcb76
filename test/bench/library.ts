// Library benchmark: N generated acts (20–60 articles, Vietnamese and English) imported in batches the way the
// app does (ImportService + LibrarySearch kept in step per batch, snapshot written between batches as the idle
// timer would). Reports the per-document import cost as the library grows, the snapshot writes, start-up to a
// usable search, search p50/p95 per query class against SQLite FTS5 over the same nodes, index sizes, heap, RSS.
// Run: npm run bench:library [-- --docs N] [--batch B] [--json]. Prints numbers; asserts nothing.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLocationIn } from '../../electron/core/corpus/location';
import { openCorpus } from '../../electron/core/corpus/store';
import { importBatch } from '../../electron/core/import/batch-import';
import { ImportService } from '../../electron/core/import/import-service';
import { LibrarySearch } from '../../electron/core/import/imported-search';
import { SNAPSHOT_FILE } from '../../electron/core/import/snapshot-file';
import { buildIndexFromReader } from '../../electron/core/search/index-store';
import { nodeBody } from '../../electron/core/search/search-index';
import { openUserDb } from '../../electron/core/userdb/open-user-db';
import { generateActs, type GeneratedAct } from './library/generate-acts';
import { toFtsQuery } from './search/engines';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const DOCS = Number(values.docs);
const BATCH = Math.max(1, Number(values.batch));
const log = (s: string): void => {
  if (!values.json) console.log(s);
};

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (n: number): number => Math.round((n / 1048576) * 10) / 10;
const r3 = (n: number): number => Math.round(n * 1000) / 1000;

function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

const tmp = mkdtempSync(join(tmpdir(), 'lectern-bench-library-'));
/** Rounds of the paired comparison: the same batch into an empty library and into the full one, back to back. */
const ROUNDS = 5;
const allActs = generateActs(DOCS + ROUNDS * BATCH);
const acts = allActs.slice(0, DOCS);
const [files, extra] = [allActs.slice(0, DOCS), allActs.slice(DOCS)].map((list) =>
  list.map((a) => {
    const path = join(tmp, a.fileName);
    writeFileSync(path, a.text);
    return path;
  }),
) as [string[], string[]];
const loc = corpusLocationIn(join(import.meta.dirname, '../../data/dist'));
const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
const dataDir = join(tmp, 'data');
const load = loadavg().map((l) => l.toFixed(1));
log(
  `Library benchmark: ${DOCS} acts (20–60 articles, ${acts.filter((a) => a.language === 'vi').length} Vietnamese), batches of ${BATCH}; load ${load.join(' ')}`,
);

// 1. Import in batches, as the app does: each batch saved file by file, search brought up to date once.
const user = openUserDb(dataDir);
const opened = LibrarySearch.open(corpus.db, new ImportService({ db: user.db, bundled: corpus }).reader);
const library = opened.library;
const service = new ImportService({
  db: user.db,
  bundled: corpus,
  onChange: (id) => {
    library.sync(id);
  },
});
const perDoc: number[] = [];
const snapshots: { docs: number; ms: number }[] = [];
let failed = 0;
for (let start = 0; start < files.length; start += BATCH) {
  const chunk = files.slice(start, start + BATCH);
  const t = performance.now();
  const report = await importBatch(service, chunk);
  const ms = performance.now() - t;
  failed += report.failed;
  for (let i = 0; i < chunk.length; i++) perDoc.push(ms / chunk.length);
  // The app writes the snapshot at idle, after the batch; timed apart from the import.
  const s = performance.now();
  if (library.maintain()) snapshots.push({ docs: start + chunk.length, ms: performance.now() - s });
}
const costAt = (n: number): number | null => {
  if (n > perDoc.length) return null;
  const from = Math.max(0, n - BATCH);
  return r3(percentile(perDoc.slice(from, n), 0.5));
};
const marks = [10, 100, 1000, DOCS].filter((m, i, a) => m <= DOCS && a.indexOf(m) === i);
const importCost = Object.fromEntries(marks.map((m) => [m, costAt(m)]));
const first = costAt(Math.min(BATCH, DOCS)) ?? 0;
const lastCost = costAt(DOCS) ?? 0;
log(`\nimport, ms per document (parse, store, index; median of the batch ending there):`);
log(marks.map((m) => `  into ${m}: ${importCost[m]}`).join('\n'));
log(`  ${DOCS} vs first batch: ${(lastCost / first).toFixed(2)}× (target ≤ 1.5×); ${failed} failed`);
const snapMs = snapshots.map((s) => s.ms);
// Paired peer, the same load for both sides: each round imports one new batch into an empty library and the next
// new batch into the full one, alternating, so the machine's load drifts the same for both.
const emptyCost: number[] = [];
const fullCost: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const batch = extra.slice(round * BATCH, (round + 1) * BATCH);
  const empty = openUserDb(join(tmp, `empty-${round}`));
  const emptySearch = LibrarySearch.open(
    corpus.db,
    new ImportService({ db: empty.db, bundled: corpus }).reader,
  );
  const emptyService = new ImportService({
    db: empty.db,
    bundled: corpus,
    onChange: (id) => {
      emptySearch.library.sync(id);
    },
  });
  let t = performance.now();
  await importBatch(emptyService, batch);
  emptyCost.push((performance.now() - t) / batch.length);
  empty.db.close();
  t = performance.now();
  await importBatch(service, batch);
  fullCost.push((performance.now() - t) / batch.length);
}
const pairedEmpty = r3(percentile(emptyCost, 0.5));
const pairedFull = r3(percentile(fullCost, 0.5));
log(
  `  paired, ${ROUNDS} rounds of ${BATCH} new documents: into an empty library ${pairedEmpty} ms, into ${DOCS} ${pairedFull} ms per document: ${(pairedFull / pairedEmpty).toFixed(2)}× (target ≤ 1.5×)`,
);
log(
  `snapshot writes (at idle, not inside an import): ${snapshots.length}, median ${percentile(snapMs, 0.5).toFixed(0)} ms, last (at ${snapshots.at(-1)?.docs ?? 0} docs) ${snapshots.at(-1)?.ms.toFixed(0) ?? '-'} ms`,
);
// Peer: what each import cost before (the whole combined index rebuilt and serialized every time).
const peerStart = performance.now();
buildIndexFromReader(service.reader).toRows();
const rebuildMs = performance.now() - peerStart;
log(
  `peer: rebuilding and serializing the whole index once at ${DOCS} docs (the old per-import cost): ${rebuildMs.toFixed(0)} ms`,
);
library.store();
const snapshotBytes = statSync(join(dataDir, SNAPSHOT_FILE)).size;
user.db.close();

// 2. Start-up to a usable search, in the same process from closed files (fresh snapshot).
gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const user2 = openUserDb(dataDir); // includes PRAGMA quick_check over the whole file
const t1 = performance.now();
const svc2 = new ImportService({ db: user2.db, bundled: corpus });
const started = LibrarySearch.open(corpus.db, svc2.reader);
const t2 = performance.now();
const firstHits = started.library.service.search('bí mật nhà nước', { limit: 20 }).total;
const startupMs = performance.now() - t0;
const startup = {
  openUserDbMs: r3(t1 - t0),
  loadIndexMs: r3(t2 - t1),
  firstQueryMs: r3(performance.now() - t2),
};
const userMB = mb(statSync(join(dataDir, 'user.sqlite')).size);
gc();
const heapMB = mb(process.memoryUsage().heapUsed - heapBefore);
const rssMB = mb(process.memoryUsage().rss);
log(
  `\nstart-up to a usable search: ${startupMs.toFixed(0)} ms (target ≤ 1,000 ms) = open and check user.sqlite (${userMB} MB) ${startup.openUserDbMs.toFixed(0)} ms + load the snapshot ${startup.loadIndexMs.toFixed(0)} ms + first query ${startup.firstQueryMs.toFixed(0)} ms; ${firstHits} hits`,
);
log(`heap held by the open library ${heapMB} MB (target ≤ 400 MB); process RSS ${rssMB} MB`);

// 3. Search per query class, FlexSearch (the app's SearchService) against FTS5 over the same nodes.
const search = started.library.service;
const sample = (n: number): GeneratedAct[] =>
  acts.filter((_, i) => i % Math.max(1, Math.floor(DOCS / n)) === 0).slice(0, n);
const viActs = acts.filter((a) => a.language === 'vi');
const CLASSES: Record<string, string[]> = {
  word: [
    'kiểm tra ',
    'inspect ',
    'licences ',
    'nhân lực ',
    'equipment ',
    'tiết kiệm ',
    'thanh tra ',
    'funding ',
    'hồ sơ ',
    'localities ',
  ],
  words: [
    'bí mật nhà nước ',
    'state secrets security ',
    'nguồn vốn đầu tư ',
    'international cooperation programs ',
  ],
  phrase: ['"bí mật nhà nước"', '"within 30 days"', '"đất quốc phòng"', '"operating licences"'],
  prefix: ['kiểm tr', 'secre', 'nguồn vố', 'internat', 'thanh t'],
  viPlain: ['bi mat nha nuoc ', 'dat quoc phong ', 'nguon von dau tu ', 'hop tac quoc te '],
  rare: sample(20).map((a) => `${a.rareWord.toLowerCase()} `),
  citation: viActs
    .slice(0, 10)
    .map(
      (a) =>
        `Điều 3 ${a.number.includes('NĐ') ? 'Nghị định' : a.number.includes('QĐ') ? 'Quyết định' : 'Thông tư'} ${a.number}`,
    ),
  noHit: ['zyxwvut ', 'qqqq ', 'khôngcótừnày '],
};
const REPEAT = 20;
const fts = buildFts(user2.db, corpus, join(tmp, 'fts.sqlite'));
interface Pair {
  p50: number;
  p95: number;
}
const classes: Record<string, { cold: Pair; warm: Pair; fts5: Pair | null }> = {};
const allFlex: number[] = [];
const allFts: number[] = [];
const timeQuery = (q: string): number => {
  const t = performance.now();
  search.search(q, { limit: 20 });
  return performance.now() - t;
};
const pair = (xs: readonly number[]): Pair => ({
  p50: r3(percentile(xs, 0.5)),
  p95: r3(percentile(xs, 0.95)),
});
for (const [name, queries] of Object.entries(CLASSES)) {
  // Cold: each query's first run (its hits' nodes not yet read); warm: the same queries again.
  const cold = queries.map(timeQuery);
  const warm: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    for (const q of queries) {
      warm.push(timeQuery(q));
      const expr = name === 'citation' ? null : toFtsQuery(q);
      if (expr === null) continue;
      const f = performance.now();
      fts.query.all(expr);
      peer.push(performance.now() - f);
    }
  }
  allFlex.push(...cold, ...warm);
  allFts.push(...peer);
  classes[name] = { cold: pair(cold), warm: pair(warm), fts5: peer.length === 0 ? null : pair(peer) };
}
const flexP95 = r3(percentile(allFlex, 0.95));
const ftsP95 = r3(percentile(allFts, 0.95));
log(`\nsearch at ${DOCS} docs (${search.searchIndex.liveCount} indexed nodes), ms, ${REPEAT} rounds:`);
log('  class      cold p50 / p95        warm p50 / p95        FTS5 p50 / p95');
const cell = (c: Pair | null): string => (c === null ? '(no FTS5 form)' : `${c.p50} / ${c.p95}`.padEnd(20));
for (const [name, c] of Object.entries(classes)) {
  log(`  ${name.padEnd(9)}  ${cell(c.cold)}  ${cell(c.warm)}  ${cell(c.fts5)}`);
}
log(
  `  all        p95 ${flexP95} vs FTS5 ${ftsP95} (${(ftsP95 / flexP95).toFixed(1)}× faster; targets p95 ≤ 5 ms and ≥ 3×)`,
);
log(`index size: FlexSearch snapshot ${mb(snapshotBytes)} MB vs FTS5 ${mb(fts.bytes)} MB`);

if (values.json) {
  console.log(
    JSON.stringify(
      {
        docs: DOCS,
        batch: BATCH,
        load,
        importMsPerDoc: importCost,
        growth: r3(lastCost / first),
        paired: { emptyMs: pairedEmpty, fullMs: pairedFull, ratio: r3(pairedFull / pairedEmpty) },
        failed,
        snapshots: {
          count: snapshots.length,
          medianMs: r3(percentile(snapMs, 0.5)),
          last: snapshots.at(-1) ?? null,
        },
        oldPerImportRebuildMs: r3(rebuildMs),
        startupMs: r3(startupMs),
        startup,
        userMB,
        heapMB,
        rssMB,
        search: classes,
        p95: { flex: flexP95, fts5: ftsP95 },
        indexMB: { flex: mb(snapshotBytes), fts5: mb(fts.bytes) },
      },
      null,
      2,
    ),
  );
}
fts.close();
user2.db.close();
corpus.close();
rmSync(tmp, { recursive: true, force: true });

/** FTS5 (unicode61, diacritics removed, đ → d like ours, bm25 with a heading weight) over every indexed node. */
function buildFts(
  userDb: Database.Database,
  bundled: ReturnType<typeof openCorpus>,
  file: string,
): { query: Database.Statement; bytes: number; close: () => void } {
  const db = new Database(file);
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(heading, body, doc UNINDEXED, eid UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2')`);
  const ins = db.prepare('INSERT INTO f (heading, body, doc, eid) VALUES (?, ?, ?, ?)');
  const dd = (s: string): string => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const reader = new ImportService({ db: userDb, bundled }).reader;
  db.transaction(() => {
    for (const d of reader.listDocuments()) {
      for (const n of reader.getNodes(d.docId)) {
        const body = nodeBody(n);
        if (body.trim() !== '') ins.run(dd(n.heading ?? ''), dd(body), d.docId, n.eId);
      }
    }
  })();
  db.exec(`INSERT INTO f(f) VALUES ('optimize')`);
  db.close();
  const ro = new Database(file, { readonly: true });
  const query = ro.prepare(
    `SELECT doc, eid, bm25(f, 2.5, 1.0) AS score, snippet(f, 1, '<mark>', '</mark>', '…', 24) AS snip
     FROM f WHERE f MATCH ? ORDER BY score LIMIT 20`,
  );
  return { query, bytes: statSync(file).size, close: () => ro.close() };
}
