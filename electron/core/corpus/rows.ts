// Row shapes, row→model mappers and insert values for the documents/nodes/refs/terms tables. corpus.sqlite and
// user.sqlite's imported_* tables share these columns, so bundled and imported documents read and write alike.
import type { CorpusNode, CrossRef, DefinedTerm, DocumentMeta, TableCell } from './model';

/** A row of `documents` (corpus.sqlite) or the shared columns of `imported_documents` (user.sqlite). */
export interface DocumentRow {
  doc_id: string;
  kind: DocumentMeta['kind'];
  title: string;
  short_title: string;
  number: string | null;
  issuer: string | null;
  signer: string | null;
  author: string | null;
  issued: string | null;
  effective: string | null;
  published: string | null;
  language: DocumentMeta['language'];
  status: string;
  about: string | null;
  source: string;
  content_hash: string;
}

/** A row of `nodes` or `imported_nodes`. */
export interface NodeRow {
  doc_id: string;
  e_id: string;
  parent_e_id: string | null;
  kind: CorpusNode['kind'];
  num: string | null;
  heading: string | null;
  text: string;
  ord: number;
  depth: number;
  cells_json: string | null;
}

/** A row of `refs` or `imported_refs`. */
export interface RefRow {
  doc_id: string;
  from_e_id: string;
  start: number;
  end: number;
  label: string;
  kind: CrossRef['kind'];
  target_doc_id: string | null;
  target_e_id: string | null;
  cited_act: string | null;
}

/** A row of `terms` or `imported_terms`. */
export interface TermRow {
  doc_id: string;
  term: string;
  defining_e_id: string;
  definition: string;
}

/** A value better-sqlite3 binds to a positional parameter in these tables. */
type SqlValue = string | number | null;

/** The document columns both tables share, in table order (imported_documents appends its own after them). */
export const DOCUMENT_COLUMNS = [
  'doc_id',
  'ord',
  'kind',
  'title',
  'short_title',
  'number',
  'issuer',
  'signer',
  'author',
  'issued',
  'effective',
  'published',
  'language',
  'status',
  'about',
  'source',
  'content_hash',
] as const;

/** Node columns in table order. */
export const NODE_COLUMNS = [
  'doc_id',
  'e_id',
  'parent_e_id',
  'kind',
  'num',
  'heading',
  'text',
  'ord',
  'depth',
  'cells_json',
] as const;

/** Reference columns in table order (`end` is an SQL keyword, hence quoted). */
export const REF_COLUMNS = [
  'doc_id',
  'ord',
  'from_e_id',
  'start',
  '"end"',
  'label',
  'kind',
  'target_doc_id',
  'target_e_id',
  'cited_act',
] as const;

/** Term columns in table order. */
export const TERM_COLUMNS = ['doc_id', 'ord', 'term', 'defining_e_id', 'definition'] as const;

/** `INSERT INTO table (columns…) VALUES (?, …)`, one positional parameter per column. */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/** A document row as DocumentMeta (extra columns of imported_documents are left out). */
export const toDocumentMeta = (r: DocumentRow): DocumentMeta => ({
  docId: r.doc_id,
  kind: r.kind,
  title: r.title,
  shortTitle: r.short_title,
  number: r.number,
  issuer: r.issuer,
  signer: r.signer,
  author: r.author,
  issued: r.issued,
  effective: r.effective,
  published: r.published,
  language: r.language,
  status: r.status,
  about: r.about,
  source: r.source,
  contentHash: r.content_hash,
});

/** A node row as CorpusNode (table cells parsed back from JSON). */
export const toNode = (r: NodeRow): CorpusNode => ({
  docId: r.doc_id,
  eId: r.e_id,
  parentEId: r.parent_e_id,
  kind: r.kind,
  num: r.num,
  heading: r.heading,
  text: r.text,
  order: r.ord,
  depth: r.depth,
  cells: r.cells_json === null ? null : (JSON.parse(r.cells_json) as TableCell[]),
});

/** A reference row as CrossRef. */
export const toRef = (r: RefRow): CrossRef => ({
  docId: r.doc_id,
  fromEId: r.from_e_id,
  start: r.start,
  end: r.end,
  label: r.label,
  kind: r.kind,
  targetDocId: r.target_doc_id,
  targetEId: r.target_e_id,
  citedAct: r.cited_act,
});

/** A term row as DefinedTerm. */
export const toTerm = (r: TermRow): DefinedTerm => ({
  docId: r.doc_id,
  term: r.term,
  definingEId: r.defining_e_id,
  definition: r.definition,
});

/** Values for DOCUMENT_COLUMNS. */
export function documentValues(d: DocumentMeta, ord: number): SqlValue[] {
  return [
    d.docId,
    ord,
    d.kind,
    d.title,
    d.shortTitle,
    d.number,
    d.issuer,
    d.signer,
    d.author,
    d.issued,
    d.effective,
    d.published,
    d.language,
    d.status,
    d.about,
    d.source,
    d.contentHash,
  ];
}

/** Values for NODE_COLUMNS, stored under `docId`. */
export function nodeValues(docId: string, n: CorpusNode): SqlValue[] {
  const cells = n.cells === null ? null : JSON.stringify(n.cells);
  return [docId, n.eId, n.parentEId, n.kind, n.num, n.heading, n.text, n.order, n.depth, cells];
}

/** Values for REF_COLUMNS, stored under `docId` at position `ord`. */
export function refValues(docId: string, ord: number, r: CrossRef): SqlValue[] {
  return [docId, ord, r.fromEId, r.start, r.end, r.label, r.kind, r.targetDocId, r.targetEId, r.citedAct];
}

/** Values for TERM_COLUMNS, stored under `docId` at position `ord`. */
export function termValues(docId: string, ord: number, t: DefinedTerm): SqlValue[] {
  return [docId, ord, t.term, t.definingEId, t.definition];
}
