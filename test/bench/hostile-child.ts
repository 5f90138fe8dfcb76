// One hostile import, run in its own process by test/bench/hostile.ts so its peak memory is its own: reads the
// file, runs the importer's whole parse (extraction + structure) from the given source tree, and prints one JSON
// line {ms, rssGrowthMb, outcome}. The tree is a parameter so the same case can run against the code before the
// budgets (a `git archive` of an older commit). `in-process` parses on this thread (what the core did before the
// parse worker); `worker` parses in the parse worker (parseInWorker, its heap cap and time budget) from source
// through tsx, `bundle` in the built out/main/parse-worker.js (what the app runs; `npm run build` first); both then
// import a small normal file in the same process to show it still answers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Input = { fileName: string; bytes: Uint8Array };
type Parse = (input: Input) => Promise<{ nodes: unknown[] }>;
type InWorker = (input: Input, limits: unknown, entry?: string) => Promise<{ nodes: unknown[] }>;

const [root = '.', file = '', mode = 'in-process'] = process.argv.slice(2);
const load = async (path: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(resolve(root, path)).href)) as Record<string, unknown>;
const inWorker = mode === 'in-process' ? null : await load('electron/core/import/worker/parse-in-worker.ts');
const parse: Parse =
  inWorker === null
    ? ((await load('electron/core/import/preview.ts')).parseImportFile as Parse)
    : (input) =>
        (inWorker.parseInWorker as InWorker)(
          input,
          inWorker.PARSE_WORKER_LIMITS,
          mode === 'bundle' ? resolve(root, 'out/main/parse-worker.js') : undefined,
        );
const bytes = readFileSync(file);
const base = process.memoryUsage().rss;
const start = performance.now();
let outcome: string;
try {
  const parsed = await parse({ fileName: file, bytes });
  outcome = `accepted (${parsed.nodes.length} nodes)`;
} catch (error) {
  const e = error as { code?: string; message?: string };
  const message = (e.message ?? String(error)).replace(/^.*[\\/]/u, '');
  outcome = `${e.code ?? 'Error'}: ${message}`;
}
const ms = performance.now() - start;
if (inWorker !== null) {
  const normal = await parse({
    fileName: 'normal.txt',
    bytes: Buffer.from('DECREE\nArticle 1. Scope\nIt applies.'),
  });
  outcome += normal.nodes.length > 0 ? '; next import ok' : '; next import FAILED';
}
// maxRSS is in KB and covers the whole life of the process, so it includes the page the file was read into.
const rssGrowthMb = (process.resourceUsage().maxRSS * 1024 - base) / 1024 / 1024;
console.log(JSON.stringify({ ms: Math.round(ms), rssGrowthMb: Math.round(rssGrowthMb), outcome }));
