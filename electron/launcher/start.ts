// `npm start`: build the bundles, then run Electron — or explain how to supply its binary when it is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { locateElectronBinary, missingBinaryMessage } from './electron-binary';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
  version: string;
};

let status = locateElectronBinary(electronDir);
if (!status.found && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  // The electron package downloads lazily; give it one bounded try (it reads the local cache first).
  console.log(`Electron ${version} binary not found; trying the electron package's installer once…`);
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: 120_000 });
  status = locateElectronBinary(electronDir);
}
if (!status.found || status.path === null) {
  console.error(missingBinaryMessage(status, version));
  process.exit(1);
}

const build = spawnSync(
  process.execPath,
  [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const run = spawnSync(status.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
