// Word (.docx) import through mammoth: the document becomes HTML (paragraphs, headings, tables), then the same
// HTML-to-lines step as .html imports, so tables in a DOCX annex keep their rows and cells.
import mammoth from 'mammoth';
import { LecternError } from '../errors';
import { htmlToText } from './html-to-text';

/** The text of a .docx file; throws CORRUPT when the file is not a readable Word document. */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  let html: string;
  try {
    // Images would come back as data: URIs; they carry no text, so they are dropped rather than decoded.
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new LecternError(
      'CORRUPT',
      `${fileName} could not be read as a Word document (${error instanceof Error ? error.message : String(error)}). Open it in Word, save it again as .docx, and import it again.`,
    );
  }
  return htmlToText(html);
}
