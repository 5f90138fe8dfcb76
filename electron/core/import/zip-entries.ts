// Reads a ZIP archive's central directory (the list of parts with their declared sizes) and inflates one part at a
// time with zlib's output cap, so a DOCX's budgets are checked before and while anything is inflated. ZIP64
// records are read too; encrypted parts and methods other than stored/deflate are refused.
import { inflateRawSync } from 'node:zlib';
import { LecternError } from '../errors';

/** One part as the central directory declares it. */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Declared, not trusted: inflation is capped separately. */
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const corrupt = (subject: string, why: string): LecternError =>
  new LecternError(
    'CORRUPT',
    `${subject} could not be read as a Word document (${why}). Open it in Word, save it again as .docx, and import it again.`,
  );

/** The end-of-central-directory record: the last signature within the final 64 KB + 22 bytes. */
function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** Where the directory starts and how many parts it lists, from the classic record or its ZIP64 successor. */
function directory(buf: Buffer, end: number, subject: string): { count: number; offset: number } {
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR) throw corrupt(subject, 'a broken ZIP64 record');
    const at = Number(buf.readBigUInt64LE(loc + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64)
      throw corrupt(subject, 'a broken ZIP64 record');
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  return { count, offset };
}

/** Sizes and offset of an entry, taking the ZIP64 extra field (id 1) for any that is 0xFFFFFFFF. */
function zip64Fields(buf: Buffer, extraAt: number, extraLen: number, e: ZipEntry): void {
  for (let p = extraAt; p + 4 <= extraAt + extraLen;) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = q + 8 <= p + 4 + len ? Number(buf.readBigUInt64LE(q)) : 0;
        q += 8;
        return v;
      };
      if (e.uncompressedSize === 0xffffffff) e.uncompressedSize = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/**
 * The parts listed in the central directory. `maxEntries` is checked on the declared count before any entry is
 * read, so a zip of a million parts costs nothing; `onTooMany` builds the error.
 */
export function zipEntries(
  buf: Buffer,
  subject: string,
  maxEntries: number,
  onTooMany: () => Error,
): ZipEntry[] {
  const end = findEnd(buf);
  if (end < 0) throw corrupt(subject, 'no ZIP directory');
  const { count, offset } = directory(buf, end, subject);
  if (count > maxEntries) throw onTooMany();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
      throw corrupt(subject, 'a broken ZIP directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const flags = buf.readUInt16LE(p + 8);
    const e: ZipEntry = {
      name: buf.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      flags,
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    zip64Fields(buf, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The inflated bytes of one part, never more than `maxBytes`: zlib stops as soon as its output passes the cap
 * (the declared size may lie), and `onTooLarge` builds the error then.
 */
export function inflateEntry(
  buf: Buffer,
  e: ZipEntry,
  subject: string,
  maxBytes: number,
  onTooLarge: () => Error,
): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw corrupt(subject, `a broken part ${e.name}`);
  if ((e.flags & 1) !== 0)
    throw new LecternError('UNSUPPORTED', `${subject} is encrypted; save an unprotected copy.`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length > maxBytes) throw onTooLarge();
    return data;
  }
  if (e.method !== 8) throw corrupt(subject, `part ${e.name} uses ZIP method ${e.method}`);
  if (maxBytes <= 0) throw onTooLarge();
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw onTooLarge();
    throw corrupt(subject, `part ${e.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
