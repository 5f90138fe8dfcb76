// Where the shared real documents live (../shared/real-docs beside the checkout) and whether this clone has them;
// tests that read them skip with a plain note when a clone has no shared folder beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of real Vietnamese legal files with their expected.json. */
export const REAL_DOCS_DIR = join(import.meta.dirname, '../../../../../shared/real-docs');

/** True when the folder is present (always in CI). */
export const HAVE_REAL_DOCS = existsSync(join(REAL_DOCS_DIR, 'expected.json'));

if (!HAVE_REAL_DOCS) {
  console.warn(`Skipping real-document tests: ${REAL_DOCS_DIR} is absent (a clone without ../shared).`);
}
