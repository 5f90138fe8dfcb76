// `npm run check:security`: Doyensec Electronegativity over the Electron sources (electron/) and the built
// renderer (out/renderer, which carries the CSP meta tag), offline. Fails on any HIGH or MEDIUM finding and on
// any file the tool could not parse (a skipped file is an unchecked file). Exclusions: docs/security.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
/** Answers the tool's translation download offline, so the check never attempts a network request. */
const offlineGot = join(import.meta.dirname, 'offline-got.cjs');
const electronVersion = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;

/** Checks skipped everywhere, with the reason (also in docs/security.md). */
const EXCLUDED = {
  // Looks up security fixes of newer Electron releases online; Lectern is checked offline.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
  // Flags every preload for manual review; ours is reviewed and tested (test/main/preload.test.ts).
  PreloadJSCheck: 'manual review recorded in docs/security.md',
};
/** Skipped on sources: the CSP lives in a TS string there and is checked on the built renderer instead. */
const SOURCE_ONLY_EXCLUDED = ['CSPGlobalCheck'];
/** Skipped on the built renderer: main-process handlers are checked on the sources (the renderer has none). */
const RENDERER_ONLY_EXCLUDED = ['LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'];

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
}

function scan(input: string, exclude: string[]): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-eneg-'));
  const csv = join(dir, 'findings.csv');
  try {
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        offlineGot,
        cli,
        '-i',
        input,
        '-x',
        exclude.join(','),
        '-e',
        electronVersion,
        '-r',
        '-v',
        'false',
        '-o',
        csv,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
    );
    if (run.status !== 0) throw new Error(`electronegativity failed on ${input}:\n${run.stderr}`);
    const unparsed = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => line.includes('Error parsing'));
    if (unparsed.length > 0)
      throw new Error(`electronegativity could not check every file:\n${unparsed.join('\n')}`);
    // One finding per line that starts with a check id; the tool's CSV can wrap long descriptions.
    return readFileSync(csv, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+),"([A-Z]+)","([A-Z]+)","([^"]*)","([^"]*)"/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(([, check = '', severity = '', confidence = '', file = '', location = '']) => ({
        check,
        severity,
        confidence,
        file,
        location,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const build = spawnSync(
  process.execPath,
  [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (build.status !== 0) {
  console.error(`Build failed, cannot scan out/renderer:\n${build.stdout}\n${build.stderr}`);
  process.exit(1);
}

const findings = [
  ...scan('electron', [...Object.keys(EXCLUDED), ...SOURCE_ONLY_EXCLUDED]).map((f) => ({
    ...f,
    file: `electron/${f.file}`,
  })),
  ...scan(join('out', 'renderer'), [...Object.keys(EXCLUDED), ...RENDERER_ONLY_EXCLUDED]).map((f) => ({
    ...f,
    file: `out/renderer/${f.file}`,
  })),
];
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.check} ${f.file}:${f.location}`);
const blocking = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
console.log(
  `Electronegativity ${electronVersion}: ${findings.length} finding(s), ${blocking.length} HIGH/MEDIUM; excluded: ${Object.keys(EXCLUDED).join(', ')}.`,
);
process.exit(blocking.length === 0 ? 0 : 1);
