// PDF import through pdfjs-dist (legacy build, which runs on Node): only the text layer is read. A PDF without
// one (a scan, or a scan whose text layer holds only a stamp or a few stray characters per page) is refused with a
// message that says so, rather than imported empty.
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LecternError } from '../errors';
import { ruledCells } from './pdf/grid';
import { pageDrawing, type PdfRect } from './pdf/rects';
import { looksScanned } from './pdf/scan';
import type { PdfTextItem } from './pdf-lines';
import { joinPages, pageLines } from './pdf-lines';

/** Error names pdfjs uses for files it cannot open. */
function openError(error: unknown, fileName: string): LecternError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new LecternError(
      'UNSUPPORTED',
      `${fileName} is password-protected; save an unprotected copy and import that.`,
    );
  }
  return new LecternError(
    'CORRUPT',
    `${fileName} could not be read as a PDF (${error instanceof Error ? error.message : String(error)}).`,
  );
}

/**
 * A page's rectangles that may be table cells: painted ones, and those its rule lines outline. None when its
 * drawing cannot be read, which only loses tables.
 */
async function pageRects(page: PDFPageProxy): Promise<PdfRect[]> {
  const [, , width = 0, height = 0] = page.view;
  try {
    const drawing = pageDrawing(await page.getOperatorList(), { width, height });
    return [...drawing.rects, ...ruledCells(drawing.rules)];
  } catch {
    return [];
  }
}

/** The text of a PDF's text layer; throws UNSUPPORTED for a PDF without one, CORRUPT for a broken file. */
export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  // pdfjs takes ownership of the buffer it is given; pass a copy so the caller's bytes stay intact.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error, fileName);
  }
  try {
    const pages = [];
    const rects: PdfRect[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({
          text: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          height: item.height,
        });
      }
      pages.push(pageLines(items));
      rects.push(items.length > 0 ? await pageRects(page) : []);
      page.cleanup();
    }
    const text = joinPages(pages, rects);
    if (looksScanned(text, pdf.numPages)) {
      throw new LecternError(
        'UNSUPPORTED',
        `${fileName}: this PDF has no text layer; it is probably a scan. Import a text version (DOCX, TXT or a PDF with text) instead.`,
      );
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
