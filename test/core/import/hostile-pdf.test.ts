// Issue 17, resource exhaustion through PDF: a file of more pages than the budget (100,000 pages ran 7 minutes)
// and a content stream that inflates past the inflated-bytes budget (1 GB ran 5 minutes at 4.8 GB) are refused
// with the limit they hit, and nothing is stored. No timing assertions; test/bench/hostile.ts measures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';
import { MAX_PDF_INFLATED_BYTES, MAX_PDF_PAGES } from '../../../electron/core/import/limits';
import { formatLimit } from '../../../electron/core/limit-error';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import { inflatingPdf, manyPagesPdf } from './support/hostile-files';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

async function refused(bytes: Buffer, name: string): Promise<LecternError> {
  const before = importTableCounts(rig);
  const error: unknown = await rig.service.preview({ fileName: name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  expect(importTableCounts(rig)).toEqual(before);
  return error as LecternError;
}

describe('hostile PDF', () => {
  it('refuses more pages than the budget before reading any page', async () => {
    const error = await refused(await manyPagesPdf(MAX_PDF_PAGES + 1), 'pages.pdf');
    const limit = formatLimit(MAX_PDF_PAGES, 'count');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(
      `pages.pdf: this PDF has more than ${limit} pages; Lectern stops at ${limit}.`,
    );
  });

  it('refuses a content stream that inflates past the budget', async () => {
    const bomb = await inflatingPdf(MAX_PDF_INFLATED_BYTES + 16 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const error = await refused(bomb, 'stream.pdf');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(
      `this PDF's streams expand to more than ${formatLimit(MAX_PDF_INFLATED_BYTES, 'bytes')}`,
    );
  });

  it('still reads a hand-written PDF whose stream inflates within the budget', async () => {
    const { text } = await extractText(await inflatingPdf(64 * 1024), 'small.pdf');
    expect(text).toContain('Article 1. Scope of the decree');
  });
});
