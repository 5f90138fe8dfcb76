// Durability under crashes: a child process creating annotations is SIGKILLed at random points 50 times.
// Afterwards the database passes PRAGMA integrity_check and holds every annotation whose create() returned.
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getAnnotation } from '../../../electron/core/annotations/repository.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import { tempDir } from '../../support/annotations/temp-db.js';

const KILLS = 50;
let tmp: ReturnType<typeof tempDir>;
let harness: string;

beforeAll(() => {
  tmp = tempDir('lectern-fault-');
  harness = join(tmp.dir, 'create-loop.cjs');
  // Plain CommonJS for node (better-sqlite3 found via NODE_PATH): tsx would add ~1 s to each of the 50 starts.
  buildSync({
    entryPoints: [fileURLToPath(new URL('./fault/create-loop.ts', import.meta.url))],
    outfile: harness,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});
afterAll(() => {
  tmp.cleanup();
});

/** When to kill: `afterSpawn` hits start-up (opening, migrating); `afterReady` hits the create loop. */
type KillPoint = { afterSpawn: number } | { afterReady: number };

/** Runs the harness and SIGKILLs it at `point`; resolves with the ids it reported as committed. */
function runAndKill(dataDir: string, point: KillPoint): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [harness, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: fileURLToPath(new URL('../../../node_modules', import.meta.url)) },
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    if ('afterSpawn' in point) timer = setTimeout(kill, point.afterSpawn);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if ('afterReady' in point && timer === undefined && out.includes('ready\n')) {
        timer = setTimeout(kill, point.afterReady);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`harness exited by itself: ${err}`));
      else resolve(out.split('\n').filter((l) => /^[0-9a-f-]{36}$/.test(l)));
    });
  });
}

const randomMs = (max: number): number => Math.floor(Math.random() * max);

it(`keeps every committed annotation and a healthy file through ${KILLS} SIGKILLs`, async () => {
  const dataDir = join(tmp.dir, 'data');
  const committed: string[] = [];
  let killedMidRun = 0;
  for (let i = 0; i < KILLS; i++) {
    // Random points: every fifth kill lands during start-up (open, migrate), the rest inside the create loop.
    const point = i % 5 === 0 ? { afterSpawn: randomMs(250) } : { afterReady: randomMs(150) };
    const ids = await runAndKill(dataDir, point);
    committed.push(...ids);
    if (ids.length > 0) killedMidRun++;
  }
  expect(killedMidRun).toBeGreaterThan(KILLS / 2); // the kills really interrupted work in progress
  expect(new Set(committed).size).toBe(committed.length);

  const { db, recovery } = openUserDb(dataDir);
  try {
    expect(recovery).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const missing = committed.filter((id) => getAnnotation(db, id) === null);
    expect(missing).toEqual([]);
    const rows = db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number };
    expect(rows.n).toBeGreaterThanOrEqual(committed.length);
    // Every stored annotation has its create logged: data and change log committed together.
    const unlogged = db
      .prepare(
        'SELECT count(*) AS n FROM annotations a WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.annotation_id = a.id)',
      )
      .get() as { n: number };
    expect(unlogged.n).toBe(0);
  } finally {
    db.close();
  }
});
