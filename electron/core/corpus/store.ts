// Read-only access to corpus.sqlite. The file is verified against its manifest before it is opened, and opened
// with readonly + fileMustExist so no code path can change the bundled texts.
import Database from 'better-sqlite3';
import { LecternError } from '../errors';
import { CORPUS_FORMAT_VERSION, readManifest, verifyCorpusFile, verifyCorpusPin } from './manifest';
import type { CorpusNode, CorpusReader, CrossRef, DefinedTerm, DocumentMeta } from './model';
import { prepared } from './prepared';
import type { DocumentRow, NodeRow, RefRow, TermRow } from './rows';
import { toDocumentMeta, toNode, toRef, toTerm } from './rows';

/** The bundled corpus, read-only. */
export class CorpusStore implements CorpusReader {
  private readonly nodeCache = new Map<string, CorpusNode[]>();

  constructor(
    /** The open read-only connection; other read-only consumers (the search index loader) may query it. */
    readonly db: Database.Database,
    readonly path: string,
  ) {}

  listDocuments(): DocumentMeta[] {
    return this.db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY ord').all().map(toDocumentMeta);
  }

  getDocument(docId: string): DocumentMeta | null {
    const row = prepared<[string], DocumentRow>(this.db, 'SELECT * FROM documents WHERE doc_id = ?').get(
      docId,
    );
    return row === undefined ? null : toDocumentMeta(row);
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
    const row = prepared<[string, string], NodeRow>(
      this.db,
      'SELECT * FROM nodes WHERE doc_id = ? AND e_id = ?',
    ).get(docId, eId);
    return row === undefined ? null : toNode(row);
  }

  getRefs(docId: string): CrossRef[] {
    return this.db
      .prepare<[string], RefRow>('SELECT * FROM refs WHERE doc_id = ? ORDER BY ord')
      .all(docId)
      .map(toRef);
  }

  getTerms(docId: string): DefinedTerm[] {
    return this.db
      .prepare<[string], TermRow>('SELECT * FROM terms WHERE doc_id = ? ORDER BY ord')
      .all(docId)
      .map(toTerm);
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

/**
 * Verifies `corpusPath` against its manifest and the manifest against `pin` (the hash compiled into a built
 * app; null from source), then opens it read-only.
 */
export function openCorpus(corpusPath: string, manifestPath: string, pin: string | null = null): CorpusStore {
  const manifest = readManifest(manifestPath);
  verifyCorpusPin(manifest, pin);
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
