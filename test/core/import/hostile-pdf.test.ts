// Issue 17, resource exhaustion through PDF: a file of more pages than the budget (100,000 pages ran 7 minutes),
// a content stream that inflates past the content and inflated-bytes budgets (1 GB ran 5 minutes at 4.8 GB) and a
// page of more text items than the budget are refused with the limit they hit, and nothing is stored. No timing assertions; test/bench/hostile.ts measures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';
import {
  MAX_PDF_CONTENT_BYTES,
  MAX_PDF_INFLATED_BYTES,
  MAX_PDF_PAGE_TEXT_ITEMS,
  MAX_PDF_PAGES,
  MAX_PDF_TEXT_ITEMS,
} from '../../../electron/core/import/limits';
import { formatLimit } from '../../../electron/core/limit-error';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import { handWrittenPdf, inflatingPdf, manyPagesPdf } from '../../support/import/hostile-files';

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

  it('refuses page content past its budget, and any stream past the inflated-bytes budget', async () => {
    // Lines drawn, no text: only the bytes pdf.js would have to lex.
    const content = await handWrittenPdf(1, MAX_PDF_CONTENT_BYTES + 1024 * 1024, '', '0 0 m 10 10 l S\n');
    const first = await refused(content, 'content.pdf');
    expect(first.code).toBe('TOO_LARGE');
    expect(first.message).toContain(
      `this PDF's page content expands to more than ${formatLimit(MAX_PDF_CONTENT_BYTES, 'bytes')}`,
    );
    // A stream whose dictionary reads as a font's is not page content, but still inflated against the budget.
    const font = await handWrittenPdf(1, MAX_PDF_INFLATED_BYTES + 16 * 1024 * 1024, ' /Length1 1');
    expect(font.length).toBeLessThan(4 * 1024 * 1024);
    const second = await refused(font, 'font.pdf');
    expect(second.message).toContain(
      `this PDF's streams expand to more than ${formatLimit(MAX_PDF_INFLATED_BYTES, 'bytes')}`,
    );
  });

  it('refuses more text-showing operators than the text-item budget before pdf.js reads them', async () => {
    // Each 61-byte "BT … Tj ET" is one text item: pdf.js would lex the page for tens of seconds.
    const error = await refused(await handWrittenPdf(1, (MAX_PDF_TEXT_ITEMS + 1024) * 62), 'items.pdf');
    expect(error.message).toContain(`more than ${formatLimit(MAX_PDF_TEXT_ITEMS, 'count')} pieces of text`);
  });

  it('refuses a page of more text items than one page may hold, as pdf.js reports them', async () => {
    const error = await refused(await handWrittenPdf(1, (MAX_PDF_PAGE_TEXT_ITEMS + 100) * 62), 'page.pdf');
    const limit = formatLimit(MAX_PDF_PAGE_TEXT_ITEMS, 'count');
    expect(error.message).toBe(
      `page.pdf: this PDF has a page of more than ${limit} pieces of text; Lectern stops at ${limit}.`,
    );
  });

  it('still reads a hand-written PDF whose stream inflates within the budget', async () => {
    const { text } = await extractText(await inflatingPdf(64 * 1024), 'small.pdf');
    expect(text).toContain('Article 1. Scope of the decree');
  });
});
