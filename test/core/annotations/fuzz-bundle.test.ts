// Fuzzing the notes bundle reader (issue 17) with fast-check, through the public import entry point the app and
// the CLI use (`readBundleFile` then `AnnotationService.importNotes`), so the test holds whatever the bundle format
// becomes: a valid bundle exported by a real service is damaged — JSON tokens spliced in, bytes flipped, cut or
// inserted (read back from a file), a value anywhere in the parsed JSON replaced or removed — and imported into
// another user.sqlite. Invariants: a clean import or a refusal with a LecternError (code, message without a
// stack), never another exception; a refusal leaves user.sqlite exactly as it was. Fixed seed, bounded runs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundleFile } from '../../../electron/core/annotations/exchange/bundle.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { LecternError } from '../../../electron/core/errors.js';
import { IPC_ERROR_CODES } from '../../../electron/shared/envelope.js';
import { JSON_TOKENS, mutatedBytes, mutatedText } from '../../support/import/mutations.js';
import { dbFingerprint } from '../../support/annotations/db-fingerprint.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock, tempDir } from '../../support/annotations/temp-db.js';

const SEED = Number(process.env.LECTERN_FUZZ_SEED ?? 20_171);
const DOC = 'decree-63-2020';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (keys and indexes), root first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return here;
}

/** `value` with the node at `path` replaced by `by`, or removed when `by` is undefined. */
function replaced(value: Json, path: readonly (string | number)[], by: Json | undefined): Json | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(value) && typeof head === 'number') {
    const out = value.slice();
    const inner = replaced(out[head] ?? null, rest, by);
    if (inner === undefined) out.splice(head, 1);
    else out[head] = inner;
    return out;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof head === 'string') {
    const out: Record<string, Json> = { ...value };
    const inner = replaced(out[head] ?? null, rest, by);
    if (inner === undefined) Reflect.deleteProperty(out, head);
    else out[head] = inner;
    return out;
  }
  return value;
}

let bundle: string;
let scratch: { dir: string; cleanup: () => void };
beforeAll(() => {
  const source = openTempUserDb();
  const a = new AnnotationService({ db: source.db, corpus: new FixtureCorpus(), clock: steppingClock() });
  a.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa', note: 'Which way?', tags: ['scope'] });
  a.create({ docId: DOC, eId: 'art_4__cl_3', quote: 'guard state secrets', color: 'red', tags: ['secrets'] });
  a.create({ docId: DOC, eId: 'art_5', note: 'Annex list, "dual-use"\nline two' });
  const gone = a.create({ docId: DOC, eId: 'art_4__cl_1', quote: 'social order' });
  a.delete(gone.id);
  bundle = a.exportNotes({ format: 'json' }).text;
  source.cleanup();
  scratch = tempDir('lectern-fuzz-bundle-');
});
afterAll(() => {
  scratch.cleanup();
});

/** A damaged bundle as the bytes of a file on the stick. */
const damaged = (): fc.Arbitrary<Uint8Array> => {
  const parsed = JSON.parse(bundle) as Json;
  const all = paths(parsed);
  const structural = fc
    .tuple(
      fc.nat({ max: all.length - 1 }),
      fc.option(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { nil: undefined }),
    )
    .map(([i, by]) => Buffer.from(JSON.stringify(replaced(parsed, all[i] ?? [], by) ?? null), 'utf8'));
  return fc.oneof(
    mutatedText(bundle, JSON_TOKENS).map((t) => Buffer.from(t, 'utf8')),
    mutatedBytes(Buffer.from(bundle, 'utf8')),
    structural,
  );
};

describe('fuzzing the notes bundle reader', () => {
  it('imports or refuses with a LecternError, and a refusal changes nothing in user.sqlite', async () => {
    const env = openTempUserDb();
    const b = new AnnotationService({ db: env.db, corpus: new FixtureCorpus(), clock: steppingClock() });
    b.create({ docId: DOC, eId: 'art_4__cl_3', quote: 'state secrets', note: 'mine' });
    const outcomes = new Map<string, number>();
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(damaged(), async (bytes) => {
          const path = join(scratch.dir, `case-${String(n++)}.lectern-notes.json`);
          writeFileSync(path, bytes);
          const before = dbFingerprint(env.db);
          try {
            // `await` holds whether the entry point is synchronous or not.
            await Promise.resolve().then(() =>
              b.importNotes(readBundleFile(path), { acceptUntrusted: true }),
            );
            outcomes.set('imported', (outcomes.get('imported') ?? 0) + 1);
          } catch (error) {
            if (!(error instanceof LecternError)) {
              throw new Error(
                `not a LecternError: ${error instanceof Error ? (error.stack ?? '') : String(error)}`,
                { cause: error },
              );
            }
            expect(IPC_ERROR_CODES).toContain(error.code);
            expect(error.message).not.toMatch(/\n\s+at /u);
            expect(dbFingerprint(env.db)).toBe(before);
            outcomes.set(error.code, (outcomes.get(error.code) ?? 0) + 1);
          }
        }),
        { numRuns: 400, seed: SEED },
      );
      // Damage reaches past JSON parsing: the schema and the checksum (or what replaces it) refuse some cases.
      expect(outcomes.size).toBeGreaterThan(1);
    } finally {
      env.cleanup();
    }
  }, 60_000);
});
