// Maps an app:// URL to a file inside the renderer bundle, refusing anything that could reach outside it.
// Pure apart from realpath, so a table of hostile URLs can be tested without Electron.
import { realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

/** The privileged scheme the window loads from (never file://). */
export const APP_SCHEME = 'app';
/** The only host app:// URLs may name. */
export const APP_HOST = 'lectern';
/** Where the window starts. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The entry document. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Why a URL was refused, or the absolute file it maps to. */
type AppPathResult = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

// Raw-text checks run before URL parsing: the WHATWG parser would silently fold `..` and `%2e%2e`,
// hiding an attack we want to refuse outright rather than reinterpret.
const HOSTILE_RAW = [
  { pattern: /%2e/i, reason: 'encoded dot' },
  { pattern: /%2f|%5c/i, reason: 'encoded slash' },
  { pattern: /%00|\0/, reason: 'NUL byte' },
  { pattern: /\\/, reason: 'backslash' },
  { pattern: /(^|\/)\.\.?(\/|$|\?|#)/, reason: 'dot segment' },
];

/** Resolves `url` against `root` (the built renderer folder); refuses traversal, foreign hosts and escaping symlinks. */
export function resolveAppPath(root: string, url: string): AppPathResult {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.toLowerCase().startsWith(prefix))
    return { ok: false, status: 403, reason: 'foreign scheme or host' };
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  for (const { pattern, reason } of HOSTILE_RAW) {
    if (pattern.test(rawPath)) return { ok: false, status: 400, reason };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) {
    return { ok: false, status: 403, reason: 'foreign host' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape' };
  }
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  if (relativePath.startsWith('/') || isAbsolute(relativePath) || /^[a-z]:/i.test(relativePath)) {
    return { ok: false, status: 400, reason: 'absolute path' };
  }
  if (relativePath.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 400, reason: 'dot segment' };
  }
  return contain(root, join(root, ...relativePath.split('/')));
}

/** Follows symlinks on both sides and checks the target still lies inside the bundle. */
function contain(root: string, candidate: string): AppPathResult {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = realpathSync(root);
    realFile = realpathSync(candidate);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  const rel = relative(realRoot, realFile);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    return { ok: false, status: 403, reason: 'outside the bundle' };
  }
  return { ok: true, file: realFile };
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type by extension; unknown types are served as opaque bytes (and nosniff stops guessing). */
export function mimeTypeOf(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
