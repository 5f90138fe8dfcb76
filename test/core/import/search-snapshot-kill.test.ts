// Crash safety of the stored search index: a child process importing, removing and writing the snapshot after
// every change is SIGKILLed at random moments. After each kill the next start must open search without a
// rebuild notice (the snapshot is the old one or the new one, never half of one) and answer exactly as an index
// built afresh over the documents that are really stored.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import { openCorpus } from '../../../electron/core/corpus/store';
import { CombinedReader } from '../../../electron/core/import/combined-reader';
import { LibrarySearch } from '../../../electron/core/import/imported-search';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import { SearchService } from '../../../electron/core/search/search-service';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';
import { generateActs } from '../../bench/library/generate-acts';
import { tempDir } from '../../support/annotations/temp-db';

const KILLS = 12;
const CORPUS_DIR = fileURLToPath(new URL('../../../data/dist', import.meta.url));
let tmp: ReturnType<typeof tempDir>;
let harness: string;

beforeAll(() => {
  tmp = tempDir('lectern-snapshot-fault-');
  harness = join(tmp.dir, 'snapshot-loop.cjs');
  // Plain CommonJS for node, so each start costs no TypeScript loader; native and ESM-only packages stay outside.
  buildSync({
    entryPoints: [fileURLToPath(new URL('./fault/snapshot-loop.ts', import.meta.url))],
    outfile: harness,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3', 'pdfjs-dist', 'mammoth'],
    logLevel: 'error',
  });
});
afterAll(() => {
  tmp.cleanup();
});

/** Runs the harness and SIGKILLs it `afterReady` ms after it opened search; resolves with the snapshots it wrote. */
function runAndKill(dataDir: string, afterReady: number, seed: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [harness, CORPUS_DIR, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SEED: String(seed),
        NODE_PATH: fileURLToPath(new URL('../../../node_modules', import.meta.url)),
      },
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (timer === undefined && out.includes('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), afterReady);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`harness exited by itself: ${err}`));
      else resolve(out.split('\n').filter((l) => l === 'stored').length);
    });
  });
}

const QUERIES = ['bí mật nhà nước ', 'inspect ', 'kiểm tr', '"within 30 days"', 'nguon von dau tu '];

it(`opens a consistent index after each of ${KILLS} SIGKILLs during imports and snapshot writes`, async () => {
  const dataDir = join(tmp.dir, 'data');
  const loc = corpusLocationIn(CORPUS_DIR);
  const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
  let stored = 0;
  let exact = 0;
  try {
    for (let k = 0; k < KILLS; k++) {
      stored += await runAndKill(dataDir, Math.floor(Math.random() * 1500), k + 1);
      const user = openUserDb(dataDir);
      try {
        expect(user.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const reader = new CombinedReader(corpus, user.db);
        const { library, rebuilt } = LibrarySearch.open(corpus.db, reader);
        expect(rebuilt).toBeNull();
        const docs = new Map(reader.listDocuments().map((d) => [d.docId, d.contentHash]));
        expect(new Map(library.service.searchIndex.covers)).toEqual(docs);
        // Where every match is scored (fewer than the 200 candidates a query verifies), the grown index and one
        // built afresh give the same hits with the same scores; the rare words of every act are such queries.
        const fresh = new SearchService(reader, buildIndexFromReader(reader));
        const queries = [
          ...generateActs(12, k + 1).map((a) => `${a.rareWord.toLowerCase()} `),
          ...[...docs.keys()].slice(2, 5).flatMap((docId) => QUERIES.map((q) => ({ q, docId }))),
        ];
        for (const item of queries) {
          const { q, docId } = typeof item === 'string' ? { q: item, docId: undefined } : item;
          const opts = { includeNotes: false, ...(docId === undefined ? {} : { docId }) };
          const hits = (s: SearchService) =>
            s.search(q, opts).groups.flatMap((g) => g.hits.map((h) => `${h.docId} ${h.eId} ${h.score}`));
          if (fresh.search(q, opts).total >= 200) continue;
          exact++;
          expect(hits(library.service), `${q} in ${docId ?? 'all'}`).toEqual(hits(fresh));
        }
      } finally {
        user.db.close();
      }
    }
  } finally {
    corpus.close();
  }
  // The kills landed while the child was working: snapshots were written between them.
  expect(stored).toBeGreaterThan(0);
  expect(exact).toBeGreaterThan(KILLS * 5);
}, 240_000);
