// Streams an export to a temporary file beside the target and renames it into place only when complete,
// so a failed, cancelled or crashed export never leaves a partial file under the user's chosen name, and a
// failed one (a full disk midway) leaves no temporary file either. What may be replaced: write-target.ts.
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { LecternError } from '../errors';
import { explainFailure } from '../failure-messages';
import { checkWriteTarget, tempNameFor, type WriteOptions } from './write-target';

/** The worded failure for a write error on `target` (full disk, permission …). */
function writeFailure(target: string, err: unknown): LecternError {
  return (
    explainFailure(err, target) ??
    new LecternError(
      'IO',
      `Cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}. Nothing was written.`,
      `Không ghi được ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}. Chưa có gì được ghi.`,
    )
  );
}

/** A write-then-rename output file with back-pressure for a producer that pushes faster than the disk. */
export class AtomicOutput {
  private failure: Error | null = null;
  bytes = 0;

  private constructor(
    readonly target: string,
    readonly temp: string,
    private readonly stream: WriteStream,
    private readonly options: WriteOptions,
  ) {
    stream.on('error', (err) => {
      this.failure = err;
    });
  }

  /**
   * Checks the target may be written (write-target.ts: a regular, writable file, replaced only with
   * `replace: true`) and opens the temporary file; bad targets fail here, before any work.
   */
  static async open(outPath: string, options: WriteOptions = {}): Promise<AtomicOutput> {
    const { target, replacesMode } = checkWriteTarget(outPath, options);
    const temp = tempNameFor(target);
    const stream = createWriteStream(temp, { flags: 'wx' });
    try {
      await once(stream, 'open');
      if (replacesMode !== null) await chmod(temp, replacesMode);
    } catch (err) {
      stream.destroy();
      await rm(temp, { force: true });
      throw writeFailure(target, err);
    }
    return new AtomicOutput(target, temp, stream, options);
  }

  /** Sends everything `source` produces into the temporary file. */
  attach(source: Readable): void {
    source.on('data', (chunk: Buffer) => {
      this.bytes += chunk.length;
      this.stream.write(chunk);
    });
  }

  /** Waits while the disk catches up, so memory stays flat however long the document is. */
  async drain(): Promise<void> {
    this.check();
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain').catch(() => undefined);
    this.check();
  }

  /** Waits for `source` to finish, closes the file and renames it onto the target. */
  async commit(source: Readable): Promise<number> {
    if (!source.readableEnded) await once(source, 'end');
    this.stream.end();
    // `once` rejects on 'error' (ENOSPC while flushing); the failure is recorded by the listener and worded below.
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => undefined);
    this.check();
    // The target may have changed while the export ran (a folder or device put there): checked again.
    checkWriteTarget(this.target, this.options);
    await rename(this.temp, this.target).catch((err: unknown) => {
      throw writeFailure(this.target, err);
    });
    return this.bytes;
  }

  /** Discards the temporary file; safe to call after any failure. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }

  private check(): void {
    if (this.failure !== null) throw writeFailure(this.target, this.failure);
  }
}
