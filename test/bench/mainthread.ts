// `npm run bench:mainthread [-- --files N --articles N --long N --order worker,in-thread --json]`: the longest block of the relaying
// thread's event loop (perf_hooks.monitorEventLoopDelay) while the core runs a batch import of N generated decrees
// and a 400-page annotated-PDF export. Engine: the core in its worker thread (what Electron main and the loopback
// host run). Peer in the same run: the same calls through the same dispatch gate on the relaying thread itself
// (how main ran the core before). Also the slowest answer to a cheap call (`app:info`, every 50 ms) meanwhile:
// with the worker the relaying thread is free, but core calls still wait behind the worker's own work.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHandlers } from '../../electron/app/create-handlers';
import type { CoreInvoke } from '../../electron/app/dispatch';
import { invokerFor } from '../../electron/app/dispatch';
import { JobRegistry } from '../../electron/app/jobs';
import { openServices } from '../../electron/app/open-services';
import type { Platform } from '../../electron/app/platform';
import { startCore } from '../../electron/app/worker/core-client';
import { SOURCE_WORKER } from '../../electron/app/worker/worker-launch';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import type { IpcResult } from '../../electron/shared/envelope';
import { generateDecree } from '../support/generated-decree';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '20' },
    articles: { type: 'string', default: '40' },
    long: { type: 'string', default: '860' },
    json: { type: 'boolean', default: false },
    // Which engine runs first; the other follows in the same process (the machine's load drifts between them).
    order: { type: 'string', default: 'worker,in-thread' },
  },
});
const FILES = Number(values.files);
const ARTICLES = Number(values.articles);
const LONG = Number(values.long);
const corpusDir = defaultCorpusLocation().dir;
const root = mkdtempSync(join(tmpdir(), 'lectern-bench-mainthread-'));

interface Phase {
  engine: 'worker' | 'in-thread';
  phase: string;
  ms: number;
  /** Longest event-loop delay of the relaying thread, ms (monitorEventLoopDelay max). */
  maxBlockMs: number;
  p99BlockMs: number;
  /** Stalls of a 10 ms interval timer longer than 50 ms (the threshold), counted one by one. */
  blocksOver50: number;
  /** Slowest answer to `app:info` sent every 50 ms during the phase. */
  maxCallMs: number;
  detail: string;
}

/** The value of a successful envelope; a failure stops the benchmark. */
function value(result: IpcResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Runs `work` while sampling the event loop and the latency of a cheap call. */
async function measure(
  engine: Phase['engine'],
  phase: string,
  invoke: CoreInvoke,
  work: () => Promise<string>,
): Promise<Phase> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxCallMs = 0;
  let probing = true;
  const probe = async (): Promise<void> => {
    while (probing) {
      const sent = performance.now();
      await invoke('app:info', {});
      maxCallMs = Math.max(maxCallMs, performance.now() - sent);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let blocksOver50 = 0;
  let tick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - tick - 10 > 50) blocksOver50 += 1;
    tick = now;
  }, 10);
  histogram.enable();
  const started = performance.now();
  const probing$ = probe();
  const detail = await work();
  const ms = performance.now() - started;
  probing = false;
  await probing$;
  histogram.disable();
  clearInterval(ticker);
  return {
    engine,
    phase,
    ms,
    maxBlockMs: histogram.max / 1e6,
    p99BlockMs: histogram.percentile(99) / 1e6,
    blocksOver50,
    maxCallMs,
    detail,
  };
}

/** The first clause of every article of `docId`, and how many provisions the document has. */
async function firstClauses(
  invoke: CoreInvoke,
  docId: string,
): Promise<{ eIds: string[]; provisions: number }> {
  const nodes = value(await invoke('documents:nodes', { docId })) as { eId: string; kind: string }[];
  const eIds = nodes.filter((n) => n.kind === 'clause' && n.eId.endsWith('__cl_1')).map((n) => n.eId);
  return { eIds, provisions: nodes.length };
}

/** A platform answering dialogs with the benchmark's own files. */
function benchPlatform(
  folder: string,
  longFile: string,
  outDir: string,
  progress: { events: number },
): Platform {
  return {
    info: () => ({
      name: 'Lectern',
      version: 'bench',
      platform: process.platform,
      portable: false,
      dataDir: outDir,
      versions: {},
      shell: 'test-host',
    }),
    licenses: () => [],
    chooseSavePath: (o) => Promise.resolve(join(outDir, o.defaultName ?? 'export.pdf')),
    saveDialogConfirmsReplace: true, // rounds export to the same name, as a native dialog would confirm
    chooseOpenPath: () => Promise.resolve(longFile),
    chooseOpenPaths: () => Promise.resolve(null),
    chooseFolder: () => Promise.resolve(folder),
    progress: () => {
      progress.events += 1;
    },
  };
}

