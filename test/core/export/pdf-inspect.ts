// Reads exported PDFs back for assertions: pdf.js for text, outline and annotations; qpdf and pdftotext as
// independent parsers. Missing Debian tools fail the test with a clear message (never a silent skip).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A text run as pdf.js extracts it, with its baseline position in PDF user space. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Opens a PDF file with pdf.js (no fonts loaded into the system, no eval). */
export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(readFileSync(path));
  return getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** Text runs of one page (1-based). */
export async function pageRuns(pdf: PDFDocumentProxy, pageNo: number): Promise<TextRun[]> {
  const page = await pdf.getPage(pageNo);
  const content = await page.getTextContent();
  return content.items.flatMap((item) =>
    'str' in item
      ? [
          {
            str: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  );
}

/** The whole text of one page, runs joined by spaces and whitespace collapsed. */
export async function pageText(pdf: PDFDocumentProxy, pageNo: number): Promise<string> {
  return (await pageRuns(pdf, pageNo))
    .map((r) => r.str)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Outline titles, depth-first, with their nesting depth. */
export async function outlineTitles(pdf: PDFDocumentProxy): Promise<{ title: string; depth: number }[]> {
  const out: { title: string; depth: number }[] = [];
  type Item = { title: string; items: Item[] };
  const walk = (items: Item[], depth: number): void => {
    for (const i of items) {
      out.push({ title: i.title, depth });
      walk(i.items, depth + 1);
    }
  };
  const raw: unknown = await pdf.getOutline();
  walk(Array.isArray(raw) ? (raw as Item[]) : [], 0);
  return out;
}

/** An annotation as pdf.js reports it (the fields the tests read). */
export interface PdfAnnotation {
  id: string;
  subtype: string;
  annotationFlags: number;
  contentsObj?: { str: string };
  titleObj?: { str: string };
  quadPoints?: ArrayLike<number>;
  rect: number[];
  popupRef?: string;
  parentRect?: number[];
  dest?: string;
  /** `/C` as 0–255 channels. */
  color?: Uint8ClampedArray | null;
  creationDate?: string | null;
  modificationDate?: string | null;
}

/** All annotations of one page. */
export async function pageAnnotations(pdf: PDFDocumentProxy, pageNo: number): Promise<PdfAnnotation[]> {
  const page = await pdf.getPage(pageNo);
  return (await page.getAnnotations()) as PdfAnnotation[];
}

/** True when a command-line tool is on PATH (for checks that are skipped, with a message, without it). */
export function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function tool(name: string): string {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${name} is not installed: apt-get install -y qpdf poppler-utils (.ci/run installs them)`,
    );
  }
  return name;
}

/** `qpdf --check`; throws (failing the test) when qpdf finds structural errors. */
export function qpdfCheck(path: string): string {
  return execFileSync(tool('qpdf'), ['--check', path], { encoding: 'utf8' });
}

/** `pdftotext -layout` output of the whole file. */
export function pdftotext(path: string): string {
  return execFileSync(tool('pdftotext'), ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

/** Raw annotation dictionaries from qpdf's JSON, for keys pdf.js does not expose (NM, IRT, RT). */
export function rawAnnotations(path: string): Record<string, unknown>[] {
  const json = JSON.parse(
    execFileSync(tool('qpdf'), ['--json=2', '--json-key=qpdf', path], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    }),
  ) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  return Object.values(json.qpdf[1]).flatMap((o) => {
    const v = o.value;
    if (typeof v !== 'object' || v === null) return [];
    const dict = v as Record<string, unknown>;
    return dict['/Type'] === '/Annot' ? [dict] : [];
  });
}

/** Min/max of a quad list in user space. */
export function quadBounds(
  q: ArrayLike<number>,
  index: number,
): { x1: number; x2: number; y1: number; y2: number } {
  const p = Array.from(q).slice(index * 8, index * 8 + 8);
  const xs = [p[0]!, p[2]!, p[4]!, p[6]!];
  const ys = [p[1]!, p[3]!, p[5]!, p[7]!];
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}
