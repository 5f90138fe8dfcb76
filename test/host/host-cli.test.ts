// `npm run host` (electron/host/main.ts): the first line on stdout is the loopback URL with its token, and the
// page it names is served to a client that presents the token.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const base = mkdtempSync(join(tmpdir(), 'lectern-host-cli-'));
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('npm run host', () => {
  it('prints http://127.0.0.1:PORT/index.html?token=… as its first line and serves that page', async () => {
    const rendererDir = join(base, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head></head><body>fixture</body></html>',
    );
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const child = spawn(
      process.execPath,
      [tsx, 'electron/host/main.ts', '--data-dir', join(base, 'data'), '--renderer-dir', rendererDir],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    try {
      const first = await new Promise<string>((resolveLine, reject) => {
        child.once('exit', (code) => {
          reject(new Error(`host exited with ${String(code)}`));
        });
        createInterface({ input: child.stdout }).once('line', resolveLine);
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html\?token=[0-9a-f]{48}$/);
      const page = await fetch(first);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('fixture');
      const withoutToken = await fetch(first.replace(/\?token=.*$/, ''));
      expect(withoutToken.status).toBe(401);
    } finally {
      if (child.pid !== undefined && child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
    }
  });
});
