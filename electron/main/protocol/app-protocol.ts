// The app:// scheme: registered as privileged before `ready`, then served from the bundle with CSP headers.
import { readFile, stat } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_RESPONSE_HEADERS } from './csp';
import { APP_SCHEME, mimeTypeOf, resolveAppPath } from './app-path';

/** Privileges for app:// — standard and secure so relative URLs, ES modules and CSP 'self' work like https. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/** Must run before `ready` (Electron only accepts privileged schemes then). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Answers one app:// request from `root`; only GET and HEAD, only files inside the bundle. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...APP_RESPONSE_HEADERS } });
  }
  const resolved = resolveAppPath(root, request.url);
  if (!resolved.ok)
    return new Response(null, { status: resolved.status, headers: { ...APP_RESPONSE_HEADERS } });
  const info = await stat(resolved.file);
  if (!info.isFile()) return new Response(null, { status: 404, headers: { ...APP_RESPONSE_HEADERS } });
  const body = request.method === 'HEAD' ? null : await readFile(resolved.file);
  return new Response(body, {
    status: 200,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': mimeTypeOf(resolved.file) },
  });
}

/** Installs the handler after `ready`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
