// The loopback test host: token, Host and Origin checks, the same dispatch gate as main, path containment,
// and real Chromium getting a working `window.lectern` of the same shape as the preload's.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { createTestHost } from '../../electron/host/create-test-host';
import type { TestHost } from '../../electron/host/create-test-host';
import { injectClient } from '../../electron/host/server';
import { CHANNELS } from '../../electron/shared/contract';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let base: string;
let host: TestHost;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'lectern-host-test-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'none'" /><title>t</title></head><body><script type="module" src="./assets/app.js"></script></body></html>`,
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'document.title = "loaded";');
  writeFileSync(join(base, 'secret.txt'), 'state secret');
  // The core runs in a worker thread behind the host, as in `npm run host` and the Electron main process.
  host = await createTestHost({
    corpusDir: defaultCorpusLocation().dir,
    dataDir: join(base, 'data'),
    rendererDir,
    version: '9.9.9-test',
  });
});
afterAll(async () => {
  await host.close();
  rmSync(base, { recursive: true, force: true });
});

/** A raw HTTP request so Host and Origin headers can be forged (fetch would refuse to). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

describe('loopback host over HTTP', () => {
  it('listens on 127.0.0.1 with a long random token in its URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html\?token=[0-9a-f]{48}$/);
  });

  it('refuses requests without the token, with a wrong one, or addressed to another host name', async () => {
    expect((await raw('/index.html')).status).toBe(401);
    expect(
      (
        await raw('/api/documents:list', {
          method: 'POST',
          body: '{}',
          headers: { Authorization: 'Bearer nope' },
        })
      ).status,
    ).toBe(401);
    const rebinding = await raw(`/index.html?token=${host.token}`, {
      headers: { Host: `evil.example:${host.port}` },
    });
    expect(rebinding.status).toBe(421);
    const crossOrigin = await raw('/api/documents:list', {
      method: 'POST',
      body: '{}',
      headers: { ...auth(), Origin: 'http://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('answers contract calls through the same validation as main', async () => {
    const listed = await raw('/api/documents:list', { method: 'POST', body: '{}', headers: auth() });
    expect(listed.status).toBe(200);
    const envelope = JSON.parse(listed.body) as { ok: boolean; value: { docId: string }[] };
    expect(envelope.value.map((d) => d.docId)).toContain('decree-63-2020');
    const invalid = await raw('/api/documents:get', {
      method: 'POST',
      body: '{"docId":"../x"}',
      headers: auth(),
    });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await raw('/api/fs:read', { method: 'POST', body: '{}', headers: auth() });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const notJson = await raw('/api/documents:list', { method: 'POST', body: '{', headers: auth() });
    expect(notJson.status).toBe(400);
  });

  it('refuses oversize bodies', async () => {
    const big = await raw('/api/search:query', {
      method: 'POST',
      body: JSON.stringify({ query: 'x'.repeat(3 * 1024 * 1024) }),
      headers: auth(),
    });
    expect(big.status).toBe(413);
  });

  it('serves the bundle only, with the host CSP and the client injected', async () => {
    const page = await raw(`/index.html?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="lectern-host-token" content="${host.token}" />`);
    expect(page.body.indexOf('/__lectern/client.js')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    expect(page.body).toContain("connect-src 'self'");
    expect(page.body).not.toContain("connect-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const res = await raw(`${path}?token=${host.token}`);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('state secret');
    }
  });

  it('injects before the first script even without a <head> script', () => {
    expect(injectClient('<html><head></head><body></body></html>', 'T')).toContain(
      '<script src="/__lectern/client.js"></script></head>',
    );
  });
});

describe('real Chromium against the host', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('gets a window.lectern with exactly the contract surface, calls the core, and receives events', async () => {
    const context = await browser.newContext();
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(host.origin)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(
      () => (globalThis as unknown as { document: { title: string } }).document.title === 'loaded',
    );
    const surface = await page.evaluate(() => {
      const api = (globalThis as unknown as { lectern: Record<string, unknown> }).lectern;
      return Object.entries(api).flatMap(([k, v]) =>
        typeof v === 'function' ? [k] : Object.keys(v as object).map((verb) => `${k}:${verb}`),
      );
    });
    expect(surface.sort()).toEqual([...CHANNELS, 'on'].sort());

    const info = await page.evaluate(async () => {
      const api = (globalThis as unknown as { lectern: { app: { info: () => Promise<unknown> } } }).lectern;
      return api.app.info();
    });
    expect(info).toMatchObject({ ok: true, value: { shell: 'test-host', version: '9.9.9-test' } });

    const received = page.evaluate(
      () =>
        new Promise((resolve) => {
          const api = (
            globalThis as unknown as { lectern: { on: (e: string, l: (p: unknown) => void) => void } }
          ).lectern;
          api.on('menu:command', resolve);
        }),
    );
    // The EventSource connects asynchronously; send the command until the page has seen one.
    let payload: unknown;
    for (let i = 0; i < 50 && payload === undefined; i++) {
      await raw('/__test/menu', { method: 'POST', body: '{"command":"go-search"}', headers: auth() });
      payload = await Promise.race([received, new Promise((r) => setTimeout(r, 100))]);
    }
    expect(payload).toEqual({ command: 'go-search' });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('exports to the scripted dialog path and reports progress', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    const result = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as { lectern: { export: { pdf: (r: unknown) => Promise<unknown> } } }
      ).lectern;
      return api.export.pdf({ jobId: 'host-pdf', docId: 'decree-63-2020', scope: 'all' });
    });
    const { value } = result as { value: { outPath: string } };
    expect(value.outPath).toBe(host.dialogs.saved.at(-1));
    expect(readFileSync(value.outPath).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
