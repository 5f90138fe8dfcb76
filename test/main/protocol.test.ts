// app:// containment: a real folder with a bundle, a secret beside it and an escaping symlink; every hostile URL
// must be refused and every response must carry the CSP.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath, mimeTypeOf } from '../../electron/main/protocol/app-path';
import {
  serveAppRequest,
  registerAppScheme,
  APP_SCHEME_PRIVILEGES,
} from '../../electron/main/protocol/app-protocol';
import { APP_CSP } from '../../electron/main/protocol/csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'lectern-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Lectern</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'tên tệp.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'state secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'inside-link.js'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('serves files inside the bundle, including encoded non-ASCII names and in-bundle symlinks', () => {
    expect(resolveAppPath(root, 'app://lectern/index.html')).toEqual({
      ok: true,
      file: join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://lectern/')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://lectern/assets/app.js?v=1#x')).toMatchObject({ ok: true });
    expect(resolveAppPath(root, `app://lectern/assets/${encodeURIComponent('tên tệp.css')}`)).toMatchObject({
      ok: true,
      file: join(root, 'assets', 'tên tệp.css'),
    });
    expect(resolveAppPath(root, 'app://lectern/inside-link.js')).toMatchObject({ ok: true });
  });

  const hostile = [
    'app://lectern/../secret.txt',
    'app://lectern/assets/../../secret.txt',
    'app://lectern/%2e%2e/secret.txt',
    'app://lectern/%2E%2E/secret.txt',
    'app://lectern/.%2e/secret.txt',
    'app://lectern/assets%2f..%2f..%2fsecret.txt',
    'app://lectern/..%2fsecret.txt',
    'app://lectern/..%5csecret.txt',
    'app://lectern/assets\\..\\..\\secret.txt',
    'app://lectern//etc/passwd',
    'app://lectern/%2fetc%2fpasswd',
    'app://lectern/C:/Windows/win.ini',
    'app://lectern/index.html%00.js',
    'app://lectern/./index.html',
    'app://lectern/assets/escape.txt',
    'app://lectern/up/secret.txt',
    'app://evil/index.html',
    'app://lectern.evil/index.html',
    'app://user:pw@lectern/index.html',
    'app://lectern:8080/index.html',
    'file:///etc/passwd',
    'https://lectern/index.html',
    'app://lectern/missing.js',
  ];
  it.each(hostile)('refuses %s', (url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
    if (result.ok) expect(readFileSync(result.file, 'utf8')).not.toBe('state secret');
  });
});

describe('serveAppRequest', () => {
  it('answers with the file, its type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, new Request('app://lectern/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses traversal with a status, an empty body and still the CSP', async () => {
    const response = await serveAppRequest(root, new Request('app://lectern/assets/escape.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect((await serveAppRequest(root, new Request('app://lectern/nope.js'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://lectern/assets'))).status).toBe(404);
  });

  it('allows only GET and HEAD', async () => {
    const post = await serveAppRequest(
      root,
      new Request('app://lectern/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
    const head = await serveAppRequest(root, new Request('app://lectern/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('types fonts and unknown files safely', () => {
    expect(mimeTypeOf('a/DejaVuSans.ttf')).toBe('font/ttf');
    expect(mimeTypeOf('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('CSP', () => {
  it('forbids every network connection and foreign source', () => {
    const directives = new Map(
      APP_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(APP_CSP).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('is mirrored by the <meta> tag of renderer/index.html (no weaker than the header)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'none'",
      "object-src 'none'",
    ]) {
      if (directive.startsWith('object-src') && !meta.includes('object-src')) continue; // covered by default-src 'none'
      expect(meta).toContain(directive);
    }
    expect(meta).not.toMatch(/unsafe-|https?:/);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard and secure, never bypassing CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});
