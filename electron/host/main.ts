// `npm run host`: serve the built renderer and the real core on http://127.0.0.1:<random port> for real
// Chromium (Playwright) runs. The first line of output is the URL with the token. Never packaged.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCorpusLocation } from '../core/corpus/location';
import { createTestHost, packageVersion } from './create-test-host';

const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'renderer-dir': { type: 'string' },
  },
});
const rendererDir = resolve(values['renderer-dir'] ?? join(repoRoot, 'out', 'renderer'));
if (!existsSync(join(rendererDir, 'index.html'))) {
  // Build once when missing; progress goes to stderr so the URL stays the first line of stdout.
  const require = createRequire(import.meta.url);
  const built = spawnSync(
    process.execPath,
    [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 2, 2],
    },
  );
  if (built.status !== 0) {
    console.error('The renderer build failed; run `npm run build` to see why.');
    process.exit(1);
  }
}
const dataDir = resolve(values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'lectern-host-')));
// The core runs in a worker thread, as in the Electron main process; its log lines go to stderr.
let started = false;
const host = await createTestHost({
  corpusDir: defaultCorpusLocation().dir,
  dataDir,
  rendererDir,
  version: packageVersion(repoRoot),
  ...(values.port ? { port: Number(values.port) } : {}),
  onLateNotices: (found) => {
    if (started) for (const notice of found) console.error(`Notice: ${notice}`);
  },
  log: (entry) => {
    console.error(
      `[core] ${entry.level} ${entry.event}${entry.channel ? ` ${entry.channel}` : ''}${entry.code ? ` ${entry.code}` : ''}`,
    );
  },
});
console.log(host.url);
console.error(`Lectern test host: data in ${dataDir}; Ctrl+C to stop.`);
for (const notice of host.notices) console.error(`Notice: ${notice}`);
started = true;

const stop = (): void => {
  void host.close().then(() => {
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
