// Collects each highlight's line boxes page by page and turns them into PDF annotations, and draws the numbered
// margin markers that tie a passage to its entry in the Notes section.
import { MarginSlots } from './margin-slots';
import { addGoTo, addHighlight, type Box, type NoteInfo } from './pdf-objects';
import type { PageCursor } from './page-cursor';
import { PRINT_PALETTE } from './palette';
import type { PlacedNote } from './selection';
import { addTextNote } from './text-note';

/** Sticky-note icon size and the gap between icons in the right margin, in points. */
const ICON = 16;
const ICON_GAP = 2;

interface Pending {
  note: PlacedNote;
  page: number;
  boxes: Box[];
  part: number;
  primary: PDFKit.PDFKitReference | null;
}

/** Named destination of a note's passage in the body (the Notes section links back to it). */
export const passageDest = (note: PlacedNote): string => `passage-${note.n}`;
/** Named destination of a note's entry in the Notes section (margin markers link to it). */
export const entryDest = (note: PlacedNote): string => `note-${note.n}`;

/** Per-export bookkeeping of highlight boxes, first pages and markers. */
export class MarkTracker {
  /** Page on which each note's passage starts (1-based), filled during layout. */
  readonly pageOf = new Map<number, number>();
  private readonly pending = new Map<string, Pending>();
  private markerLine = { page: 0, y: -1, count: 0 };
  private readonly slots: MarginSlots;
  private unboxed: { note: PlacedNote; page: number; y: number }[] = [];

  constructor(
    private readonly cursor: PageCursor,
    private readonly reviewer: string,
    private readonly subject: string,
  ) {
    const { geo } = cursor;
    const x = geo.width - geo.right + 6;
    this.slots = new MarginSlots({
      x,
      columns: Math.max(1, Math.floor((geo.width - 4 - x + ICON_GAP) / (ICON + ICON_GAP))),
      size: ICON,
      gap: ICON_GAP,
      pageHeight: geo.height,
    });
    cursor.onPageEnd(() => {
      this.flush(false);
    });
  }

  /** Adds one line box of a highlighted passage on the current page. */
  addBox(note: PlacedNote, box: Box): void {
    if (this.cursor.dry) return;
    const key = note.ann.id;
    const p = this.pending.get(key) ?? { note, page: this.cursor.page, boxes: [], part: 1, primary: null };
    p.page = this.cursor.page;
    p.boxes.push(box);
    this.pending.set(key, p);
  }

  /**
   * Records where a note's passage starts and draws its numbered marker in the left margin. A whole-provision
   * note gets its sticky note here (the provision's first line); a quote that ends the provision without a single
   * highlighted box (a table cell that cannot place it) gets one when the provision is flushed.
   */
  anchor(note: PlacedNote, y: number, lineHeight: number): void {
    if (this.pageOf.has(note.n)) return;
    this.pageOf.set(note.n, this.cursor.page);
    if (this.cursor.dry) return;
    if (note.range === null) this.pin(note, y);
    else if (!this.pending.has(note.ann.id)) this.unboxed.push({ note, page: this.cursor.page, y });
    const { ts, left } = this.cursor;
    const line = this.markerLine;
    if (line.page !== this.cursor.page || Math.abs(line.y - y) > 0.5)
      this.markerLine = { page: this.cursor.page, y, count: 0 };
    const label = String(note.n);
    const style = { font: 'sansBold' as const, size: 6.8, color: [255, 255, 255] as const };
    const w = Math.max(13, ts.measure(style)(label) + 5);
    const x = left - 14 - w - this.markerLine.count * (w + 2);
    this.markerLine.count += 1;
    const top = y + (lineHeight - 10) / 2;
    const ink = PRINT_PALETTE[note.ann.color].ink;
    ts.doc.roundedRect(x, top, w, 10, 2.5).fill([ink[0], ink[1], ink[2]]);
    ts.draw(label, x + (w - ts.measure(style)(label)) / 2, top + 1.2, style);
    addGoTo(ts.doc, { x, y: top, w, h: 10 }, entryDest(note));
    ts.doc.addNamedDestination(passageDest(note), 'XYZ', 0, Math.max(0, y - 24), null);
  }

  /** Adds a sticky-note (`Text`) annotation for `note` in the right margin beside the line at `y`. */
  pin(note: PlacedNote, y: number): void {
    if (this.cursor.dry) return;
    addTextNote(this.cursor.ts.doc, this.slots.place(this.cursor.page, y), this.info(note));
  }

  /** Writes annotation dictionaries for boxes collected so far; `done` forgets the notes (provision finished). */
  flush(done: boolean): void {
    for (const p of this.pending.values()) {
      if (p.boxes.length === 0) continue;
      const ref = addHighlight(this.cursor.ts.doc, p.boxes, {
        ...this.info(p.note),
        continues: p.primary,
        part: p.part,
      });
      p.primary ??= ref;
      p.part += 1;
      p.boxes = [];
    }
    if (!done) return;
    for (const u of this.unboxed)
      if (!this.pending.has(u.note.ann.id))
        this.pin(u.note, u.page === this.cursor.page ? u.y : this.cursor.geo.top);
    this.unboxed = [];
    this.pending.clear();
  }

  private info(note: PlacedNote): NoteInfo {
    const { ann } = note;
    return {
      id: ann.id,
      note: ann.note,
      author: ann.author || this.reviewer,
      subject: `${this.subject} — ${note.citation}`,
      created: new Date(ann.created),
      updated: new Date(ann.updated),
      fill: PRINT_PALETTE[ann.color].fill,
      ink: PRINT_PALETTE[ann.color].ink,
    };
  }
}
