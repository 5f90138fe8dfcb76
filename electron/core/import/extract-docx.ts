// Word (.docx) import through mammoth: the document becomes HTML (paragraphs, headings, tables), then the same
// HTML-to-lines step as .html imports, so tables in a DOCX annex keep their rows and cells. Mammoth reads the parts
// through `openDocxParts`, which holds it to the DOCX budgets (limits.ts) while it runs, and with the body's
// leader tabs written as blanks (docx-tab-leaders.ts).
import mammoth from 'mammoth';
import { LecternError } from '../errors';
import { ImportBudget } from './budget';
import type { DocxParts } from './docx-parts';
import { openDocxParts } from './docx-parts';
import { fuseLayoutBands } from './docx-layout-bands';
import { flattenNestedLayout } from './docx-nested-layout';
import { splitLayoutRows } from './docx-layout-rows';
import { markLeaderTabs } from './docx-tab-leaders';
import { htmlToText } from './html-to-text';

/** mammoth's runtime also takes `{ file }` (unzip.openZip); its type declarations list only path and buffer. */
const convertToHtml = mammoth.convertToHtml as unknown as (
  input: { file: DocxParts },
  options: Parameters<typeof mammoth.convertToHtml>[1],
) => ReturnType<typeof mammoth.convertToHtml>;

/** The styles part, where table styles (and their borders) are defined. */
const STYLES = 'word/styles.xml';

/**
 * The text of a .docx file; throws CORRUPT when the file is not a readable Word document, TOO_LARGE when it runs
 * past a budget, CANCELLED when the budget's signal fires.
 */
export async function extractDocx(
  bytes: Uint8Array,
  fileName: string,
  budget = new ImportBudget(fileName),
): Promise<string> {
  let html: string;
  try {
    const parts = openDocxParts(bytes, budget);
    // The body's leader tabs become blanks ("…") before mammoth reads them as plain tabs, a table nested in a cell
    // that draws nothing becomes that cell's paragraphs, a row that draws nothing with text in one cell becomes
    // paragraphs, and rows that only a borderless merged cell splits become
    // one row; the styles part (for table styles' borders) is read once.
    const cache = new Map<string, Promise<string | Uint8Array>>();
    const once = (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const key = `${name}\u0000${encoding ?? ''}`;
      const hit = cache.get(key) ?? parts.read(name, encoding);
      cache.set(key, hit);
      return hit;
    };
    const file: DocxParts = {
      ...parts,
      read: async (name, encoding) => {
        const data = await once(name, encoding);
        if (name !== 'word/document.xml' || typeof data !== 'string') return data;
        const styles = parts.exists(STYLES) ? await once(STYLES, 'utf-8') : '';
        const stylesXml = typeof styles === 'string' ? styles : '';
        const flat = flattenNestedLayout(markLeaderTabs(data), stylesXml);
        return fuseLayoutBands(splitLayoutRows(flat, stylesXml), stylesXml);
      },
    };
    // Images would come back as data: URIs; they carry no text, so they are dropped rather than decoded.
    const result = await convertToHtml(
      { file },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof LecternError) throw error;
    throw new LecternError(
      'CORRUPT',
      `${fileName} could not be read as a Word document (${error instanceof Error ? error.message : String(error)}). Open it in Word, save it again as .docx, and import it again.`,
    );
  }
  budget.checkCancelled();
  return htmlToText(html, budget);
}
