// `npm run bench:hostile-notes [-- --count N] [--json]`: issue 17's hostile notes bundle (N quote notes with a
// foreign docHash and quotes found nowhere, so each goes through the fuzzy search and ends an orphan) imported
// through the app's handler, which places notes a slice at a time (`importNotesGradually`). Peer in the same run:
// the synchronous `importNotes` the handler called before. For each: wall time, the slowest answer to a cheap call
// (`app:info`, sent every 10 ms on the same event loop — the core worker's), peak RSS, and how many notes a next
// start would re-anchor. Targets: the bundled decree and, when ../shared/real-docs is beside the project, the Civil
// Code (689 articles, so every fuzzy search scans far more text).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../../electron/app/create-handlers';
import { call } from '../../electron/app/dispatch';
import { openServices } from '../../electron/app/open-services';
import type { Services } from '../../electron/app/open-services';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { scriptedPlatform } from '../support/services';
import { hostileBundle } from '../support/hostile-bundle';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '5000' }, json: { type: 'boolean', default: false } },
});
const COUNT = Number(values.count);
const CIVIL_CODE = resolve('../shared/real-docs/bo-luat-dan-su-91-2015-qh13.docx');
const rows: Record<string, string | number>[] = [];

/**
 * Sends `app:info` every 10 ms until stopped; returns the longest wait for an answer, counted from when the call
 * was due (a blocked event loop cannot even send it, so the send time alone would hide the stall).
 */
function probe(handlers: ReturnType<typeof createHandlers>): { stop: () => Promise<number> } {
  let slowest = 0;
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      // Due 10 ms from now: a blocked event loop fires the timer late, and the lateness is the stall.
      const due = performance.now() + 10;
      await new Promise((r) => setTimeout(r, 10));
      await call(handlers, 'app:info', {});
      slowest = Math.max(slowest, performance.now() - due);
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      return slowest;
    },
  };
}

async function run(
  target: string,
  how: 'gradual (app)' | 'synchronous (peer)',
  prepare?: (s: Services) => Promise<string>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-bench-hostile-notes-'));
  const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
  try {
    const docId = prepare ? await prepare(services) : 'decree-63-2020';
    const file = join(dataDir, 'hostile.lectern-notes.json');
    writeFileSync(file, hostileBundle(services.corpus, docId, COUNT));
    const handlers = createHandlers(services, scriptedPlatform({ open: [file] }).platform);
    let peakRss = process.memoryUsage().rss;
    const rss = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const baseRss = process.memoryUsage().rss;
    const watch = probe(handlers);
    await new Promise((r) => setTimeout(r, 30));
    const t = performance.now();
    let added = 0;
    if (how === 'gradual (app)') {
      const r = await call(handlers, 'annotations:import', { jobId: 'bench', acceptUntrusted: true });
      if (!r.ok || r.value === null) throw new Error(JSON.stringify(r));
      added = r.value.added;
    } else {
      added = services.annotations.importNotes(readFileSync(file, 'utf8'), { acceptUntrusted: true }).added;
    }
    const ms = performance.now() - t;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const slowest = await watch.stop();
    clearInterval(rss);
    rows.push({
      target,
      how,
      notes: added,
      'import s': (ms / 1000).toFixed(1),
      'slowest app:info ms': Math.round(slowest),
      'peak RSS +MB': Math.round((peakRss - baseRss) / 2 ** 20),
      'left for next start': services.annotations.pendingReanchoring().reduce((n, p) => n + p.notes, 0),
    });
  } finally {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const civil = async (s: Services): Promise<string> =>
  (await s.importer.importFile({ fileName: 'civil-code.docx', bytes: readFileSync(CIVIL_CODE) })).document
    .docId;

for (const how of ['gradual (app)', 'synchronous (peer)'] as const)
  await run('Decree 63/2020 (bundled)', how);
if (existsSync(CIVIL_CODE))
  for (const how of ['gradual (app)', 'synchronous (peer)'] as const)
    await run('Civil Code 2015 (imported)', how, civil);
else console.error(`(Civil Code rows skipped: ${CIVIL_CODE} not found)`);

if (values.json) console.log(JSON.stringify(rows, null, 1));
else console.table(rows);
