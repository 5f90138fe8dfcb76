// Every budget refuses one past its limit, with a message worded from the constant; the PDF text-item and
// operator budgets are exercised here directly (a PDF large enough to reach them takes pdf.js minutes to build).
import { describe, expect, it } from 'vitest';
import type { BudgetName } from '../../../electron/core/import/budget';
import { ImportBudget } from '../../../electron/core/import/budget';
import * as limits from '../../../electron/core/import/limits';
import { formatLimit } from '../../../electron/core/limit-error';

const CASES: [BudgetName, number, 'bytes' | 'count', string][] = [
  ['docxEntries', limits.MAX_DOCX_ENTRIES, 'count', 'this DOCX holds more than {} parts'],
  ['docxInflatedBytes', limits.MAX_DOCX_INFLATED_BYTES, 'bytes', 'this DOCX expands to more than {}'],
  ['docxXmlElements', limits.MAX_DOCX_XML_ELEMENTS, 'count', 'this DOCX holds more than {} XML elements'],
  ['docxParagraphs', limits.MAX_DOCX_PARAGRAPHS, 'count', 'this DOCX has more than {} paragraphs'],
  ['pdfPages', limits.MAX_PDF_PAGES, 'count', 'this PDF has more than {} pages'],
  ['pdfTextItems', limits.MAX_PDF_TEXT_ITEMS, 'count', 'this PDF has more than {} pieces of text'],
  [
    'pdfPageTextItems',
    limits.MAX_PDF_PAGE_TEXT_ITEMS,
    'count',
    'this PDF has a page of more than {} pieces of text',
  ],
  ['pdfOperators', limits.MAX_PDF_OPERATORS, 'count', 'this PDF has more than {} drawing operations'],
  ['pdfInflatedBytes', limits.MAX_PDF_INFLATED_BYTES, 'bytes', "this PDF's streams expand to more than {}"],
  [
    'pdfContentBytes',
    limits.MAX_PDF_CONTENT_BYTES,
    'bytes',
    "this PDF's page content expands to more than {}",
  ],
  ['htmlTokens', limits.MAX_HTML_TOKENS, 'count', 'this HTML has more than {} tags and text runs'],
  ['htmlDepth', limits.MAX_HTML_DEPTH, 'count', 'this HTML nests lists more than {} deep'],
  ['textChars', limits.MAX_TEXT_CHARS, 'count', 'the text of this file is longer than {} characters'],
];

describe('ImportBudget', () => {
  it.each(CASES)('%s: spends up to the limit, refuses one more', (name, max, unit, says) => {
    const budget = new ImportBudget('f.bin');
    budget.spend(name, max);
    expect(budget.remaining(name)).toBe(0);
    const limit = formatLimit(max, unit);
    expect(() => {
      budget.spend(name);
    }).toThrow(`f.bin: ${says.replace('{}', limit)}; Lectern stops at ${limit}.`);
  });

  it('checks a level without adding it up, and reports an aborted signal as CANCELLED', () => {
    const budget = new ImportBudget('f.pdf', AbortSignal.abort());
    budget.level('pdfPages', limits.MAX_PDF_PAGES);
    budget.level('pdfPages', limits.MAX_PDF_PAGES);
    expect(() => {
      budget.level('pdfPages', limits.MAX_PDF_PAGES + 1);
    }).toThrow(/more than 5,000 pages/u);
    expect(() => {
      budget.checkCancelled();
    }).toThrow(expect.objectContaining({ code: 'CANCELLED' }) as Error);
  });
});
