// Writes a whole text file (a notes bundle, the CSV) the careful way: the target rule of write-target.ts, a
// temporary file beside it flushed to disk, then one rename. On any failure — a full disk midway included — the
// temporary file is removed and whatever was at the target is untouched.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { LecternError } from '../errors';
import { explainFailure } from '../failure-messages';
import { checkWriteTarget, tempNameFor, type WriteOptions } from './write-target';

/** Writes `text` (UTF-8) to `outPath` under `options`; returns the absolute path written. */
export function writeTextFile(outPath: string, text: string, options: WriteOptions = {}): string {
  const { target, replacesMode } = checkWriteTarget(outPath, options);
  const temp = tempNameFor(target);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    if (replacesMode !== null) fchmodSync(fd, replacesMode);
    writeFileSync(fd, text, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    checkWriteTarget(target, options);
    renameSync(temp, target);
    return target;
  } catch (err) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the temporary file is removed below either way
      }
    }
    rmSync(temp, { force: true });
    if (err instanceof LecternError) throw err;
    throw (
      explainFailure(err, target) ??
      new LecternError('IO', `Cannot write ${target}: ${String(err)}. Nothing was written.`)
    );
  }
}
