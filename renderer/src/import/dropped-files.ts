// Files dropped onto the window, turned into the `documents:batchDrop` request: each file's name and bytes
// (base64), never a path. A file too large, beyond the drop's total, or unreadable (a folder) is sent as that
// problem instead of its bytes, so the core reports it in the preview like any other bad file.
import {
  MAX_DROP_FILE_BYTES,
  MAX_DROP_TOTAL_BYTES,
  MAX_DROPPED_FILES,
} from '../../../electron/shared/batch-limits';
import type { RequestInputOf } from '../../../electron/shared/contract';
import type { DropEntry } from './dropped-entries';

/** One entry of the request. */
type DroppedFile = RequestInputOf<'documents:batchDrop'>['dropped'][number];

/** Most files one drop may carry (more are refused with a message, nothing is read). */
export const DROP_LIMIT = MAX_DROPPED_FILES;

/** The file's bytes as base64, read natively (FileReader's data URL) rather than byte by byte in script. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'));
    };
    reader.readAsDataURL(file);
  });
}

/** A display name the contract accepts: no folders, no control characters, at most 255 characters. */
function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a display name may not carry
  const clean = name.replace(/[/\\\u0000-\u001f]+/gu, '_').slice(0, 255);
  return clean === '' ? '_' : clean;
}

/** The request entries for what was dropped, in order. */
export async function droppedFiles(entries: readonly DropEntry[]): Promise<DroppedFile[]> {
  let total = 0;
  const out: DroppedFile[] = [];
  for (const { name: raw, file, problem } of entries) {
    const name = displayName(raw);
    if (file === null) {
      out.push({ name, problem: problem ?? 'unreadable' });
      continue;
    }
    if (file.size > MAX_DROP_FILE_BYTES) {
      out.push({ name, problem: 'too-large' });
      continue;
    }
    if (total + file.size > MAX_DROP_TOTAL_BYTES) {
      out.push({ name, problem: 'over-total' });
      continue;
    }
    try {
      const data = await readBase64(file);
      total += file.size;
      out.push({ name, data });
    } catch {
      out.push({ name, problem: 'unreadable' });
    }
  }
  return out;
}
