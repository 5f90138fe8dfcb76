// Sticky-note (`Text`) annotations for notes that have no highlighted passage: whole-provision notes at the first
// line of their provision and unanchored notes beside their Notes-section entry. They carry the same fields as
// the Highlight annotations (Contents, T, Subj, NM, dates, colour, Popup) and draw their own small icon.
/// <reference types="pdfkit" />
import { pdfColor, type Rgb } from './palette';
import { PRINT_FLAG, pageAnnotations, round, type Box, type NoteInfo } from './pdf-objects';

/** Keep the icon's size and orientation whatever the zoom or page rotation (as viewers draw sticky notes). */
const NO_ZOOM = 8;
const NO_ROTATE = 16;

/** Adds a `Text` annotation whose icon fills `box` (top-left coordinates) and its `Popup` to the current page. */
export function addTextNote(doc: PDFKit.PDFDocument, box: Box, info: NoteInfo): PDFKit.PDFKitReference {
  const pageHeight = doc.page.height;
  const top = round(pageHeight - box.y);
  const rect = [round(box.x), round(top - box.h), round(box.x + box.w), top];
  const appearance = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, round(box.w), round(box.h)],
    Resources: {},
  });
  appearance.end(iconStream(box.w, box.h, info));
  const note = doc.ref({});
  const popup = doc.ref({
    Type: 'Annot',
    Subtype: 'Popup',
    Rect: [doc.page.width - 200, Math.max(0, top - 120), doc.page.width - 10, top],
    Parent: note,
    Open: false,
  });
  Object.assign(note.data, {
    Type: 'Annot',
    Subtype: 'Text',
    Rect: rect,
    C: pdfColor(info.fill),
    F: PRINT_FLAG | NO_ZOOM | NO_ROTATE,
    Name: 'Comment',
    Open: false,
    Contents: new String(info.note),
    T: new String(info.author),
    Subj: new String(info.subject),
    NM: new String(info.id),
    CreationDate: info.created,
    M: info.updated,
    Popup: popup,
    AP: { N: appearance },
  });
  pageAnnotations(doc).push(note, popup);
  note.end(undefined);
  popup.end(undefined);
  return note;
}

/** A speech bubble in the note's pale fill, outlined and lined in its ink, scaled to `w` × `h`. */
function iconStream(w: number, h: number, info: NoteInfo): string {
  const sx = num(w / 16);
  const sy = num(h / 16);
  return [
    `q ${sx} 0 0 ${sy} 0 0 cm`,
    `${triple(info.fill)} rg ${triple(info.ink)} RG 1 w 1 j`,
    '1.5 4 m 1.5 14.5 l 14.5 14.5 l 14.5 4 l 8 4 l 4.5 1 l 5 4 l h B',
    '0.9 w 4 11.5 m 12 11.5 l S 4 9.25 m 12 9.25 l S 4 7 m 9.5 7 l S',
    'Q',
    '',
  ].join('\n');
}

function triple(rgb: Rgb): string {
  return pdfColor(rgb).map(num).join(' ');
}

function num(n: number): string {
  return n.toFixed(3);
}
