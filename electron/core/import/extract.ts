// Reads an import file's bytes into source text: checks the size, decides the format from the file's content
// (its extension only breaks ties), and hands off to the format's extractor.
import { extname } from 'node:path';
import { TextDecoder } from 'node:util';
import type { ParseWarning } from '../corpus/ingest/tree-builder';
import { LecternError } from '../errors';
import type { ExtractOptions } from './budget';
import { ImportBudget } from './budget';
import { decodeText } from './decode-text';
import { decodeHtml } from './html-charset';
import { htmlToText } from './html-to-text';
import { MAX_IMPORT_BYTES } from './limits';
import type { ImportFormat } from './model';

/** Source text extracted from a file, the format it was read as, and lines the reading was unsure of. */
interface ExtractedText {
  format: ImportFormat;
  text: string;
  /** Lines of `text` a reviewer should check (a PDF's symbol characters whose font is unknown). */
  warnings?: ParseWarning[];
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** The format of a file: magic bytes for PDF and ZIP (DOCX), the extension or markup for HTML, else text. */
function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const ext = extname(fileName).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === '.docx' || ext === '') return 'docx';
    throw new LecternError('UNSUPPORTED', `${fileName} is a ZIP archive, not a Word .docx document.`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new LecternError(
      'UNSUPPORTED',
      `${fileName} is an old Word .doc (or other Office 97–2003) file; save it as .docx and import that.`,
    );
  }
  if (ext === '.pdf' || ext === '.docx') {
    throw new LecternError(
      'CORRUPT',
      `${fileName} is named ${ext} but is not a ${ext.slice(1).toUpperCase()} file.`,
    );
  }
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/u, '');
  if (/^\s*<(?:!doctype\s+html|html)\b/iu.test(head)) return 'html';
  return 'txt';
}

/**
 * Extracts the text of an import file, in Unicode NFC (Word and some PDFs store Vietnamese letters decomposed,
 * which would make "Điều" fail to match and search miss words); errors say what was wrong and nothing is stored.
 * Every extractor runs within the budgets of limits.ts and stops at `options.signal` (CANCELLED).
 */
export async function extractText(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractedText> {
  const budget = new ImportBudget(fileName.replace(/^.*[\\/]/u, ''), options.signal);
  budget.checkCancelled();
  const { format, text, warnings } = await extractRaw(bytes, fileName, budget);
  budget.checkCancelled();
  return { format, text: text.normalize('NFC'), ...(warnings === undefined ? {} : { warnings }) };
}

async function extractRaw(bytes: Uint8Array, fileName: string, budget: ImportBudget): Promise<ExtractedText> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new LecternError(
      'TOO_LARGE',
      `${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Lectern imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  if (bytes.byteLength === 0) throw new LecternError('INVALID_INPUT', `${fileName} is empty.`);
  const format = detectFormat(bytes, fileName);
  switch (format) {
    // pdf.js and mammoth are loaded only for their format: a parse worker starts in a third of the time.
    case 'pdf': {
      const { extractPdfText } = await import('./extract-pdf');
      return { format, ...(await extractPdfText(bytes, fileName, budget)) };
    }
    case 'docx': {
      const { extractDocx } = await import('./extract-docx');
      return { format, text: await extractDocx(bytes, fileName, budget) };
    }
    case 'html':
      return { format, text: htmlToText(decodeHtml(bytes, fileName), budget) };
    case 'txt': {
      const text = decodeText(bytes, fileName);
      budget.spend('textChars', text.length);
      return { format, text };
    }
  }
}
