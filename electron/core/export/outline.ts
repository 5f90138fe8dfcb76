// The PDF outline (bookmarks): chapters, articles and commentary headings, annotated provisions beneath them,
// the appendix and the Notes section, each opening at the exact line.
import { nodeLabel } from '../corpus/citation';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import type { PageCursor } from './page-cursor';
import type { Spot } from './paragraph';
import { addOutlineItem } from './pdf-objects';
import type { PlacedNote } from './selection';

/** Builds the outline while the body is drawn; does nothing in the dry pass. */
export class OutlineBuilder {
  private chapterItem: PDFKit.PDFOutline | null = null;
  private articleItem: PDFKit.PDFOutline | null = null;

  constructor(
    private readonly cursor: PageCursor,
    private readonly doc: DocumentMeta,
  ) {}

  /** A top-level chapter (or a document in a report); articles that follow nest beneath it. */
  chapter(title: string, at: Spot): void {
    this.chapterItem = this.add(null, title, at);
    this.articleItem = null;
  }

  /** An article (or a commentary heading) under the current chapter. */
  article(title: string, at: Spot): void {
    this.articleItem = this.add(this.chapterItem, title, at);
  }

  /** A top-level entry that ends the current chapter (appendix, Notes). */
  top(title: string, at: Spot): void {
    this.chapterItem = null;
    this.articleItem = null;
    this.add(null, title, at);
  }

  /** An annotated provision below article level, titled with the notes it carries. */
  annotated(node: CorpusNode, notes: PlacedNote[], at: Spot): void {
    if (notes.length === 0 || node.kind === 'article' || node.kind === 'chapter') return;
    const nums = notes.map((n) => n.n).join(', ');
    const title = `${nodeLabel(node, this.doc.language)} — note${notes.length > 1 ? 's' : ''} ${nums}`;
    this.add(this.articleItem ?? this.chapterItem, title, at);
  }

  private add(parent: PDFKit.PDFOutline | null, title: string, at: Spot): PDFKit.PDFOutline | null {
    if (this.cursor.dry) return null;
    const doc = this.cursor.ts.doc;
    return addOutlineItem(parent ?? doc.outline, doc, title, at);
  }
}
