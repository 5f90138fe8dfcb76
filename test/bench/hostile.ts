// Hostile-import benchmark (issue 17): the attacks of the issue at their reported sizes, each imported in a child
// process (test/bench/hostile-child.ts) with a wall-clock cap and a heap cap, reporting time, peak RSS growth and
// the outcome, before and after the parse worker: `in-process` parses on the child's main thread (as the core did
// before), `worker` in the parse worker (heap cap, time budget) from source, `bundle` in the built parse worker
// (`npm run build` first), after which the child imports a normal file to show it still answers.
// Run: npm run bench:hostile [-- --root DIR] [--only NAME] [--mode all|in-process|worker|bundle]
// [--timeout S] [--heap MB] (--heap caps the in-process child; the worker child gets no --max-old-space-size,
// which would override the worker's resourceLimits).
// `--root` points at another source tree (e.g. `git archive <commit> electron | tar -x -C DIR`, with DIR/node_modules
// linked to this one) to measure the code before the budgets. Files are generated once into the OS temp folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  docxBomb,
  handWrittenPdf,
  nestedListsHtml,
  paragraph,
  repeatedArticles,
  unclosedAnchorsHtml,
  withDeclaredSizes,
} from '../support/import/hostile-files';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '120' },
    heap: { type: 'string', default: '4096' },
    mode: { type: 'string', default: 'all' },
  },
});
const ROOT = resolve(values.root);
const DIR = join(tmpdir(), 'lectern-hostile-bench');
const MB = 1024 * 1024;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
const TAIL = '</w:body></w:document>';

/** The cases: a name, a file name and how to build the file. */
const CASES: { name: string; file: string; build: () => Promise<Buffer> | Buffer }[] = [
  {
    name: 'DOCX, 400 MB of paragraphs',
    file: 'paragraphs.docx',
    build: () =>
      docxBomb(HEAD, Buffer.from(paragraph('Article text of the decree.').repeat(1024)), 7_000, TAIL),
  },
  {
    name: 'DOCX zip bomb, 2 GB',
    file: 'bomb.docx',
    build: () => docxBomb(HEAD, Buffer.alloc(MB, 0x20), 2047, TAIL),
  },
  {
    name: 'DOCX zip bomb, 2 GB, declaring 1 KB',
    file: 'liar.docx',
    build: async () => withDeclaredSizes(await docxBomb(HEAD, Buffer.alloc(MB, 0x20), 2047, TAIL), 1024),
  },
  {
    name: 'DOCX, 400 MB of paragraphs, declaring 1 KB',
    file: 'liar-paragraphs.docx',
    build: async () =>
      withDeclaredSizes(
        await docxBomb(HEAD, Buffer.from(paragraph('Article text of the decree.').repeat(1024)), 7_000, TAIL),
        1024,
      ),
  },
  {
    name: 'DOCX, a 96,800-cell table at the XML-element budget',
    file: 'table.docx',
    build: () => {
      const cell = (i: number): string =>
        `<w:tc>${paragraph(`Cell ${i} of the annex table, with words.`)}</w:tc>`;
      const row = (r: number): string =>
        `<w:tr>${Array.from({ length: 11 }, (_, i) => cell(r * 11 + i)).join('')}</w:tr>`;
      const rows = Array.from({ length: 8_800 }, (_, r) => row(r)).join('');
      return docxBomb(HEAD, Buffer.from(`<w:tbl>${rows}</w:tbl>`), 1, TAIL);
    },
  },
  { name: 'PDF, 100,000 pages', file: 'pages.pdf', build: () => handWrittenPdf(100_000, 64) },
  { name: 'PDF, content inflating to 1 GB', file: 'stream.pdf', build: () => handWrittenPdf(1, 1024 * MB) },
  {
    name: 'PDF, one page of 251,000 text items',
    file: 'items.pdf',
    build: () => handWrittenPdf(1, 251_000 * 62),
  },
  {
    name: 'PDF, 40 MB of drawing operators, no text',
    file: 'drawing.pdf',
    build: () => handWrittenPdf(1, 40 * MB, '', '0 0 m 10 10 l S\n'),
  },
  {
    name: 'HTML, nested <ol>/<li>, 1.8 MB',
    file: 'nested.html',
    build: () => Buffer.from(nestedListsHtml(53_000)),
  },
  {
    name: 'HTML, 200-deep lists repeated to 1.8 MB',
    file: 'lists.html',
    build: () => {
      const block = nestedListsHtml(200).replace(/^<html><body>|<\/body><\/html>$/gu, '');
      return Buffer.from(`<html><body>${block.repeat(Math.ceil(1_800_000 / block.length))}</body></html>`);
    },
  },
  {
    name: 'HTML, 60k unclosed <a',
    file: 'anchors.html',
    build: () => Buffer.from(unclosedAnchorsHtml(60_000)),
  },
  {
    name: 'TXT, 10k repeated "Article 1."',
    file: 'articles.txt',
    build: () => Buffer.from(repeatedArticles(10_000)),
  },
];

interface Run {
  ms: number;
  rssGrowthMb: number;
  outcome: string;
}

type Mode = 'in-process' | 'worker' | 'bundle';

function runChild(file: string, mode: Mode): Promise<Run> {
  const timeoutMs = Number(values.timeout) * 1000;
  return new Promise((done) => {
    const heap = mode === 'in-process' ? [`--max-old-space-size=${values.heap}`] : [];
    const child = spawn(
      process.execPath,
      [...heap, '--import', 'tsx', join(import.meta.dirname, 'hostile-child.ts'), ROOT, file, mode],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    // The child's peak RSS as Linux records it (VmHWM), so a run killed at the time cap still reports its memory.
    let peakMb = NaN;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8'))?.[1];
        if (hwm !== undefined) peakMb = Math.round(Number(hwm) / 1024);
      } catch {
        // The child has exited.
      }
    }, 200);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const started = performance.now();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      const peak = Number.isNaN(peakMb) ? '' : `, peak RSS ≥ ${peakMb} MB`;
      const ms = Math.round(performance.now() - started);
      const line = out.trim().split('\n').at(-1) ?? '';
      if (line.startsWith('{')) done(JSON.parse(line) as Run);
      else if (signal === 'SIGKILL')
        done({ ms, rssGrowthMb: NaN, outcome: `still running after ${values.timeout} s (killed${peak})` });
      else
        done({
          ms,
          rssGrowthMb: NaN,
          outcome: `crashed (exit ${code ?? signal ?? '?'}; heap cap ${values.heap} MB)`,
        });
    });
  });
}

const built = existsSync(join(ROOT, 'out/main/parse-worker.js'));
const modes: Mode[] =
  values.mode === 'all'
    ? ['in-process', 'worker', ...(built ? (['bundle'] as const) : [])]
    : [values.mode as Mode];
mkdirSync(DIR, { recursive: true });
console.log(`tree: ${ROOT}`);
console.log('case | file KB | parse | time | peak RSS growth | outcome');
for (const c of CASES) {
  if (values.only !== undefined && !c.name.toLowerCase().includes(values.only.toLowerCase())) continue;
  const path = join(DIR, c.file);
  if (!existsSync(path)) writeFileSync(path, await c.build());
  const { size } = statSync(path);
  for (const mode of modes) {
    const r = await runChild(path, mode);
    const rss = Number.isNaN(r.rssGrowthMb) ? '—' : `${r.rssGrowthMb} MB`;
    console.log(
      `${c.name} | ${Math.round(size / 1024)} | ${mode} | ${(r.ms / 1000).toFixed(2)} s | ${rss} | ${r.outcome}`,
    );
  }
}
