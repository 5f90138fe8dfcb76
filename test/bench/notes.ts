// `npm run bench:notes`: 10k annotations on the real corpus in a real user.sqlite — create, list/filter latency
// (SQL filters vs. a peer that loads every row and filters in JS), search through the notes seam, export, import.
// Prints a table (or `--json`); figures go to docs/benchmarks.md, "Annotations".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoteSearchProvider } from '../../electron/core/annotations/note-search';
import type { ListFilterInput } from '../../electron/core/annotations/schemas';
import { AnnotationService } from '../../electron/core/annotations/service';
import { ANNOTATION_COLORS } from '../../electron/core/annotations/model';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { openCorpus } from '../../electron/core/corpus/store';
import { parseQuery } from '../../electron/core/search/query-parser';
import { openUserDb } from '../../electron/core/userdb/open-user-db';

const COUNT = Number(process.argv.find((a) => a.startsWith('--count='))?.slice(8) ?? 10_000);
const RUNS = 30;
const json = process.argv.includes('--json');
const rows: { what: string; p50: number; p95: number; result: number | string }[] = [];

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

function measure(what: string, fn: () => number | string, runs = RUNS): void {
  fn(); // warm-up (statement preparation, page cache)
  const ms: number[] = [];
  let result: number | string = 0;
  for (let i = 0; i < runs; i++) {
    const r = time(fn);
    ms.push(r.ms);
    result = r.value;
  }
  ms.sort((a, b) => a - b);
  const at = (q: number): number =>
    Math.round((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0) * 100) / 100;
  rows.push({ what, p50: at(0.5), p95: at(0.95), result });
}

const loc = defaultCorpusLocation();
const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
const tmp = mkdtempSync(join(tmpdir(), 'lectern-bench-notes-'));
const a = openUserDb(join(tmp, 'a'));
const b = openUserDb(join(tmp, 'b'));
const svcA = new AnnotationService({ db: a.db, corpus, author: () => 'Bench A', appVersion: 'bench' });
const svcB = new AnnotationService({ db: b.db, corpus, author: () => 'Bench B', appVersion: 'bench' });

const nodes = corpus
  .listDocuments()
  .flatMap((d) => corpus.getNodes(d.docId).filter((n) => n.text.length >= 30));
const words = ['bí mật', 'xuất khẩu', 'review', 'Article 6', 'dual-use', 'licence', 'deadline', 'budget'];

const seed = time(() => {
  a.db.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const n = nodes[i % nodes.length]!;
      const start = (i * 13) % (n.text.length - 20);
      svcA.create({
        docId: n.docId,
        eId: n.eId,
        ...(i % 10 === 0 ? {} : { position: { start, end: start + 8 + (i % 12) } }),
        note: `${words[i % words.length]} note ${i}: ${'context '.repeat(i % 30)}`,
        color: ANNOTATION_COLORS[i % ANNOTATION_COLORS.length],
        tags: [`topic-${i % 40}`, ...(i % 3 === 0 ? ['follow-up'] : [])],
      });
    }
  })();
});
rows.push({
  what: `create ×${COUNT} (one transaction)`,
  p50: Math.round(seed.ms),
  p95: Math.round(seed.ms),
  result: COUNT,
});
measure(
  'create ×1 (own transaction, fsync)',
  () => svcA.create({ docId: 'decree-63-2020', eId: 'art_6', note: 'x' }).note.length,
  50,
);

const filters: [string, ListFilterInput][] = [
  ['list: document', { docId: 'decree-63-2020' }],
  ['list: provision subtree chp_2', { docId: 'decree-63-2020', eId: 'chp_2' }],
  ['list: colour', { color: 'red' }],
  ['list: tag', { tag: 'topic-7' }],
  ['list: text in notes', { text: 'deadline note 12' }],
  ['list: orphaned', { orphaned: true }],
  ['list: tag + colour + document', { docId: 'decree-63-2020', tag: 'follow-up', color: 'blue' }],
  ['list: page of 100 newest', { limit: 100 }],
];
for (const [what, f] of filters) measure(what, () => svcA.list(f).length);

// Peer: load every annotation and filter in JS (what a naive store without SQL filters would do).
measure(
  'peer: load all + JS tag filter',
  () => svcA.list({}).filter((x) => x.tags.includes('topic-7')).length,
  10,
);

const provider = createNoteSearchProvider(a.db);
measure(
  'notes seam: "bi mat" (folded)',
  () => provider.searchNotes(parseQuery('bi mat'), { limit: 50 }).length,
);

const exp = time(() => svcA.exportNotes({ format: 'json' }));
rows.push({
  what: `export JSON ×${exp.value.count}`,
  p50: Math.round(exp.ms),
  p95: Math.round(exp.ms),
  result: `${(exp.value.text.length / 1e6).toFixed(1)} MB`,
});
const csv = time(() => svcA.exportNotes({ format: 'csv' }));
rows.push({
  what: `export CSV ×${csv.value.count}`,
  p50: Math.round(csv.ms),
  p95: Math.round(csv.ms),
  result: `${(csv.value.text.length / 1e6).toFixed(1)} MB`,
});
const imp = time(() => svcB.importNotes(exp.value.text, { acceptUntrusted: true }));
rows.push({
  what: `import ×${exp.value.count} into empty db`,
  p50: Math.round(imp.ms),
  p95: Math.round(imp.ms),
  result: `added ${imp.value.added}`,
});
const again = time(() => svcB.importNotes(exp.value.text, { acceptUntrusted: true }));
rows.push({
  what: `re-import ×${exp.value.count} (all unchanged)`,
  p50: Math.round(again.ms),
  p95: Math.round(again.ms),
  result: `unchanged ${again.value.unchanged}`,
});
const undo = time(() => svcB.undo());
rows.push({
  what: 'undo the whole import',
  p50: Math.round(undo.ms),
  p95: Math.round(undo.ms),
  result: `reverted ${undo.value.reverted}`,
});

a.db.close();
b.db.close();
corpus.close();
rmSync(tmp, { recursive: true, force: true });

if (json) {
  process.stdout.write(`${JSON.stringify({ count: COUNT, rows }, null, 2)}\n`);
} else {
  const w = Math.max(...rows.map((r) => r.what.length));
  process.stdout.write(`${'operation'.padEnd(w)}  p50 ms  p95 ms  result\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.what.padEnd(w)}  ${String(r.p50).padStart(6)}  ${String(r.p95).padStart(6)}  ${r.result}\n`,
    );
  }
}
