// Before pdf.js sees a PDF, its streams are measured in one pass, output thrown away: every zlib stream but images
// is inflated against the inflated-bytes budget (a stream that inflates to 1 GB is refused after 256 MB of zlib
// work instead of pdf.js holding it all for minutes), and every stream but images and fonts — page content, which
// pdf.js lexes at about a megabyte a second — against the content budget, its text-showing operators (Tj, TJ)
// counted against the text-item budget. Images are left to pdf.js's pixel cap (MAX_PDF_IMAGE_PIXELS); import
// never renders them. The page count the page tree declares is read too, so 100,000 pages are refused before
// pdf.js parses a page tree that large.
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

/** What a stream holds, from the dictionary in front of it: images and fonts are not page content. */
function streamKind(buf: Buffer, at: number): 'image' | 'font' | 'content' {
  const from = Math.max(0, at - DICT_WINDOW);
  const objAt = buf.subarray(from, at).lastIndexOf(OBJ);
  const dict = buf.toString('latin1', objAt < 0 ? from : from + objAt, at);
  if (/\/Subtype\s*\/Image\b/u.test(dict)) return 'image';
  if (/\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/u.test(dict)) return 'font';
  return 'content';
}

const TJ_LOWER = Buffer.from('Tj');
const TJ_UPPER = Buffer.from('TJ');

/** Occurrences of `needle` in `chunk` (native search). */
function occurrences(chunk: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(needle); i >= 0; i = chunk.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The running totals of one PDF's streams. */
interface Tally {
  budget: ImportBudget;
  textShows: number;
}

/** Counts bytes of page content and its text-showing operators against the budgets. */
function spendContent(chunk: Buffer, tally: Tally): void {
  tally.budget.spend('pdfContentBytes', chunk.length);
  tally.textShows += occurrences(chunk, TJ_LOWER) + occurrences(chunk, TJ_UPPER);
  tally.budget.level('pdfTextItems', tally.textShows);
}

/** Inflates `data`, discarding the output; rejects with the budget's error once a budget is spent. */
function countInflated(data: Buffer, content: boolean, tally: Tally): Promise<void> {
  const { budget } = tally;
  return new Promise((resolve, reject) => {
    const z = createInflate({ chunkSize: 256 * 1024 });
    z.on('data', (chunk: Buffer) => {
      try {
        budget.spend('pdfInflatedBytes', chunk.length);
        if (content) spendContent(chunk, tally);
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

/**
 * Measures a PDF's streams against the inflated-bytes, content and text-item budgets; throws TOO_LARGE at the
 * first one spent, before pdf.js has done any work.
 */
export async function checkPdfStreams(bytes: Uint8Array, budget: ImportBudget): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tally: Tally = { budget, textShows: 0 };
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    const start = dataStart(buf, at);
    if (start < 0) continue;
    const kind = streamKind(buf, at);
    const end = buf.indexOf(ENDSTREAM, start);
    const stop = end < 0 ? buf.length : end;
    at = Math.max(at, stop - STREAM.length);
    if (kind === 'image') continue;
    budget.checkCancelled();
    const data = buf.subarray(start, stop);
    if (isZlib(data[0], data[1])) await countInflated(data, kind === 'content', tally);
    else if (kind === 'content') spendContent(data, tally);
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
