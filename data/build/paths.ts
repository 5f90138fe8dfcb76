// Repository paths used by the build scripts.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (this file is data/build/paths.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** The seed texts and their metadata. */
export const SOURCES_DIR = join(REPO_ROOT, 'data', 'sources');
/** Where the built corpus goes (gitignored). */
export const DIST_DIR = join(REPO_ROOT, 'data', 'dist');
