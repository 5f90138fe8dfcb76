// Domain model of the corpus: the shapes every layer (ingest, store, search, annotations, export, UI) shares.
// Pure types, no Node or DOM imports, so the renderer may import them as types.
import type { DocumentKind } from './document-kinds';

/** Kinds of structural node; ids follow ../docs/architecture.md (Akoma Ntoso–style eIds). */
export type NodeKind =
  | 'title' // the document's title lines as printed at its head
  | 'dateline' // a publication or page date line that belongs to the text
  | 'preamble'
  | 'part' // Phần: "PHẦN THỨ NHẤT", above chapters
  | 'chapter'
  | 'section'
  | 'subsection' // Tiểu mục, inside a section
  | 'article'
  | 'source-note' // the Legal Code's note of where an article comes from, shown with the article
  | 'related-note' // the Legal Code's "(Điều này có nội dung liên quan đến …)" under an article
  | 'footnote' // an endnote of a consolidated text, under the provision that carries its marker
  | 'clause'
  | 'point'
  | 'paragraph'
  | 'signature'
  | 'annex'
  | 'annex-group'
  | 'annex-row'
  | 'caption'
  | 'author';

/** One cell of a table row; `continued` means the source left it empty and it carries the cell above. */
export interface TableCell {
  text: string;
  continued: boolean;
}

/** One provision or block of a document, stored in `nodes` in reading order. */
export interface CorpusNode {
  docId: string;
  eId: string;
  parentEId: string | null;
  kind: NodeKind;
  /** The number or letter as written ("I", "6", "1", "dd" for đ, "a"); null when unnumbered. */
  num: string | null;
  /** Heading text as written (article title, chapter heading); null when none. */
  heading: string | null;
  /** The node's own body text (not its children's), as written; may be empty. */
  text: string;
  /** Position in document reading order, 0-based, dense. */
  order: number;
  /** Depth in the tree; top-level nodes are 0. */
  depth: number;
  /** Table cells for annex rows and table headers; null for ordinary nodes. */
  cells: TableCell[] | null;
}

/** Document metadata as shown in the library and on PDF cover pages. */
export interface DocumentMeta {
  docId: string;
  /** One of the vocabulary in document-kinds.ts. */
  kind: DocumentKind;
  title: string;
  shortTitle: string;
  number: string | null;
  issuer: string | null;
  signer: string | null;
  author: string | null;
  issued: string | null; // ISO date
  effective: string | null; // ISO date
  published: string | null; // ISO date
  language: 'en' | 'vi';
  status: string; // e.g. "Unofficial English translation"
  about: string | null;
  source: string; // where the text came from (file name of the source)
  /** SHA-256 of the document's normalised node content; annotations pin to it. */
  contentHash: string;
}

/** A reference found in a node's text: internal ones resolve to an eId, external ones cite another act. */
export interface CrossRef {
  docId: string;
  fromEId: string;
  /** Character range of the reference inside the from-node's text. */
  start: number;
  end: number;
  label: string;
  kind: 'internal' | 'external';
  /** Internal: the target document and eId. */
  targetDocId: string | null;
  targetEId: string | null;
  /** External: the cited act as written, e.g. "Law on People's Public Security Force". */
  citedAct: string | null;
}

/** A defined term (e.g. Article 3 of the decree) and the node that defines it. */
export interface DefinedTerm {
  docId: string;
  term: string;
  definingEId: string;
  definition: string;
}

/** Read access to documents, whether bundled (corpus.sqlite) or imported (user.sqlite). */
export interface CorpusReader {
  listDocuments(): DocumentMeta[];
  getDocument(docId: string): DocumentMeta | null;
  /** All nodes of a document in reading order. */
  getNodes(docId: string): CorpusNode[];
  getNode(docId: string, eId: string): CorpusNode | null;
  getRefs(docId: string): CrossRef[];
  getTerms(docId: string): DefinedTerm[];
}
