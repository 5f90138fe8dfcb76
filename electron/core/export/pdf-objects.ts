// Raw PDF objects pdfkit has no (adequate) API for: Highlight annotations that keep their note, linked Popups,
// and outline items that jump to an exact y position. pdfkit's `highlight()` empties `Contents` and its outline
// destinations point at the right-hand page edge, so these dictionaries are built here.
/// <reference types="pdfkit" />
import { LecternError } from '../errors';
import { pdfColor, type Rgb } from './palette';

/** One line's highlighted box in pdfkit's top-left coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What every note annotation (Highlight or Text) says about its note. */
export interface NoteInfo {
  id: string;
  note: string;
  author: string;
  subject: string;
  created: Date;
  updated: Date;
  /** The note's colour as viewers list it (the pale print fill). */
  fill: Rgb;
  /** The darker tone of the note's colour, for lines drawn in the appearance stream. */
  ink: Rgb;
}

/** What a Highlight annotation says about its note. */
interface HighlightInfo extends NoteInfo {
  /** The primary annotation when this one continues a highlight on a later page (grouped via IRT/RT). */
  continues: PDFKit.PDFKitReference | null;
  part: number;
}

/** Annotation flag: print the annotation with the page. */
export const PRINT_FLAG = 4;

/**
 * Adds a `Highlight` (one QuadPoints quadrilateral per line box) and its `Popup` to the current page.
 * The appearance stream underlines each line in the note's ink; the pale fill is already painted in the page.
 */
export function addHighlight(
  doc: PDFKit.PDFDocument,
  boxes: Box[],
  info: HighlightInfo,
): PDFKit.PDFKitReference {
  const pageHeight = doc.page.height;
  const quads: number[] = [];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    const x1 = round(b.x);
    const x2 = round(b.x + b.w);
    const top = round(pageHeight - b.y);
    const bottom = round(pageHeight - b.y - b.h);
    // Order used by Acrobat and pdf.js: upper-left, upper-right, lower-left, lower-right.
    quads.push(x1, top, x2, top, x1, bottom, x2, bottom);
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x1),
      Math.min(minY, bottom),
      Math.max(maxX, x2),
      Math.max(maxY, top),
    ];
  }
  const rect = [minX, minY, maxX, maxY];
  const [r, g, b] = pdfColor(info.ink);
  // Viewers that redraw highlights themselves (poppler) multiply `C` over the already painted fill, so `C` is the
  // pale fill: the passage looks the same whether or not a viewer renders annotations.
  const c = pdfColor(info.fill);
  const strokes = boxes
    .map((bx) => {
      const y = round(pageHeight - bx.y - bx.h + 0.8);
      return `${round(bx.x)} ${y} m ${round(bx.x + bx.w)} ${y} l S`;
    })
    .join('\n');
  const appearance = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: rect, Resources: {} });
  appearance.end(`${num(r)} ${num(g)} ${num(b)} RG 0.9 w\n${strokes}\n`);

  const highlight = doc.ref({});
  const popupY = Math.max(0, maxY - 120);
  const popup = doc.ref({
    Type: 'Annot',
    Subtype: 'Popup',
    Rect: [doc.page.width - 200, popupY, doc.page.width - 10, maxY],
    Parent: highlight,
    Open: false,
  });
  const dict: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: rect,
    QuadPoints: quads,
    C: c,
    F: PRINT_FLAG,
    Contents: new String(info.note),
    T: new String(info.author),
    Subj: new String(info.subject),
    NM: new String(info.part === 1 ? info.id : `${info.id}#${info.part}`),
    CreationDate: info.created,
    M: info.updated,
    Popup: popup,
    AP: { N: appearance },
  };
  if (info.continues !== null) {
    dict.IRT = info.continues;
    dict.RT = 'Group';
  }
  Object.assign(highlight.data, dict);
  pageAnnotations(doc).push(highlight, popup);
  highlight.end(undefined);
  popup.end(undefined);
  return highlight;
}

/** A clickable area that jumps to a named destination (pdfkit's goTo, with the border suppressed). */
export function addGoTo(doc: PDFKit.PDFDocument, box: Box, destination: string): void {
  doc.goTo(box.x, box.y, box.w, box.h, destination);
}

/** An outline (bookmark) entry that opens `at.page` (1-based) scrolled to `at.y`, keeping the reader's zoom. */
export function addOutlineItem(
  parent: PDFKit.PDFOutline,
  doc: PDFKit.PDFDocument,
  title: string,
  at: { page: number; y: number },
): PDFKit.PDFOutline {
  const item = parent.addItem(title);
  const data = (item as unknown as { outlineData?: Record<string, unknown> }).outlineData;
  const kids = (doc as unknown as { _root?: { data?: { Pages?: { data?: { Kids?: unknown } } } } })._root
    ?.data?.Pages?.data?.Kids;
  if (data === undefined || !Array.isArray(kids))
    throw new LecternError('INTERNAL', 'pdfkit outline internals changed');
  const page: unknown = kids[at.page - 1];
  data.Dest = [
    page ?? doc.page.dictionary,
    'XYZ',
    null,
    round(doc.page.height - Math.max(0, at.y - 12)),
    null,
  ];
  return item;
}

/** The current page's `Annots` array, to which raw annotation dictionaries are appended. */
export function pageAnnotations(doc: PDFKit.PDFDocument): PDFKit.PDFKitReference[] {
  const list: unknown = doc.page.annotations;
  if (!Array.isArray(list)) throw new LecternError('INTERNAL', 'pdfkit page annotations internals changed');
  return list as PDFKit.PDFKitReference[];
}

/** Rounds a coordinate to 1/100 pt, as the annotation dictionaries store it. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function num(n: number): string {
  return n.toFixed(3);
}
