// The PDF outline (bookmarks): parts, chapters beneath them, articles and commentary headings, annotated
// provisions beneath those, the appendix and the Notes section, each opening at the exact line.
import { nodeLabel } from '../corpus/citation';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import type { PageCursor } from './page-cursor';
import type { Spot } from './paragraph';
import { addOutlineItem } from './pdf-objects';
import type { PlacedNote } from './selection';
import { wordingFor } from './wording';

/** Builds the outline while the body is drawn; does nothing in the dry pass. */
export class OutlineBuilder {
  private partItem: PDFKit.PDFOutline | null = null;
  private chapterItem: PDFKit.PDFOutline | null = null;
  private articleItem: PDFKit.PDFOutline | null = null;

  constructor(
    private readonly cursor: PageCursor,
    private readonly doc: DocumentMeta,
  ) {}

  /** A part (Phần), the top level: chapters that follow nest beneath it. */
  part(title: string, at: Spot): void {
    this.partItem = this.add(null, title, at);
    this.chapterItem = null;
    this.articleItem = null;
  }

  /** A chapter under the current part, else top-level (or a document in a report); articles nest beneath it. */
  chapter(title: string, at: Spot): void {
    this.chapterItem = this.add(this.partItem, title, at);
    this.articleItem = null;
  }

  /** An article, section or sub-section (or a commentary heading) under the current chapter or part. */
  article(title: string, at: Spot): void {
    this.articleItem = this.add(this.chapterItem ?? this.partItem, title, at);
  }

  /** A top-level entry that ends the current part and chapter (appendix, Notes). */
  top(title: string, at: Spot): void {
    this.partItem = null;
    this.chapterItem = null;
    this.articleItem = null;
    this.add(null, title, at);
  }

  /** An annotated provision below article level, titled with the notes it carries. */
  annotated(node: CorpusNode, notes: PlacedNote[], at: Spot): void {
    if (notes.length === 0 || node.kind === 'article' || node.kind === 'chapter' || node.kind === 'part')
      return;
    const nums = notes.map((n) => n.n).join(', ');
    const words = wordingFor(this.doc.language);
    const title = `${nodeLabel(node, this.doc.language)} — ${words.outlineNotes(nums, notes.length)}`;
    this.add(this.articleItem ?? this.chapterItem ?? this.partItem, title, at);
  }

  private add(parent: PDFKit.PDFOutline | null, title: string, at: Spot): PDFKit.PDFOutline | null {
    if (this.cursor.dry) return null;
    const doc = this.cursor.ts.doc;
    return addOutlineItem(parent ?? doc.outline, doc, title, at);
  }
}
