// Before pdf.js sees a PDF, every zlib-compressed stream that is not an image is inflated once with the output
// thrown away, counting bytes against the PDF's inflated-bytes budget: a content stream that inflates to 1 GB is
// refused after 256 MB of zlib work instead of pdf.js holding it all in memory for minutes. Images are left to
// pdf.js's own pixel cap (limits.ts MAX_PDF_IMAGE_PIXELS); import never renders them. The page count the page
// tree declares is read the same way, so 100,000 pages are refused before pdf.js parses a page tree that large.
import { createInflate } from 'node:zlib';
import type { ImportBudget } from './budget';

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far back from "stream" the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/** A zlib header (RFC 1950): deflate method, and the check bits make the first two bytes a multiple of 31. */
const isZlib = (b0: number | undefined, b1: number | undefined): boolean =>
  b0 !== undefined && b1 !== undefined && (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;

/** Where the data of the stream whose keyword "stream" sits at `at` starts (after its end of line), or -1. */
function dataStart(buf: Buffer, at: number): number {
  if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') return -1;
  let p = at + STREAM.length;
  if (buf[p] === 0x0d) p++;
  if (buf[p] !== 0x0a && buf[p - 1] !== 0x0d) return -1;
  return buf[p] === 0x0a ? p + 1 : p;
}

/** True when the dictionary in front of the stream declares an image. */
function isImage(buf: Buffer, at: number): boolean {
  const from = Math.max(0, at - DICT_WINDOW);
  const objAt = buf.subarray(from, at).lastIndexOf(OBJ);
  const dict = buf.toString('latin1', objAt < 0 ? from : from + objAt, at);
  return /\/Subtype\s*\/Image\b/u.test(dict);
}

/** Inflates `data`, discarding the output; rejects with the budget's error once the budget is spent. */
function countInflated(data: Buffer, budget: ImportBudget): Promise<void> {
  return new Promise((resolve, reject) => {
    const z = createInflate({ chunkSize: 256 * 1024 });
    z.on('data', (chunk: Buffer) => {
      try {
        budget.spend('pdfInflatedBytes', chunk.length);
        budget.checkCancelled();
      } catch (error) {
        z.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    // A broken stream is pdf.js's to judge (it skips or repairs it); only the size matters here.
    z.on('error', () => {
      resolve();
    });
    z.on('end', resolve);
    z.on('close', resolve);
    z.end(data);
  });
}

/** Counts the inflated bytes of a PDF's compressed non-image streams; throws TOO_LARGE past the budget. */
export async function checkPdfStreams(bytes: Uint8Array, budget: ImportBudget): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    const start = dataStart(buf, at);
    if (start < 0 || !isZlib(buf[start], buf[start + 1]) || isImage(buf, at)) continue;
    const end = buf.indexOf(ENDSTREAM, start);
    const stop = end < 0 ? buf.length : end;
    budget.checkCancelled();
    await countInflated(buf.subarray(start, stop), budget);
    at = Math.max(at, stop - STREAM.length);
  }
}

/**
 * The largest `/Count` of a page-tree node (`/Type /Pages`) among the file's uncompressed objects, in one pass;
 * 0 when the tree sits in compressed object streams (pdf.js's own count is checked after opening then).
 */
export function declaredPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let count = 0;
  let isPages = false;
  let objectCount = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b|\/Count\s+(\d{1,12})|\bendobj\b/gu)) {
    if (m[0] === 'endobj') {
      if (isPages) count = Math.max(count, objectCount);
      isPages = false;
      objectCount = 0;
    } else if (m[1] !== undefined) objectCount = Math.max(objectCount, Number(m[1]));
    else isPages = true;
  }
  return count;
}
