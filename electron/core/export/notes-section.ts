// The closing "Notes" section: every note in number order with its citation, colour, tags, quote and a link back
// to the page of its passage. Whole-provision notes appear the same way; unanchored ones are listed, never dropped.
import { passageQuote } from '../annotations/passage-text';
import type { MarkTracker } from './marks';
import { entryDest, passageDest } from './marks';
import type { OutlineBuilder } from './outline';
import { lineHeightOf, setParagraph, type Flow } from './paragraph';
import { addGoTo } from './pdf-objects';
import { PRINT_PALETTE } from './palette';
import type { PlacedNote } from './selection';
import type { TextStyle } from './typesetter';
import type { ExportWording } from './wording';

const CITE: TextStyle = { font: 'sansBold', size: 9 };
const META: TextStyle = { font: 'sans', size: 7.5, color: [100, 100, 100] };
const QUOTE: TextStyle = { font: 'serifItalic', size: 9.5, color: [40, 40, 40] };
const NOTE: TextStyle = { font: 'sans', size: 9.5 };
const EMPTY: TextStyle = { font: 'sans', size: 8.5, color: [130, 130, 130] };
const LINK: TextStyle = { font: 'sans', size: 8.5, color: [21, 80, 160] };
const WARN: TextStyle = { font: 'sansBold', size: 8, color: [170, 40, 20] };
const TEXT_X = 30;

/** Sets the Notes section one entry at a time (so the caller can report progress between entries). */
export class NotesSection {
  constructor(
    private readonly flow: Flow,
    private readonly marks: MarkTracker,
    private readonly outline: OutlineBuilder,
    /** The section's own words; an entry may be worded in its document's language instead. */
    private readonly words: ExportWording,
    /** In an annotated copy an unanchored note, having no passage, gets its sticky note beside its entry. */
    private readonly pinUnanchored = false,
  ) {}

  /** Starts the section on a new page with its heading and a one-line summary. */
  begin(notes: PlacedNote[]): void {
    const c = this.flow.cursor;
    c.newPage();
    const words = this.words;
    const at = setParagraph(this.flow, {
      text: words.notesHeading,
      style: { font: 'serifBold', size: 15 },
      x: c.left,
      width: c.width,
    });
    this.outline.top(words.notesHeading, at);
    c.y += 2;
    const unanchored = notes.filter((n) => n.unanchored).length;
    const summary = notes.length === 0 ? words.noNotesInExport : words.notesSummary(notes.length, unanchored);
    setParagraph(this.flow, { text: summary, style: { ...META, size: 8.5 }, x: c.left, width: c.width });
    c.y += 10;
  }

  /** Sets one entry; `first unanchored` gets a sub-heading explaining what unanchored means. */
  entry(note: PlacedNote, firstUnanchored: boolean, words: ExportWording = this.words): void {
    const c = this.flow.cursor;
    const x = c.left + TEXT_X;
    const width = c.width - TEXT_X;
    if (firstUnanchored) {
      c.y += 6;
      setParagraph(this.flow, {
        text: words.unanchoredHeading,
        style: { font: 'serifBold', size: 11.5 },
        x: c.left,
        width: c.width,
        keepWithNext: 3,
      });
      setParagraph(this.flow, {
        text: words.unanchoredHelp,
        style: { ...META, size: 8.5 },
        x: c.left,
        width: c.width,
      });
      c.y += 6;
    }
    const page = this.marks.pageOf.get(note.n);
    const ref = page === undefined ? '' : words.pageRef(page);
    const refWidth = c.ts.measure(LINK)(ref);
    const at = setParagraph(this.flow, {
      text: note.citation,
      style: CITE,
      x,
      width: width - refWidth - 10,
      keepWithNext: 3,
    });
    this.drawNumber(note, at.y);
    if (note.unanchored && this.pinUnanchored) this.marks.pin(note, at.y);
    if (!c.dry) {
      c.ts.doc.addNamedDestination(entryDest(note), 'XYZ', 0, Math.max(0, at.y - 20), null);
      if (page !== undefined) {
        const rx = c.left + c.width - refWidth;
        c.text(ref, rx, at.y + 1.5, LINK);
        addGoTo(c.ts.doc, { x: rx - 2, y: at.y, w: refWidth + 4, h: 12 }, passageDest(note));
      }
    }
    const { ann } = note;
    const meta = [
      words.colors[ann.color],
      ann.tags.length > 0 ? words.tags(ann.tags.join(', ')) : null,
      ann.author || null,
      ann.updated.slice(0, 10),
    ]
      .filter((s): s is string => s !== null)
      .join(' · ');
    setParagraph(this.flow, { text: meta, style: META, x, width });
    if (note.unanchored) setParagraph(this.flow, { text: words.unanchoredMark, style: WARN, x, width });
    c.y += 2;
    const quote = passageQuote(ann);
    if (quote !== '') {
      const q = setParagraph(this.flow, { text: `“${quote}”`, style: QUOTE, x: x + 8, width: width - 8 });
      if (q.page === c.page) c.fill(x, q.y, 2, c.y - q.y, PRINT_PALETTE[ann.color].ink);
    } else if (!note.unanchored) {
      setParagraph(this.flow, { text: words.wholeProvision, style: EMPTY, x, width });
    }
    c.y += 2;
    if (ann.note.trim() === '')
      setParagraph(this.flow, { text: words.highlightOnly, style: EMPTY, x, width });
    else setParagraph(this.flow, { text: ann.note, style: NOTE, x, width });
    c.y += 10;
  }

  private drawNumber(note: PlacedNote, y: number): void {
    const c = this.flow.cursor;
    const style: TextStyle = { font: 'sansBold', size: 7.5, color: [255, 255, 255] };
    const label = String(note.n);
    const w = Math.max(16, c.ts.measure(style)(label) + 6);
    const h = lineHeightOf(CITE) - 1;
    const ink = PRINT_PALETTE[note.ann.color].ink;
    c.fill(c.left, y + 0.5, w, h, ink);
    c.text(label, c.left + (w - c.ts.measure(style)(label)) / 2, y + 2.2, style);
  }
}
