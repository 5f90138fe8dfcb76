// The loopback test host: serves the built renderer and the IPC contract over HTTP on 127.0.0.1, behind a
// random bearer token, relaying calls to the core worker (the same dispatch gate as in Electron). Development and
// tests only.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreInvoke } from '../app/dispatch';
import { APP_ORIGIN, mimeTypeOf, resolveAppPath } from '../main/protocol/app-path';
import type { EventMap, EventName } from '../shared/events';
import { fail } from '../shared/envelope';

/** Largest request body accepted; the contract's own per-channel limits apply after parsing. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const COOKIE = 'lectern_host';

/** The host's CSP: the app's, except that the page may call back to its own origin. */
const HOST_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What startHost needs. */
interface HostOptions {
  rendererDir: string;
  /** The core: the worker's client in the host, or an in-thread invoker in unit tests. */
  invoke: CoreInvoke;
  clientScript: string;
  /** Test controls (`POST /__test/<name>`), e.g. queueing a dialog answer or sending a menu command. */
  testControls?: Record<string, (body: unknown) => void>;
  port?: number;
  token?: string;
}

/** A running host. */
export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  close(): Promise<void>;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string {
  const header = req.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(header);
  return match?.[1] ?? '';
}

function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': HOST_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Injects the token meta tag and the client script before the renderer's first script; opens connect-src. */
export function injectClient(html: string, token: string): string {
  const tags = `<meta name="lectern-host-token" content="${token}" /><script src="/__lectern/client.js"></script>`;
  const withCsp = html.replace(/connect-src 'none'/g, "connect-src 'self'");
  const at = withCsp.indexOf('<script');
  return at === -1
    ? withCsp.replace('</head>', `${tags}</head>`)
    : `${withCsp.slice(0, at)}${tags}${withCsp.slice(at)}`;
}

/** Starts the host on 127.0.0.1 (random port unless given) and resolves once it listens. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const streams = new Set<ServerResponse>();
  let origin = '';

  const authorised = (req: IncomingMessage, url: URL): boolean =>
    sameSecret(bearerToken(req), token) ||
    sameSecret(cookieToken(req), token) ||
    sameSecret(url.searchParams.get('token') ?? '', token);

  const server = createServer((req, res) => {
    void route(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: only requests addressed to our literal loopback origin are served.
    if (req.headers.host !== new URL(origin).host) {
      send(res, 421, 'Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      send(res, 403, 'Forbidden origin');
      return;
    }
    if (!authorised(req, url)) {
      send(res, 401, 'Missing or wrong token');
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const body = await readBody(req);
      if (body === null) {
        // The rest of the oversize body is never read, so the connection cannot be reused.
        res.setHeader('Connection', 'close');
        send(res, 413, JSON.stringify(fail('TOO_LARGE', 'Request body too large.')), 'application/json');
        return;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(body) as unknown;
      } catch {
        send(res, 400, JSON.stringify(fail('INVALID_INPUT', 'Body is not JSON.')), 'application/json');
        return;
      }
      const result = await options.invoke(decodeURIComponent(url.pathname.slice('/api/'.length)), payload);
      send(res, 200, JSON.stringify(result), 'application/json');
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/__test/')) {
      const control = options.testControls?.[url.pathname.slice('/__test/'.length)];
      if (!control) {
        send(res, 404, 'No such control');
        return;
      }
      const body = await readBody(req);
      control(body ? (JSON.parse(body) as unknown) : null);
      send(res, 204, '');
      return;
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__lectern/client.js') {
      send(res, 200, options.clientScript, 'text/javascript; charset=utf-8');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed');
      return;
    }
    return serveStatic(req, res);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = (req.url ?? '/').split('?', 1)[0] ?? '/';
    const resolved = resolveAppPath(options.rendererDir, `${APP_ORIGIN}${raw}`);
    if (!resolved.ok) {
      send(res, resolved.status, resolved.reason);
      return;
    }
    if (!(await stat(resolved.file)).isFile()) {
      send(res, 404, 'not found');
      return;
    }
    const bytes = await readFile(resolved.file);
    if (resolved.file.endsWith('.html')) {
      // The query token becomes an HttpOnly cookie so assets and the event stream authenticate without it.
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      send(res, 200, injectClient(bytes.toString('utf8'), token), 'text/html; charset=utf-8');
      return;
    }
    send(res, 200, bytes, mimeTypeOf(resolved.file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/index.html?token=${token}`,
    origin,
    port,
    token,
    emit(event, payload) {
      const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
