// Groups notes for reports: document › article (or the top-level block a note sits in), in reading order,
// with unanchored notes in their own group so none is dropped.
import type { Annotation } from '../annotations/model';
import { ancestorsOf, nodeLabel } from '../corpus/citation';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import { planExport, type PlacedNote } from './selection';
import type { NoteFilter } from './types';
import { wordingFor } from './wording';

/** A document and its provisions, as a report needs them. */
export interface ReportDocument {
  doc: DocumentMeta;
  nodes: CorpusNode[];
}

/** Notes under one article heading (or "Unanchored notes"). */
interface ArticleGroup {
  title: string;
  notes: PlacedNote[];
}

/** One document's share of a report. */
export interface DocumentGroup {
  doc: DocumentMeta;
  articles: ArticleGroup[];
  count: number;
}

/** Title of the group a node belongs to: its article, else its top-level ancestor (preamble, appendix, section). */
function groupTitle(doc: DocumentMeta, node: CorpusNode, byEId: Map<string, CorpusNode>): string {
  const chain = [...ancestorsOf(node.eId, byEId), node];
  const owner = chain.find((n) => n.kind === 'article') ?? chain.find((n) => n.kind !== 'chapter') ?? node;
  const label = nodeLabel(owner, doc.language);
  if (doc.kind === 'commentary' && owner.kind === 'section' && owner.num !== null)
    return `${owner.num}. ${owner.heading ?? ''}`.trim();
  return owner.heading !== null && owner.heading !== label ? `${label}. ${owner.heading}` : label;
}

/** Groups the annotations of every given document; documents without notes are left out. */
export function groupNotes(
  documents: ReportDocument[],
  annotations: Annotation[],
  filter: NoteFilter,
): DocumentGroup[] {
  return documents.flatMap(({ doc, nodes }): DocumentGroup[] => {
    const { notes } = planExport(doc, nodes, annotations, filter, 'annotated');
    if (notes.length === 0) return [];
    const byEId = new Map(nodes.map((n) => [n.eId, n]));
    const articles: ArticleGroup[] = [];
    for (const note of notes) {
      const title =
        note.unanchored || note.node === null
          ? wordingFor(doc.language).unanchoredHeading
          : groupTitle(doc, note.node, byEId);
      const last = articles.at(-1);
      if (last?.title === title) last.notes.push(note);
      else articles.push({ title, notes: [note] });
    }
    return [{ doc, articles, count: notes.length }];
  });
}
