// SHA256SUMS beside the installers, in the format `sha256sum -c`, `shasum -a 256 -c` and our verify:dist read,
// so the security officer can check what crossed the air gap with tools already on each OS.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LecternError } from '../electron/core/errors';

/** Name of the checksum file written beside the artifacts. */
export const SHA256SUMS_FILE = 'SHA256SUMS';

/** SHA-256 of a file as lowercase hex, streamed so installers of any size fit in memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes SHA256SUMS for the given files (which must share one folder) and returns its path. */
export async function writeSha256Sums(dir: string, files: readonly string[]): Promise<string> {
  const names = [...new Set(files.map((f) => basename(f)))].filter((n) => n !== SHA256SUMS_FILE).sort();
  if (names.length === 0) throw new LecternError('INVALID_INPUT', 'No artifacts to checksum.');
  const lines: string[] = [];
  for (const name of names) {
    if (/[\r\n\\]/.test(name))
      throw new LecternError('INVALID_INPUT', `Unsafe artifact name: ${JSON.stringify(name)}`);
    // Two spaces would mean text mode to sha256sum; '*' marks binary mode, which every reader accepts.
    lines.push(`${await sha256File(join(dir, name))} *${name}`);
  }
  const out = join(dir, SHA256SUMS_FILE);
  writeFileSync(out, `${lines.join('\n')}\n`, 'utf8');
  return out;
}

/** One line of SHA256SUMS. */
interface SumEntry {
  hash: string;
  name: string;
}

/** Parses SHA256SUMS; throws CORRUPT naming the first malformed line. */
export function parseSha256Sums(text: string): SumEntry[] {
  const entries: SumEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [, hash, name] = /^([0-9a-f]{64}) [ *](.+)$/.exec(line) ?? [];
    if (hash === undefined || name === undefined) {
      throw new LecternError('CORRUPT', `${SHA256SUMS_FILE} line ${i + 1} is not "<sha256> *<file>".`);
    }
    entries.push({ hash, name });
  });
  if (entries.length === 0) throw new LecternError('CORRUPT', `${SHA256SUMS_FILE} lists no files.`);
  return entries;
}

/** Checks every file listed in a SHA256SUMS file; returns one message per missing or altered file. */
export async function verifySha256Sums(sumsPath: string): Promise<string[]> {
  const dir = join(sumsPath, '..');
  const problems: string[] = [];
  for (const { hash, name } of parseSha256Sums(readFileSync(sumsPath, 'utf8'))) {
    if (name.includes('/') || name.includes('\\') || name === '..') {
      problems.push(`${name}: refuses a path outside the folder of ${SHA256SUMS_FILE}`);
      continue;
    }
    const file = join(dir, name);
    if (!existsSync(file)) {
      problems.push(`${name}: listed in ${SHA256SUMS_FILE} but missing`);
      continue;
    }
    const actual = await sha256File(file);
    if (actual !== hash) problems.push(`${name}: SHA-256 is ${actual}, ${SHA256SUMS_FILE} says ${hash}`);
  }
  return problems;
}
