// The run-time network guard, installed in a child process as the app's main and worker entries install it:
// every listed Node network API throws "Lectern never opens network connections", while a separate thread
// without the guard (as the loopback test host's own main thread) keeps serving HTTP on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

/** Each call the child makes after installing the guard; every one must throw. */
const CALLS: Record<string, string> = {
  'net.connect': "net.connect(9, '127.0.0.1')",
  'net.createConnection': "net.createConnection({ port: 9, host: '127.0.0.1' })",
  'new net.Socket().connect': "new net.Socket().connect(9, '127.0.0.1')",
  'net.createServer': 'net.createServer()',
  'tls.connect': "tls.connect(443, '127.0.0.1')",
  'http.request': "http.request('http://127.0.0.1:9/')",
  'http.get': "http.get('http://127.0.0.1:9/')",
  'http.createServer': 'http.createServer()',
  'new http.ClientRequest': "new http.ClientRequest('http://127.0.0.1:9/')",
  'https.request': "https.request('https://127.0.0.1:9/')",
  'https.get': "https.get('https://127.0.0.1:9/')",
  'http2.connect': "http2.connect('http://127.0.0.1:9')",
  'dgram.createSocket': "dgram.createSocket('udp4')",
  'dns.lookup': "dns.lookup('localhost', () => {})",
  'dns.resolve4': "dns.resolve4('example.org', () => {})",
  'new dns.Resolver().resolve': "new dns.Resolver().resolve('example.org', () => {})",
  'dns.promises.lookup': "dns.promises.lookup('localhost')",
  'named import connect': "namedConnect(9, '127.0.0.1')",
  fetch: "fetch('http://127.0.0.1:9/')",
  WebSocket: "new WebSocket('ws://127.0.0.1:9/')",
};

const CHILD = `
import net, { connect as namedConnect } from 'node:net';
import tls from 'node:tls';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import dgram from 'node:dgram';
import dns from 'node:dns';
import { Worker } from 'node:worker_threads';
const calls = ${JSON.stringify(CALLS)};
const results = {};
// Before the guard: a thread without it (like the test host's main thread) serves HTTP on loopback.
const worker = new Worker(\`
  const http = await import('node:http');
  const { parentPort } = await import('node:worker_threads');
  const server = http.createServer((_q, s) => s.end('host ok'));
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => server.close(() => process.exit(0)));
\`, { eval: true });
const port = await new Promise((resolve) => worker.once('message', resolve));
const { installNetworkGuard } = await import(${JSON.stringify(join(ROOT, 'electron/core/security/network-guard.ts'))});
const installed = installNetworkGuard();
for (const [name, code] of Object.entries(calls)) {
  try {
    const value = eval(code);
    if (value && typeof value.then === 'function') await value;
    results[name] = 'did not throw';
  } catch (error) {
    results[name] = String(error && error.message);
  }
}
// The guarded thread cannot reach the host, but the host's thread still answers (fetch runs in the worker).
const hostAnswer = await new Promise((resolve) => {
  const probe = new Worker(\`
    const { parentPort } = await import('node:worker_threads');
    fetch('http://127.0.0.1:' + \${port} + '/').then((r) => r.text()).then((t) => parentPort.postMessage(t), (e) => parentPort.postMessage(String(e)));
  \`, { eval: true });
  probe.once('message', resolve);
});
worker.postMessage('stop');
console.log(JSON.stringify({ results, installed, hostAnswer }));
`;

describe('network guard', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', require.resolve('tsx'), '--input-type=module', '-e', CHILD],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!last.startsWith('{')) throw new Error(`guard child failed: ${run.stderr}`);
  const out = JSON.parse(last) as {
    results?: Record<string, string>;
    installed?: string[];
    hostAnswer?: string;
  };

  it.each(Object.keys(CALLS))('%s throws a clear error', (name) => {
    expect(run.stderr).toBe('');
    expect(out.results?.[name]).toMatch(/^Lectern never opens network connections \(.+ was called\)\.$/);
  });

  it('replaces every connection, request, server, UDP and DNS API and the network globals', () => {
    expect(out.installed).toEqual(
      expect.arrayContaining([
        'net.Socket.prototype.connect',
        'tls.connect',
        'http2.createSecureServer',
        'dgram.Socket.prototype.send',
        'dns.promises.Resolver.prototype.resolve4',
        'globalThis.fetch',
        'globalThis.WebSocket',
      ]),
    );
  });

  it('leaves other threads alone: a thread without the guard still serves and reaches loopback HTTP', () => {
    expect(out.hostAnswer).toBe('host ok');
  });
});
