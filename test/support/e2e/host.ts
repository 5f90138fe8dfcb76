// Builds the renderer, then starts the loopback test host (electron/host/main.ts, what `npm run host` runs) with
// a temp data dir and reads the URL it prints as its first line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** A running host: its URL (with token), its origin, and a stop function. */
export interface RunningHost {
  url: string;
  origin: string;
  dataDir: string;
  stop: () => Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

const require = createRequire(import.meta.url);

/** Builds out/renderer from the current sources so the run never tests a stale bundle. */
export function buildRenderer(): void {
  const built = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`renderer build failed:\n${built.stdout}\n${built.stderr}`);
}

/** Spawns the host; rejects with its stderr when it exits or prints no URL within `timeoutMs`. */
export function startHost(options: { dataDir?: string; timeoutMs?: number } = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lectern-e2e-'));
  const tsx = require.resolve('tsx/cli');
  const child: ChildProcess = spawn(process.execPath, [tsx, 'electron/host/main.ts', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, LECTERN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM'); // the tsx wrapper and the host itself (own process group)
      await exited;
    }
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`test host printed no URL in time. stderr:\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test host exited with ${String(code)}. stderr:\n${stderr}`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /https?:\/\/127\.0\.0\.1:\d+\S*/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      lines.close();
      const url = m[0];
      resolvePromise({ url, origin: new URL(url).origin, dataDir, stop });
    });
  });
}

/** Calls one of the host's test controls (`POST /__test/<name>`), e.g. queueing the next open-dialog answer. */
export function testControl(
  host: RunningHost,
  name: 'open-file' | 'cancel-save' | 'menu' | 'open-link',
  body: unknown,
): Promise<void> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const payload = JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(
      `${host.origin}/__test/${name}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 204) resolvePromise();
          else reject(new Error(`test control ${name} answered ${String(res.statusCode)}`));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
