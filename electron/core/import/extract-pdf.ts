// PDF import through pdfjs-dist (legacy build, which runs on Node): only the text layer is read. A PDF without
// one (a scan, or a scan whose text layer holds only a stamp or a few stray characters per page) is refused with a
// message that says so, rather than imported empty. The PDF budgets of limits.ts hold while it runs: the declared
// page count, inflated and page-content bytes and text-showing operators are measured before pdf.js opens the file
// (pdf-streams.ts); pages, text items and drawing operators are counted again as pdf.js reports them.
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LecternError } from '../errors';
import { pdfFailure } from '../failure-messages';
import { ImportBudget } from './budget';
import { MAX_PDF_IMAGE_PIXELS } from './limits';
import { checkPdfStreams, declaredPageCount } from './pdf-streams';
import { ruledCells } from './pdf/grid';
import { pageDrawing, type PdfRect, type PdfRule } from './pdf/rects';
import { looksScanned } from './pdf/scan';
import type { ParseWarning } from '../corpus/ingest/tree-builder';
import { UNKNOWN_SYMBOL, hasSymbolCode, mapSymbols, markUnknownSymbols, symbolFace } from './pdf/symbols';
import type { UnknownSymbols } from './pdf/symbols';
import type { PdfTextItem } from './pdf-lines';
import { joinPages, pageLines } from './pdf-lines';

/**
 * A page's rectangles that may be table cells (painted ones, and those its rule lines outline) and its rule
 * lines (borders text does not run across, a box's open or closed edge). None when its drawing cannot be read,
 * which only loses tables.
 */
async function pageRects(
  page: PDFPageProxy,
  budget: ImportBudget,
): Promise<{ rects: PdfRect[]; rules: PdfRule[] }> {
  const none = { rects: [], rules: [] };
  const [, , width = 0, height = 0] = page.view;
  let ops;
  try {
    ops = await page.getOperatorList();
  } catch {
    return none;
  }
  budget.spend('pdfOperators', ops.fnArray.length);
  try {
    const drawing = pageDrawing(ops, { width, height });
    return {
      rects: [...drawing.rects, ...ruledCells(drawing.rules)],
      rules: drawing.rules,
    };
  } catch {
    return none;
  }
}

/** One entry of a page's text content (a run of text, or a marked-content boundary). */
type ContentItem = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number];

/** The PDF font name (`ABCDEF+Wingdings`) behind a text run's font id, once the page's drawing has loaded it. */
function fontNameOf(page: PDFPageProxy, id: string): string | null {
  try {
    const font: unknown = page.commonObjs.get(id);
    return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string'
      ? font.name
      : null;
  } catch {
    // Not loaded (the drawing could not be read): the face is unknown and the codes are read as such.
    return null;
  }
}

/**
 * A page's text items, read chunk by chunk (what `getTextContent` gathers) so the text-item budget stops a page
 * of millions of items part-way.
 */
async function pageItems(page: PDFPageProxy, budget: ImportBudget): Promise<ContentItem[]> {
  const reader = (page.streamTextContent() as ReadableStream<{ items: ContentItem[] }>).getReader();
  const items: ContentItem[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return items;
      budget.spend('pdfTextItems', value.items.length);
      budget.level('pdfPageTextItems', items.length + value.items.length);
      budget.checkCancelled();
      for (const item of value.items) items.push(item);
    }
  } catch (error) {
    // pdf.js needs an Error as the reason; not awaited, as `pdf.destroy()` below ends its worker in any case.
    reader.cancel(error instanceof Error ? error : new Error(String(error))).catch(() => undefined);
    throw error;
  }
}

/** The text of a PDF's text layer (see `extractPdfText`). */
export async function extractPdf(
  bytes: Uint8Array,
  fileName: string,
  budget = new ImportBudget(fileName),
): Promise<string> {
  return (await extractPdfText(bytes, fileName, budget)).text;
}

/** A warning about a line of the extracted text, for the import preview. */
function unknownSymbolsWarning(u: UnknownSymbols): ParseWarning {
  const codes = u.codes.join(', ');
  return {
    line: u.line,
    message: `${u.count} symbol character${u.count === 1 ? '' : 's'} (${codes}) drawn in a font that is not their symbol font, so what they stand for is unknown; read as ${UNKNOWN_SYMBOL}. Check them against the original.`,
    eId: null,
  };
}

/**
 * The text of a PDF's text layer and what the reading could not be sure of; throws UNSUPPORTED for a PDF without
 * one, CORRUPT for a broken file, TOO_LARGE past a budget and CANCELLED when the budget's signal fires.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  fileName: string,
  budget = new ImportBudget(fileName),
): Promise<{ text: string; warnings: ParseWarning[] }> {
  budget.level('pdfPages', declaredPageCount(bytes));
  await checkPdfStreams(bytes, budget);
  // pdfjs takes ownership of the buffer it is given; pass a copy so the caller's bytes stay intact.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    maxImageSize: MAX_PDF_IMAGE_PIXELS,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfFailure(error, fileName);
  }
  try {
    budget.level('pdfPages', pdf.numPages);
    const pages = [];
    const rects: PdfRect[][] = [];
    const rules: PdfRule[][] = [];
    const widths: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      budget.checkCancelled();
      const page = await pdf.getPage(p);
      const runs = (await pageItems(page, budget)).filter((item) => 'str' in item);
      // The drawing is read first: it loads the page's fonts, whose names say how symbol codes read.
      const drawing = runs.length > 0 ? await pageRects(page, budget) : { rects: [], rules: [] };
      rects.push(drawing.rects);
      rules.push(drawing.rules);
      const items: PdfTextItem[] = runs.map((item) => ({
        text: hasSymbolCode(item.str)
          ? mapSymbols(item.str, symbolFace(fontNameOf(page, item.fontName)))
          : item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        height: item.height,
      }));
      pages.push(pageLines(items));
      widths.push(page.view[2] ?? 0);
      page.cleanup();
    }
    const { text, unknown } = markUnknownSymbols(joinPages(pages, rects, rules, widths));
    budget.spend('textChars', text.length);
    if (looksScanned(text, pdf.numPages)) {
      throw new LecternError(
        'UNSUPPORTED',
        `${fileName}: this PDF has no text layer; it is probably a scan. Import a text version (DOCX, TXT or a PDF with text) instead.`,
      );
    }
    return { text, warnings: unknown === null ? [] : [unknownSymbolsWarning(unknown)] };
  } catch (error) {
    // A page pdf.js cannot parse (FormatError, a broken stream) is a damaged file, worded like one that cannot open.
    throw pdfFailure(error, fileName);
  } finally {
    await pdf.destroy();
  }
}
