// `npm start`: build the bundles, then run Electron — or explain how to supply its binary when it is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { firstErrorLine, locateElectronBinary, missingBinaryMessage } from './electron-binary';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
  version: string;
};

let status = locateElectronBinary(electronDir);
let installerReason: string | null = null;
if (!status.found && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  // The electron package downloads lazily; give it one bounded try (it reads the local cache first).
  console.log(`Electron ${version} binary not found; trying the electron package's installer once…`);
  // Its output is kept back: a failed download prints a stack trace; the user gets one line of reason instead.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  status = locateElectronBinary(electronDir);
  if (!status.found) installerReason = firstErrorLine(`${install.stderr}\n${install.stdout}`);
}
if (!status.found || status.path === null) {
  if (installerReason !== null)
    console.error(`The electron installer could not fetch it (${installerReason}).\n`);
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
