// One hostile import, run in its own process by test/bench/hostile.ts so its peak memory is its own: reads the
// file, runs the importer's whole parse (extraction + structure) from the given source tree, and prints one JSON
// line {ms, rssGrowthMb, outcome}. The tree is a parameter so the same case can run against the code before the
// budgets (a `git archive` of an older commit).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface ParseModule {
  parseImportFile(input: { fileName: string; bytes: Uint8Array }): Promise<{ nodes: unknown[] }>;
}

const [root = '.', file = ''] = process.argv.slice(2);
const { parseImportFile } = (await import(
  pathToFileURL(resolve(root, 'electron/core/import/preview.ts')).href
)) as ParseModule;
const bytes = readFileSync(file);
const base = process.memoryUsage().rss;
const start = performance.now();
let outcome: string;
try {
  const parsed = await parseImportFile({ fileName: file, bytes });
  outcome = `accepted (${parsed.nodes.length} nodes)`;
} catch (error) {
  const e = error as { code?: string; message?: string };
  outcome = `${e.code ?? 'Error'}: ${(e.message ?? String(error)).replace(/^.*[\\/]/u, '')}`;
}
const ms = performance.now() - start;
// maxRSS is in KB and covers the whole life of the process, so it includes the page the file was read into.
const rssGrowthMb = (process.resourceUsage().maxRSS * 1024 - base) / 1024 / 1024;
console.log(JSON.stringify({ ms: Math.round(ms), rssGrowthMb: Math.round(rssGrowthMb), outcome }));
