// Decides what an export contains: which annotations (filters, soft deletes), where each one lands in the text,
// its number, and which provisions to print in "annotated provisions only" mode.
import type { Annotation, TextPosition, TextQuote } from '../annotations/model';
import { annotatableText } from '../corpus/annotatable-text';
import { passageEIds } from '../annotations/passage-text';
import { ancestorsOf, formatCitation, formatPassageCitation } from '../corpus/citation';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import type { ExportScope, NoteFilter } from './types';

/** One annotation as the exporter places it. */
export interface PlacedNote {
  /** 1-based number printed in the margin and in the Notes section. */
  n: number;
  ann: Annotation;
  node: CorpusNode | null;
  citation: string;
  /** Range in the node's annotatable text (`annotatableText`) to highlight; null for a whole-provision note or when the text no longer holds it. */
  range: TextPosition | null;
  /** True when the note has no place in the current text (orphaned, or its provision is gone). */
  unanchored: boolean;
  /**
   * 0 for the note's own target; i for the i-th following part of a passage across provisions, placed in
   * `notesByEId` under its own provision with the same number and annotation, so each part is highlighted (one
   * numbered marker, one entry in the Notes section, which lists `notes`).
   */
  part: number;
}

/** A provision to print: fully, or only its heading to give context to annotated children. */
export interface PrintedNode {
  node: CorpusNode;
  mode: 'full' | 'heading';
}

/** The export's content, decided before any layout happens. */
export interface ExportPlan {
  notes: PlacedNote[];
  notesByEId: Map<string, PlacedNote[]>;
  printed: PrintedNode[];
}

/** True when the annotation passes the tag and colour filters (any listed tag, any listed colour). */
function matchesFilter(ann: Annotation, filter: NoteFilter): boolean {
  if (filter.tags !== undefined && filter.tags.length > 0 && !ann.tags.some((t) => filter.tags?.includes(t)))
    return false;
  if (filter.colors !== undefined && filter.colors.length > 0 && !filter.colors.includes(ann.color))
    return false;
  return true;
}

/** Where in the node's annotatable text a target's quote is, trusting the stored position only if it still quotes it. */
function locate(
  { position, quote }: { position: TextPosition | null; quote: TextQuote | null },
  node: CorpusNode,
): TextPosition | null {
  const text = annotatableText(node);
  const len = text.length;
  if (position !== null && position.start >= 0 && position.end <= len && position.start < position.end) {
    if (quote === null || text.slice(position.start, position.end) === quote.exact) return position;
  }
  if (quote !== null && quote.exact !== '') {
    const at = text.indexOf(quote.exact);
    if (at >= 0) return { start: at, end: at + quote.exact.length };
  }
  return position !== null && position.end <= len && position.start < position.end ? position : null;
}

/** Builds the plan: live, filtered annotations numbered in reading order, unanchored ones last. */
export function planExport(
  doc: DocumentMeta,
  nodes: CorpusNode[],
  annotations: Annotation[],
  filter: NoteFilter,
  scope: ExportScope,
): ExportPlan {
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  const live = annotations.filter(
    (a) => a.deleted === null && a.target.docId === doc.docId && matchesFilter(a, filter),
  );
  const placed = live.map((ann): Omit<PlacedNote, 'n' | 'part'> => {
    const node = byEId.get(ann.target.eId) ?? null;
    if (node === null || ann.anchor === 'orphaned') {
      return {
        ann,
        node,
        citation: citationFor(doc, node, byEId, ann),
        range: null,
        unanchored: true,
      };
    }
    return {
      ann,
      node,
      citation: citationFor(doc, node, byEId, ann),
      range: locate(ann.target, node),
      unanchored: false,
    };
  });
  placed.sort(
    (a, b) =>
      Number(a.unanchored) - Number(b.unanchored) ||
      (a.node?.order ?? Infinity) - (b.node?.order ?? Infinity) ||
      (a.range?.start ?? -1) - (b.range?.start ?? -1) ||
      a.ann.created.localeCompare(b.ann.created),
  );
  const notes = placed.map((p, i) => ({ ...p, n: i + 1, part: 0 }));
  const notesByEId = new Map<string, PlacedNote[]>();
  const place = (note: PlacedNote, eId: string): void => {
    const list = notesByEId.get(eId) ?? [];
    list.push(note);
    notesByEId.set(eId, list);
  };
  for (const note of notes) {
    if (note.unanchored || note.node === null) continue;
    place(note, note.node.eId);
    // A passage across provisions: each following part highlighted in its own provision, under the same number.
    note.ann.continues.forEach((p, i) => {
      const node = byEId.get(p.eId);
      if (node !== undefined) place({ ...note, node, range: locate(p, node), part: i + 1 }, p.eId);
    });
  }
  return { notes, notesByEId, printed: selectNodes(nodes, notesByEId, byEId, scope) };
}

/** The note's citation: its provision's, or for a passage across provisions all of them (`formatPlaces`). */
function citationFor(
  doc: DocumentMeta,
  node: CorpusNode | null,
  byEId: Map<string, CorpusNode>,
  ann: Annotation,
): string {
  if (node === null) return `${ann.target.eId} (no longer in ${doc.shortTitle})`;
  if (ann.continues.length === 0)
    return formatCitation(doc, node, ancestorsOf(node.eId, byEId), doc.language);
  const covered = passageEIds(ann).flatMap((eId) => byEId.get(eId) ?? []);
  return formatPassageCitation(doc, covered, byEId, doc.language);
}

function selectNodes(
  nodes: CorpusNode[],
  notesByEId: Map<string, PlacedNote[]>,
  byEId: Map<string, CorpusNode>,
  scope: ExportScope,
): PrintedNode[] {
  const ordered = [...nodes].sort((a, b) => a.order - b.order);
  if (scope === 'all') return ordered.map((node) => ({ node, mode: 'full' }));
  const context = new Set<string>();
  for (const eId of notesByEId.keys()) {
    for (const a of ancestorsOf(eId, byEId)) context.add(a.eId);
  }
  return ordered.flatMap((node): PrintedNode[] => {
    if (notesByEId.has(node.eId)) return [{ node, mode: 'full' }];
    if (context.has(node.eId)) return [{ node, mode: 'heading' }];
    return [];
  });
}
