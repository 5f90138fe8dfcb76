// The files a folder offers for import: every file under it (sorted, sub-folders included), split into those in a
// format Lectern reads and the rest, which a batch reports as skipped rather than ignoring them silently.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LecternError } from '../errors';

/** Extensions of the formats the importer reads (its content decides the format; these pick files in a folder). */
export const IMPORT_EXTENSIONS: readonly string[] = ['.txt', '.docx', '.pdf', '.html', '.htm', '.xhtml'];

/** How many files one folder may hold, so a mistaken pick of a whole disk is refused rather than walked. */
const MAX_FOLDER_FILES = 10_000;

/** The importable files under `dir`, and every other file found there. */
export function folderFiles(dir: string): { importable: string[]; other: string[] } {
  const importable: string[] = [];
  const other: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(at, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile())
        (IMPORT_EXTENSIONS.includes(extname(name).toLowerCase()) ? importable : other).push(path);
      if (importable.length + other.length > MAX_FOLDER_FILES) {
        throw new LecternError(
          'TOO_LARGE',
          `${dir} holds more than ${MAX_FOLDER_FILES} files; choose a smaller folder.`,
        );
      }
    }
  };
  walk(dir);
  return { importable, other };
}
