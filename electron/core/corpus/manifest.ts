// The corpus manifest (written at build time) and the SHA-256 check that refuses a modified corpus file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { LecternError } from '../errors';

/** Version of the corpus.sqlite schema; the store refuses files of another version. */
export const CORPUS_FORMAT_VERSION = 1;

const manifestSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  bytes: z.number().int().nonnegative(),
  formatVersion: z.number().int(),
  inputsHash: z.string(),
});

/** What the build records about the corpus file it wrote. */
export type CorpusManifest = z.infer<typeof manifestSchema>;

/** SHA-256 (hex) of a file's bytes. */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const REBUILD_HINT = 'Reinstall Lectern, or in a development checkout run `npm run build:data`.';

/** Reads and validates a manifest; a missing or malformed one is a clear error. */
export function readManifest(manifestPath: string): CorpusManifest {
  if (!existsSync(manifestPath)) {
    throw new LecternError('NOT_FOUND', `The corpus manifest ${manifestPath} is missing. ${REBUILD_HINT}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    throw new LecternError(
      'CORRUPT',
      `The corpus manifest ${manifestPath} is not valid JSON. ${REBUILD_HINT}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new LecternError('CORRUPT', `The corpus manifest ${manifestPath} is malformed. ${REBUILD_HINT}`);
  }
  return parsed.data;
}

/** Throws TAMPERED unless the corpus file's SHA-256 is the one the manifest recorded. */
export function verifyCorpusFile(corpusPath: string, manifest: CorpusManifest): void {
  if (!existsSync(corpusPath)) {
    throw new LecternError('NOT_FOUND', `The corpus file ${corpusPath} is missing. ${REBUILD_HINT}`);
  }
  if (basename(corpusPath) !== manifest.file) {
    throw new LecternError(
      'TAMPERED',
      `The manifest describes ${manifest.file}, not ${basename(corpusPath)}. ${REBUILD_HINT}`,
    );
  }
  const actual = sha256File(corpusPath);
  if (actual !== manifest.sha256) {
    throw new LecternError(
      'TAMPERED',
      `The corpus file ${corpusPath} has been modified (SHA-256 ${actual.slice(0, 12)}… instead of ` +
        `${manifest.sha256.slice(0, 12)}…); Lectern will not read it. ${REBUILD_HINT}`,
    );
  }
}

/**
 * Throws TAMPERED when this build was compiled with a corpus hash (`pin`) and the manifest names another file:
 * replacing corpus.sqlite and rewriting its manifest to match passes `verifyCorpusFile`, never this.
 */
export function verifyCorpusPin(manifest: CorpusManifest, pin: string | null): void {
  if (pin === null || manifest.sha256 === pin) return;
  throw new LecternError(
    'TAMPERED',
    `The bundled corpus (SHA-256 ${manifest.sha256.slice(0, 12)}…) is not the one this Lectern was built with ` +
      `(${pin.slice(0, 12)}…): corpus.sqlite and its manifest were replaced together. Lectern will not read it. ` +
      'Reinstall Lectern from its installer and check the installer against its SHA-256 manifest.',
  );
}
