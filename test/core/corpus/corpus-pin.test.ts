// The corpus hash compiled into a built app: a corpus.sqlite replaced together with a manifest rewritten to match
// passes the manifest check but not the pin; the build config compiles the manifest's hash under the pin's name.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/app/open-services';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import { readManifest, sha256File } from '../../../electron/core/corpus/manifest';
import { COMPILED_CORPUS_SHA256, CORPUS_PIN_DEFINE } from '../../../electron/core/corpus/pin';
import { openCorpus } from '../../../electron/core/corpus/store';
import { isLecternError } from '../../../electron/core/errors';
import config from '../../../electron.vite.config';

const DIST = fileURLToPath(new URL('../../../data/dist', import.meta.url));
const shipped = readManifest(corpusLocationIn(DIST).manifestPath);
const dir = mkdtempSync(join(tmpdir(), 'lectern-pin-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder whose corpus.sqlite has one provision's text changed and whose manifest was rewritten to match. */
function replacedTogether(): string {
  const corpusDir = join(dir, 'replaced');
  const loc = corpusLocationIn(corpusDir);
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  copyFileSync(corpusLocationIn(DIST).corpusPath, loc.corpusPath);
  const db = new Database(loc.corpusPath);
  const changed = db
    .prepare(
      "UPDATE nodes SET text = 'Được phép tiết lộ bí mật nhà nước.' WHERE (doc_id, e_id) = " +
        "(SELECT doc_id, e_id FROM nodes WHERE text <> '' ORDER BY doc_id, ord LIMIT 1)",
    )
    .run().changes;
  expect(changed).toBe(1);
  db.close();
  const sha256 = sha256File(loc.corpusPath);
  writeFileSync(
    loc.manifestPath,
    JSON.stringify({ ...shipped, sha256, bytes: readFileSync(loc.corpusPath).length }),
  );
  return corpusDir;
}

describe('the compiled corpus pin', () => {
  it('is absent when running from source, so development and tests read any verified corpus', () => {
    expect(COMPILED_CORPUS_SHA256).toBeNull();
  });

  it('refuses a corpus replaced together with its manifest, which the manifest alone accepts', () => {
    const corpusDir = replacedTogether();
    const loc = corpusLocationIn(corpusDir);
    const unpinned = openCorpus(loc.corpusPath, loc.manifestPath, null);
    unpinned.close();
    let refusal: unknown = null;
    try {
      openCorpus(loc.corpusPath, loc.manifestPath, shipped.sha256).close();
    } catch (error) {
      refusal = error;
    }
    expect(isLecternError(refusal) && refusal.code).toBe('TAMPERED');
    expect((refusal as Error).message).toContain('replaced together');
    expect(() =>
      openServices({ corpusDir, dataDir: join(dir, 'data'), pinnedCorpusSha256: shipped.sha256 }),
    ).toThrow(/not the one this Lectern was built with/u);
  });

  it('opens the shipped corpus under its own pin', () => {
    const services = openServices({
      corpusDir: DIST,
      dataDir: join(dir, 'data2'),
      pinnedCorpusSha256: shipped.sha256,
    });
    expect(services.bundled.listDocuments().length).toBeGreaterThan(0);
    services.close();
  });

  it('is compiled by the electron-vite config from the manifest under the name pin.ts reads', () => {
    const define = (config as { main?: { define?: Record<string, string> } }).main?.define ?? {};
    expect(define[CORPUS_PIN_DEFINE]).toBe(JSON.stringify(shipped.sha256));
    // What a bundler with that define makes of pin.ts: the hash, not null.
    const outfile = join(dir, 'pin.cjs');
    buildSync({
      entryPoints: [fileURLToPath(new URL('../../../electron/core/corpus/pin.ts', import.meta.url))],
      outfile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      define,
      logLevel: 'error',
    });
    const built = createRequire(import.meta.url)(outfile) as { COMPILED_CORPUS_SHA256?: unknown };
    expect(built.COMPILED_CORPUS_SHA256).toBe(shipped.sha256);
  });
});
