// Streams an export to a temporary file beside the target and renames it into place only when complete,
// so a failed, cancelled or crashed export never leaves a partial file under the user's chosen name.
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { LecternError } from '../errors';

/** A write-then-rename output file with back-pressure for a producer that pushes faster than the disk. */
export class AtomicOutput {
  private failure: Error | null = null;
  bytes = 0;

  private constructor(
    readonly target: string,
    readonly temp: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (err) => {
      this.failure = err;
    });
  }

  /** Checks the target can be written and opens the temporary file; bad paths fail here, before any work. */
  static async open(outPath: string): Promise<AtomicOutput> {
    if (outPath.trim() === '') throw new LecternError('INVALID_INPUT', 'No output file was given');
    const target = resolve(outPath);
    const dir = dirname(target);
    const dirStat = await stat(dir).catch(() => null);
    if (dirStat === null || !dirStat.isDirectory()) {
      throw new LecternError('IO', `Cannot write ${target}: folder ${dir} does not exist`);
    }
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory() === true)
      throw new LecternError('IO', `Cannot write ${target}: it is a folder`);
    const temp = join(dir, `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);
    const stream = createWriteStream(temp, { flags: 'wx' });
    try {
      await once(stream, 'open');
    } catch (err) {
      throw new LecternError(
        'IO',
        `Cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      );
    }
    return new AtomicOutput(target, temp, stream);
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
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
    this.check();
  }

  /** Waits for `source` to finish, closes the file and renames it onto the target. */
  async commit(source: Readable): Promise<number> {
    if (!source.readableEnded) await once(source, 'end');
    this.stream.end();
    await once(this.stream, 'close');
    this.check();
    await rename(this.temp, this.target).catch((err: unknown) => {
      throw new LecternError(
        'IO',
        `Cannot write ${this.target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      );
    });
    return this.bytes;
  }

  /** Discards the temporary file; safe to call after any failure. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }

  private check(): void {
    if (this.failure !== null) {
      throw new LecternError(
        'IO',
        `Cannot write ${this.target}: ${(this.failure as NodeJS.ErrnoException).code ?? this.failure.message}`,
      );
    }
  }
}
