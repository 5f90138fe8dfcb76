// `npm run bench:search [-- --clauses N] [--warmup N] [--json]`: FlexSearch (the app's SearchService) against SQLite FTS5
// and MiniSearch on the same generated clauses and queries, in one process. Prints numbers; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openCorpus } from '../../../electron/core/corpus/store';
import { fts5Engine, flexsearchEngine, minisearchEngine, type Engine } from './engines';
import { generateCorpus, type GeneratedDoc } from './generate-clauses';

/** Query mix per class; the same for every engine. */
const QUERIES: Record<string, string[]> = {
  word1: ['inspection ', 'confidentiality ', 'procurement ', 'licensing ', 'budget ', 'weapons '],
  word2: [
    'land security ',
    'dual-use products ',
    'capital development ',
    'technical supplies ',
    'personnel training ',
  ],
  word3: [
    'specialized security products ',
    'state secrets defence ',
    'ministry finance allocate ',
    'international cooperation programs ',
  ],
  phrase: ['"state secrets"', '"land intended for security"', '"within 30 days"', '"not disclose"'],
  prefix: ['confiden', 'land secur', 'procur', 'international coop', 'fabric'],
  viMarks: ['đất quốc phòng ', 'bí mật nhà nước ', 'công nghiệp an ninh ', 'nhân lực chất lượng '],
  viPlain: ['dat quoc phong ', 'bi mat nha nuoc ', 'cong nghiep an ninh ', 'nhan luc chat luong '],
  citation: ['art 12.3', 'Article 7 clause 2', 'điều 16', 'khoản 1 điều 6', 'NĐ-CP', '99/2025'],
  noHit: ['zyxwvut ', 'qqqq ', 'nonexistentword '],
};
const REPEAT = 5;
/**
 * Passes over the whole query mix before timing (`--warmup`). One by default, as in every run recorded so far;
 * more lets V8 finish optimizing the JavaScript engines first, which a long-running app has done long since.
 */
let WARMUP = 1;

interface Stats {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentiles(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const r = (n: number): number => Math.round(n * 1000) / 1000;
  return { p50Ms: r(at(0.5)), p95Ms: r(at(0.95)), maxMs: r(s[s.length - 1] ?? 0) };
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

function measure(make: () => Engine): Record<string, unknown> {
  const before = heapMB();
  const engine = make();
  const heap = heapMB() - before;
  for (let w = 0; w < WARMUP; w++)
    for (const qs of Object.values(QUERIES)) for (const q of qs) engine.query(q);
  const all: number[] = [];
  const allCpu: number[] = [];
  const classes: Record<string, Stats> = {};
  for (const [name, qs] of Object.entries(QUERIES)) {
    const samples: number[] = [];
    for (let r = 0; r < REPEAT; r++) {
      for (const q of qs) {
        const c = process.cpuUsage();
        const t = performance.now();
        engine.query(q);
        samples.push(performance.now() - t);
        const cpu = process.cpuUsage(c);
        allCpu.push((cpu.user + cpu.system) / 1000);
      }
    }
    classes[name] = percentiles(samples);
    all.push(...samples);
  }
  engine.close();
  const r1 = (n: number): number => Math.round(n * 10) / 10;
  const cpu = percentiles(allCpu);
  return {
    ...percentiles(all),
    // CPU time per query (this process, all threads): on a loaded machine the wall clock also counts time
    // spent waiting for a core; this is what the query itself costs.
    cpuP50Ms: cpu.p50Ms,
    cpuP95Ms: cpu.p95Ms,
    buildMs: r1(engine.buildMs),
    loadMs: r1(engine.loadMs),
    loadCpuMs: r1(engine.loadCpuMs),
    heapMB: r1(heap),
    indexMB: r1(engine.indexBytes / 1048576),
    classes,
  };
}

function runCase(label: string | number, docs: GeneratedDoc[], dir: string): Record<string, unknown> {
  const clauses = docs.reduce((n, d) => n + d.nodes.length, 0);
  return {
    clauses: label,
    nodes: clauses,
    engines: {
      flexsearch: measure(() => flexsearchEngine(docs, join(dir, `flex-${label}.sqlite`))),
      fts5: measure(() => fts5Engine(docs, join(dir, `fts-${label}.sqlite`))),
      minisearch: measure(() => minisearchEngine(docs)),
    },
  };
}

function bundledDocs(): GeneratedDoc[] {
  const loc = defaultCorpusLocation();
  const store = openCorpus(loc.corpusPath, loc.manifestPath);
  const docs = store.listDocuments().map((meta) => ({ meta, nodes: store.getNodes(meta.docId) }));
  store.close();
  return docs;
}

function print(run: Record<string, unknown>): void {
  const engines = run.engines as Record<string, Record<string, unknown>>;
  console.log(`\n== ${String(run.clauses)} (${String(run.nodes)} nodes)`);
  console.log(
    'engine       p50ms   p95ms   maxms  cpuP50  cpuP95   buildms  loadms loadCpu  heapMB  indexMB',
  );
  for (const [name, e] of Object.entries(engines)) {
    const f = (k: string, w: number): string => String(e[k]).padStart(w);
    console.log(
      `${name.padEnd(11)}${f('p50Ms', 7)} ${f('p95Ms', 7)} ${f('maxMs', 7)} ${f('cpuP50Ms', 7)} ${f('cpuP95Ms', 7)} ${f('buildMs', 9)} ${f('loadMs', 7)} ${f('loadCpuMs', 7)} ${f('heapMB', 7)} ${f('indexMB', 8)}`,
    );
  }
  console.log('p95 by class (ms):');
  for (const cls of Object.keys(QUERIES)) {
    const cells = Object.entries(engines).map(
      ([n, e]) => `${n} ${String((e.classes as Record<string, Stats>)[cls]?.p95Ms)}`,
    );
    console.log(`  ${cls.padEnd(9)} ${cells.join('  ')}`);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { clauses: { type: 'string' }, warmup: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (values.warmup !== undefined) {
    WARMUP = Number(values.warmup);
    if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error(`--warmup must be a whole number`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    const runs: Record<string, unknown>[] = [];
    if (values.clauses !== undefined) {
      const n = Number(values.clauses);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--clauses must be a positive whole number`);
      runs.push(runCase(n, generateCorpus(n), dir));
    } else {
      runs.push(runCase('bundled', bundledDocs(), dir));
      for (const n of [1000, 20000]) runs.push(runCase(n, generateCorpus(n), dir));
    }
    if (values.json === true) console.log(JSON.stringify(runs.length === 1 ? runs[0] : { runs }, null, 2));
    else runs.forEach(print);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
