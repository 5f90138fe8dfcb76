// Bounds of a batch import, shared by the contract (request sizes), the core and the renderer (which checks a
// dropped file's size before reading it, so a 2 GB drop costs nothing and is still reported).
import { MAX_IMPORT_BYTES } from '../core/import/limits';

/** Largest dropped file sent to the core: the importer's own limit. */
export const MAX_DROP_FILE_BYTES = MAX_IMPORT_BYTES;

/** Most bytes one drop sends at once; files beyond it are listed as not read (the dialog has no such bound). */
export const MAX_DROP_TOTAL_BYTES = 48 * 1024 * 1024;

/** Most files one drop may hold (a folder of more goes through Import folder…). */
export const MAX_DROPPED_FILES = 200;

/** Most files one batch may list (a folder's own limit in the core). */
export const MAX_BATCH_FILES = 10_000;

/**
 * Extensions a folder dropped onto the window contributes (the core's IMPORT_EXTENSIONS in folder-files.ts,
 * restated here because that module reads the disk; a test keeps the two lists equal). Other files in a dropped
 * folder are reported as not importable; a file dropped on its own is always sent (its bytes decide its format).
 */
export const DROP_EXTENSIONS: readonly string[] = ['.txt', '.docx', '.pdf', '.html', '.htm', '.xhtml'];

/** Characters of base64 text for `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
