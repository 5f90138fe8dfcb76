// Files to import through the UI, written by the tests themselves: the fictional Vietnamese decree and its
// English translation from the core's import fixtures, plus files the importer must refuse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EN_DECREE, VI_DECREE } from '../../core/import/fixtures/legal-texts';

/** A temp folder with files to import; `remove()` deletes it. */
export interface ImportFiles {
  dir: string;
  /** Writes `content` to `<dir>/<name>` and returns the path. */
  write: (name: string, content: string | Uint8Array) => string;
  remove: () => void;
}

/** The fixture texts, for tests that edit them before writing. */
export const TEXTS = { vi: VI_DECREE, en: EN_DECREE };

/** Opens a fresh temp folder. */
export function importFiles(): ImportFiles {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-import-ui-'));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
