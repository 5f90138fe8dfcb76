// Read-only access to corpus.sqlite. The file is verified against its manifest before it is opened, and opened
// with readonly + fileMustExist so no code path can change the bundled texts.
import Database from 'better-sqlite3';
import { LecternError } from '../errors';
import { CORPUS_FORMAT_VERSION, readManifest, verifyCorpusFile } from './manifest';
import type { CorpusNode, CorpusReader, CrossRef, DefinedTerm, DocumentMeta, TableCell } from './model';

interface DocumentRow {
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

interface NodeRow {
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

interface RefRow {
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

interface TermRow {
  doc_id: string;
  term: string;
  defining_e_id: string;
  definition: string;
}

const toDocument = (r: DocumentRow): DocumentMeta => ({
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

const toNode = (r: NodeRow): CorpusNode => ({
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

/** The bundled corpus, read-only. */
export class CorpusStore implements CorpusReader {
  private readonly nodeCache = new Map<string, CorpusNode[]>();

  constructor(
    /** The open read-only connection; other read-only consumers (the search index loader) may query it. */
    readonly db: Database.Database,
    readonly path: string,
  ) {}

  listDocuments(): DocumentMeta[] {
    return this.db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY ord').all().map(toDocument);
  }

  getDocument(docId: string): DocumentMeta | null {
    const row = this.db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE doc_id = ?').get(docId);
    return row === undefined ? null : toDocument(row);
  }

  getNodes(docId: string): CorpusNode[] {
    let nodes = this.nodeCache.get(docId);
    if (nodes === undefined) {
      nodes = this.db
        .prepare<[string], NodeRow>('SELECT * FROM nodes WHERE doc_id = ? ORDER BY ord')
        .all(docId)
        .map(toNode);
      this.nodeCache.set(docId, nodes);
    }
    return nodes.map((n) => ({ ...n, cells: n.cells === null ? null : n.cells.map((c) => ({ ...c })) }));
  }

  getNode(docId: string, eId: string): CorpusNode | null {
    const row = this.db
      .prepare<[string, string], NodeRow>('SELECT * FROM nodes WHERE doc_id = ? AND e_id = ?')
      .get(docId, eId);
    return row === undefined ? null : toNode(row);
  }

  getRefs(docId: string): CrossRef[] {
    return this.db
      .prepare<[string], RefRow>('SELECT * FROM refs WHERE doc_id = ? ORDER BY ord')
      .all(docId)
      .map((r) => ({
        docId: r.doc_id,
        fromEId: r.from_e_id,
        start: r.start,
        end: r.end,
        label: r.label,
        kind: r.kind,
        targetDocId: r.target_doc_id,
        targetEId: r.target_e_id,
        citedAct: r.cited_act,
      }));
  }

  getTerms(docId: string): DefinedTerm[] {
    return this.db
      .prepare<[string], TermRow>('SELECT * FROM terms WHERE doc_id = ? ORDER BY ord')
      .all(docId)
      .map((r) => ({
        docId: r.doc_id,
        term: r.term,
        definingEId: r.defining_e_id,
        definition: r.definition,
      }));
  }

  /** A value from the `meta` table (format version, build input hash, extra build steps' data). */
  getMeta(key: string): string | null {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key);
    return row?.value ?? null;
  }

  close(): void {
    this.db.close();
  }
}

/** Verifies `corpusPath` against its manifest, then opens it read-only. */
export function openCorpus(corpusPath: string, manifestPath: string): CorpusStore {
  const manifest = readManifest(manifestPath);
  verifyCorpusFile(corpusPath, manifest);
  if (manifest.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new LecternError(
      'UNSUPPORTED',
      `The corpus ${corpusPath} has format ${manifest.formatVersion}; this Lectern reads format ${CORPUS_FORMAT_VERSION}. Rebuild it with \`npm run build:data\`.`,
    );
  }
  const db = new Database(corpusPath, { readonly: true, fileMustExist: true });
  try {
    const version = db
      .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'format_version'")
      .get();
    if (version?.value !== String(CORPUS_FORMAT_VERSION)) throw new Error('format version missing');
  } catch (error) {
    db.close();
    throw new LecternError(
      'CORRUPT',
      `The corpus file ${corpusPath} is not a Lectern corpus (${error instanceof Error ? error.message : String(error)}). Reinstall Lectern, or run \`npm run build:data\`.`,
    );
  }
  return new CorpusStore(db, corpusPath);
}
