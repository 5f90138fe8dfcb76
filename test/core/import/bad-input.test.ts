// Bad input gets a clear LecternError with a code, before anything could be stored.
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../electron/core/errors';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';
import { MAX_IMPORT_BYTES } from '../../../electron/core/import/limits';
import { EN_DECREE } from './fixtures/legal-texts';
import { makeDocx } from './fixtures/make-docx';
import { makePng, makeScannedPdf, makeTextPdf } from './fixtures/make-pdf';
import { zip } from './fixtures/zip-writer';

async function failure(bytes: Uint8Array, name: string): Promise<{ code: ErrorCode; message: string }> {
  try {
    await extractText(bytes, name);
  } catch (e) {
    if (e instanceof LecternError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`${name} was accepted`);
}

function expectFailure(f: { code: ErrorCode; message: string }, code: ErrorCode, message: RegExp): void {
  expect(f.code).toBe(code);
  expect(f.message).toMatch(message);
}

describe('bad input', () => {
  it('refuses a file over 20 MB before reading it', async () => {
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41);
    expectFailure(await failure(big, 'big.txt'), 'TOO_LARGE', /20 MB/u);
    // A file of exactly the limit is read.
    await expect(extractText(Buffer.alloc(MAX_IMPORT_BYTES, 0x41), 'limit.txt')).resolves.toMatchObject({
      format: 'txt',
    });
  });

  it('refuses binary junk and text in a legacy code page', async () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expectFailure(await failure(junk, 'junk.txt'), 'INVALID_INPUT', /neither UTF-8 nor UTF-16/u);
    expect((await failure(makePng(), 'photo.txt')).code).toBe('INVALID_INPUT');
    const cp1258 = Buffer.from([0x44, 0x69, 0xd2, 0x75, 0x20, 0x31]); // a Windows-1258 byte that is not UTF-8
    expect((await failure(cp1258, 'old.txt')).code).toBe('INVALID_INPUT');
  });

  it('refuses a PDF without a text layer, saying it is probably a scan', async () => {
    const f = await failure(await makeScannedPdf(), 'scan.pdf');
    expect(f.code).toBe('UNSUPPORTED');
    expect(f.message).toContain('this PDF has no text layer; it is probably a scan');
  });

  it('refuses a truncated PDF and a file named .pdf that is not one', async () => {
    const pdf = await makeTextPdf(EN_DECREE.split('\n').slice(0, 10));
    expect((await failure(pdf.subarray(0, 400), 'cut.pdf')).code).toBe('CORRUPT');
    expect((await failure(Buffer.from('hello'), 'fake.pdf')).code).toBe('CORRUPT');
  });

  it('refuses an unreadable DOCX: a ZIP without a document part, and a truncated one', async () => {
    const empty = zip({ 'readme.txt': 'not a word document' });
    expectFailure(await failure(empty, 'empty.docx'), 'CORRUPT', /could not be read as a Word document/u);
    const docx = makeDocx(['Article 1. A', 'Text.']);
    expect((await failure(docx.subarray(0, docx.length - 30), 'cut.docx')).code).toBe('CORRUPT');
  });

  it('refuses an empty file, an old .doc and an ordinary ZIP', async () => {
    expect((await failure(new Uint8Array(0), 'empty.txt')).code).toBe('INVALID_INPUT');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expectFailure(await failure(ole, 'old.doc'), 'UNSUPPORTED', /save it as \.docx/u);
    expect((await failure(zip({ 'a.txt': 'x' }), 'archive.zip')).code).toBe('UNSUPPORTED');
  });
});
