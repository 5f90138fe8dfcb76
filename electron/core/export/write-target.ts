// The rule every file Lectern writes for the user follows (PDF exports, notes reports, notes bundles and CSV, the
// CLI's `notes export`): only a regular file the user may write is replaced, and only when the caller says
// `replace: true` (the app's native save dialog has asked; the CLI was given --force); anything else is refused
// before a byte is written. Root bypasses EACCES, so a file without any write bit is refused by its mode bits.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LecternError } from '../errors';

/** What the caller has confirmed about the target. */
export interface WriteOptions {
  /** True when the user has agreed to replace an existing file (native save dialog, `--force`, a confirm dialog). */
  replace?: boolean;
}

/** What a refused target is, in words (English, Vietnamese). */
function kindOf(st: Stats): [string, string] | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return ['a folder', 'một thư mục'];
  if (st.isSymbolicLink()) return ['a symbolic link', 'một liên kết tượng trưng'];
  if (st.isFIFO()) return ['a named pipe (FIFO)', 'một đường ống có tên (FIFO)'];
  if (st.isCharacterDevice() || st.isBlockDevice()) return ['a device', 'một thiết bị'];
  if (st.isSocket()) return ['a socket', 'một socket'];
  return ['not a regular file', 'không phải tệp thông thường'];
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function mayWrite(path: string, st: Stats): boolean {
  // No write bit for anyone: read-only even for root, who would pass access(W_OK).
  if ((st.mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves `outPath` and checks it may be written under `options`; throws INVALID_INPUT (empty), IO (no such
 * folder, not a regular file, read-only) or EXISTS (a regular file and `replace` was not given).
 * Returns the absolute target and the mode of the file it replaces (null when new).
 */
export function checkWriteTarget(
  outPath: string,
  options: WriteOptions = {},
): { target: string; replacesMode: number | null } {
  if (outPath.trim() === '') {
    throw new LecternError('INVALID_INPUT', 'No output file was given.', 'Chưa chọn tệp để ghi.');
  }
  const target = resolve(outPath);
  const dir = dirname(target);
  const dirStat = (() => {
    try {
      return statSync(dir);
    } catch {
      return null;
    }
  })();
  if (dirStat === null || !dirStat.isDirectory()) {
    throw new LecternError(
      'IO',
      `Cannot write ${target}: the folder ${dir} does not exist. Choose another place; nothing was written.`,
      `Không ghi được ${target}: thư mục ${dir} không tồn tại. Hãy chọn chỗ khác; chưa có gì được ghi.`,
    );
  }
  const existing = lstatOrNull(target);
  if (existing === null) return { target, replacesMode: null };
  const kind = kindOf(existing);
  if (kind !== null) {
    throw new LecternError(
      'IO',
      `Cannot write ${target}: it is ${kind[0]}, and Lectern only replaces regular files. Choose a file name; nothing was written.`,
      `Không ghi được ${target}: đó là ${kind[1]}, Lectern chỉ thay thế tệp thông thường. Hãy chọn tên tệp; chưa có gì được ghi.`,
    );
  }
  if (!mayWrite(target, existing)) {
    throw new LecternError(
      'IO',
      `Cannot replace ${target}: the file is read-only. Choose another name or make it writable; nothing was written.`,
      `Không thay thế được ${target}: tệp chỉ cho phép đọc. Hãy chọn tên khác hoặc cho phép ghi; chưa có gì được ghi.`,
    );
  }
  if (options.replace !== true) {
    throw new LecternError(
      'EXISTS',
      `${target} already exists; nothing was written.`,
      `${target} đã tồn tại; chưa có gì được ghi.`,
    );
  }
  return { target, replacesMode: existing.mode & 0o7777 };
}

/** A hidden, unique temporary name beside `target` (same folder, so the final rename never crosses disks). */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);
}

/** True for a name `tempNameFor` makes (tests look for leftovers with it). */
export function isTempName(name: string): boolean {
  return /^\..+\.[0-9a-f]{8}\.part$/.test(name);
}
