// The running budgets of one import: each extractor spends from them while it works (parts, bytes inflated,
// elements, pages, tokens …) and is stopped with a TOO_LARGE error naming the limit the moment one runs out, or
// with CANCELLED when the caller's AbortSignal fires. The numbers live in limits.ts; the words live here.
import { limitError, throwIfCancelled } from '../limit-error';
import {
  MAX_DOCX_ENTRIES,
  MAX_DOCX_INFLATED_BYTES,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_XML_ELEMENTS,
  MAX_HTML_DEPTH,
  MAX_HTML_TOKENS,
  MAX_PDF_CONTENT_BYTES,
  MAX_PDF_INFLATED_BYTES,
  MAX_PDF_OPERATORS,
  MAX_PDF_PAGE_TEXT_ITEMS,
  MAX_PDF_PAGES,
  MAX_PDF_TEXT_ITEMS,
  MAX_TEXT_CHARS,
} from './limits';

interface Limit {
  max: number;
  unit: 'bytes' | 'count';
  says: (limit: string) => string;
}

const LIMITS = {
  docxEntries: { max: MAX_DOCX_ENTRIES, unit: 'count', says: (l) => `this DOCX holds more than ${l} parts` },
  docxInflatedBytes: {
    max: MAX_DOCX_INFLATED_BYTES,
    unit: 'bytes',
    says: (l) => `this DOCX expands to more than ${l}`,
  },
  docxXmlElements: {
    max: MAX_DOCX_XML_ELEMENTS,
    unit: 'count',
    says: (l) => `this DOCX holds more than ${l} XML elements`,
  },
  docxParagraphs: {
    max: MAX_DOCX_PARAGRAPHS,
    unit: 'count',
    says: (l) => `this DOCX has more than ${l} paragraphs`,
  },
  pdfPages: { max: MAX_PDF_PAGES, unit: 'count', says: (l) => `this PDF has more than ${l} pages` },
  pdfTextItems: {
    max: MAX_PDF_TEXT_ITEMS,
    unit: 'count',
    says: (l) => `this PDF has more than ${l} pieces of text`,
  },
  pdfPageTextItems: {
    max: MAX_PDF_PAGE_TEXT_ITEMS,
    unit: 'count',
    says: (l) => `this PDF has a page of more than ${l} pieces of text`,
  },
  pdfOperators: {
    max: MAX_PDF_OPERATORS,
    unit: 'count',
    says: (l) => `this PDF has more than ${l} drawing operations`,
  },
  pdfInflatedBytes: {
    max: MAX_PDF_INFLATED_BYTES,
    unit: 'bytes',
    says: (l) => `this PDF's streams expand to more than ${l}`,
  },
  pdfContentBytes: {
    max: MAX_PDF_CONTENT_BYTES,
    unit: 'bytes',
    says: (l) => `this PDF's page content expands to more than ${l}`,
  },
  htmlTokens: {
    max: MAX_HTML_TOKENS,
    unit: 'count',
    says: (l) => `this HTML has more than ${l} tags and text runs`,
  },
  htmlDepth: { max: MAX_HTML_DEPTH, unit: 'count', says: (l) => `this HTML nests lists more than ${l} deep` },
  textChars: {
    max: MAX_TEXT_CHARS,
    unit: 'count',
    says: (l) => `the text of this file is longer than ${l} characters`,
  },
} satisfies Record<string, Limit>;

/** The name of one budget (a key of the table above). */
export type BudgetName = keyof typeof LIMITS;

/** What extraction accepts besides the bytes: today only a way to stop it. */
export interface ExtractOptions {
  /** Aborting it stops the extractor at its next check with a CANCELLED error; nothing is stored. */
  signal?: AbortSignal;
}

/** The counters of one import against the limits; create one per file. */
export class ImportBudget {
  private readonly used = new Map<BudgetName, number>();

  constructor(
    /** Names the file in messages ("decree.docx"). */
    readonly subject: string,
    readonly signal?: AbortSignal,
  ) {}

  /** Adds `n` to a counter; throws TOO_LARGE, naming the limit, once the counter passes it. */
  spend(name: BudgetName, n = 1): void {
    const total = (this.used.get(name) ?? 0) + n;
    this.used.set(name, total);
    if (total > LIMITS[name].max) throw this.exceeded(name);
  }

  /** Sets a counter that is a level rather than a sum (nesting depth); throws TOO_LARGE above the limit. */
  level(name: BudgetName, value: number): void {
    if (value > LIMITS[name].max) throw this.exceeded(name);
  }

  /** How much of a budget is left (bytes still allowed to inflate, for instance). */
  remaining(name: BudgetName): number {
    return LIMITS[name].max - (this.used.get(name) ?? 0);
  }

  /** The TOO_LARGE error of a budget, for a caller that detects the overrun itself (zlib's output cap). */
  exceeded(name: BudgetName): Error {
    const { max, unit, says } = LIMITS[name];
    return limitError(this.subject, says, max, unit);
  }

  /** Throws CANCELLED when the caller aborted; extractors call it between pages, parts and chunks of tokens. */
  checkCancelled(): void {
    throwIfCancelled(this.signal, this.subject);
  }
}