async function run(engine: Phase['engine']): Promise<Phase[]> {
  const base = join(root, engine);
  const folder = join(base, 'batch');
  const outDir = join(base, 'out');
  mkdirSync(folder, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  for (let n = 1; n <= FILES; n++) {
    writeFileSync(join(folder, `decree-${String(n)}.txt`), generateDecree(100 + n, ARTICLES));
  }
  const longFile = join(base, 'long.txt');
  writeFileSync(longFile, generateDecree(999, LONG));
  const progress = { events: 0 };
  const platform = benchPlatform(folder, longFile, outDir, progress);
  const services = { corpusDir, dataDir: join(base, 'data') };
  let invoke: CoreInvoke;
  let close: () => Promise<void>;
  if (engine === 'worker') {
    const core = startCore({ entry: SOURCE_WORKER, services, platform });
    await core.ready;
    invoke = core.invoke;
    close = () => core.close();
  } else {
    const opened = openServices(services);
    invoke = invokerFor(createHandlers(opened, platform, new JobRegistry()));
    close = () => {
      opened.close();
      return Promise.resolve();
    };
  }
  const phases: Phase[] = [];
  // The floor on this machine: the same probes while the core does nothing (a loaded machine delays timers too).
  phases.push(
    await measure(engine, 'idle (baseline, 2 s)', invoke, async () => {
      await new Promise((r) => setTimeout(r, 2000));
      return '-';
    }),
  );
  phases.push(
    await measure(
      engine,
      `batch import (${String(FILES)} × ${String(ARTICLES)} articles)`,
      invoke,
      async () => {
        const plan = value(await invoke('documents:batchChoose', { source: 'folder' })) as {
          batchId: string;
          items: { index: number }[];
        };
        const report = value(
          await invoke('documents:batchImport', {
            batchId: plan.batchId,
            jobId: `bench-batch-${engine}`,
            choices: plan.items.map((i) => ({ index: i.index, choice: 'import' })),
          }),
        ) as { imported: number; failed: number };
        const events = progress.events;
        progress.events = 0;
        return `${String(report.imported)} imported, ${String(report.failed)} failed; ${String(events)} progress events`;
      },
    ),
  );
  // Setup, not measured: the long document and one note per article, so the export has notes to print.
  const preview = value(await invoke('documents:importPreview', {})) as { previewId: string };
  const committed = (
    value(await invoke('documents:importCommit', { previewId: preview.previewId })) as {
      document: { docId: string };
    }
  ).document;
  // Only the ids are kept: the node texts would otherwise sit in this thread's heap during the export.
  const { eIds, provisions } = await firstClauses(invoke, committed.docId);
  for (const eId of eIds) {
    value(
      await invoke('annotations:create', {
        docId: committed.docId,
        eId,
        note: 'Check the obligations of this clause against the Law.',
        tags: ['bench'],
      }),
    );
  }
  phases.push(
    await measure(engine, `annotated PDF export (${String(provisions)} provisions)`, invoke, async () => {
      const result = value(
        await invoke('export:pdf', { jobId: `bench-export-${engine}`, docId: committed.docId }),
      ) as { pages: number };
      return `${String(result.pages)} pages; ${String(progress.events)} progress events`;
    }),
  );
  await close();
  return phases;
}

const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
const rows: Phase[] = [];
for (const engine of values.order.split(',')) {
  if (engine !== 'worker' && engine !== 'in-thread') throw new Error(`Unknown engine ${engine}`);
  rows.push(...(await run(engine)));
}
rmSync(root, { recursive: true, force: true });
if (values.json) {
  console.log(JSON.stringify({ load, rows }, null, 2));
} else {
  console.log(`uptime: ${load}`);
  console.log(
    '| engine | phase | ms | longest main-thread block ms | p99 block ms | blocks > 50 ms | slowest app:info ms | result |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${r.phase} | ${r.ms.toFixed(0)} | ${r.maxBlockMs.toFixed(1)} | ${r.p99BlockMs.toFixed(1)} | ${String(r.blocksOver50)} | ${r.maxCallMs.toFixed(1)} | ${r.detail} |`,
    );
  }
}
