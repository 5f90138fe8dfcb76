// A scan of product code (electron/ except the dev-only host, and renderer/) for network modules, network
// globals and the Electron features that phone home. ESLint enforces the same; this keeps the promise if the
// lint configuration is ever loosened.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'host' && dir.endsWith('electron') ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// The run-time network guard imports the network modules only to make them throw (test/core/security).
const GUARD = join(root, 'electron', 'core', 'security', 'network-guard.ts');
const files = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))].filter(
  (f) => f !== GUARD,
);
const forbidden: [RegExp, string][] = [
  [/from ['"](node:)?(http|https|net|tls|dgram|dns|http2|undici)['"]/, 'network module import'],
  [/require\(['"](node:)?(http|https|net|tls|dgram|dns|http2|undici)['"]\)/, 'network module require'],
  [/\b(fetch|WebSocket|EventSource|XMLHttpRequest)\s*\(/, 'network global call'],
  [/new\s+(WebSocket|EventSource|XMLHttpRequest)\b/, 'network global constructor'],
  [/\bnet\.(request|fetch)\b/, 'Electron net module'],
  [/\bcrashReporter\b/, 'crash reporter'],
  [/\bautoUpdater\b|electron-updater/, 'auto-updater'],
  [/\bopenExternal\b/, 'shell.openExternal'],
  [/\bloadFile\(|['"]file:\/\//, 'file:// loading'],
];

describe('product code has no network code', () => {
  it('scans a real set of files', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.endsWith(join('electron', 'main', 'index.ts')))).toBe(true);
    expect(files.some((f) => f.includes(join('electron', 'host')))).toBe(false);
  });

  it.each(forbidden)('contains no %s (%s)', (pattern) => {
    const hits = files.filter((file) => {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)) // comments may name what is forbidden
        .join('\n');
      return pattern.test(code);
    });
    expect(hits.map((f) => relative(root, f))).toEqual([]);
  });
});
