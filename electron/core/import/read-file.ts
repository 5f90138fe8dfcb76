// Reads an import file from disk for the hosts (the Electron main process after a file dialog, the CLI): the size
// limit is checked on the file's size before any byte is read, so a 2 GB file costs nothing.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { LecternError } from '../errors';
import { MAX_IMPORT_BYTES } from './limits';

/** The file's name and bytes, ready for `ImportService.preview`. */
export function readImportFile(path: string): { fileName: string; bytes: Buffer } {
  const full = resolve(path);
  let size: number;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) throw new LecternError('INVALID_INPUT', `${full} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof LecternError) throw error;
    throw new LecternError('NOT_FOUND', `Cannot read ${full}: no such file.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new LecternError(
      'TOO_LARGE',
      `${basename(full)} is ${(size / 1024 / 1024).toFixed(1)} MB; Lectern imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  try {
    return { fileName: full, bytes: readFileSync(full) };
  } catch (error) {
    throw new LecternError(
      'IO',
      `Cannot read ${full}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
