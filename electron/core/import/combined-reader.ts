// One CorpusReader over the bundled corpus (read-only corpus.sqlite) and the imported documents (user.sqlite),
// so reading, search, annotations and export treat both alike. Bundled documents come first, then imports.
import type Database from 'better-sqlite3';
import type { CorpusNode, CorpusReader, CrossRef, DefinedTerm, DocumentMeta } from '../corpus/model';
import * as repo from './imported-repository';

/** Reads bundled documents from `bundled` and imported ones live from `userDb` (no cache to go stale). */
export class CombinedReader implements CorpusReader {
  constructor(
    readonly bundled: CorpusReader,
    readonly userDb: Database.Database,
  ) {}

  private bundledIds: ReadonlySet<string> | null = null;

  /** Whether a document id belongs to the bundled, read-only corpus (a fixed set, read once). */
  isBundled(docId: string): boolean {
    this.bundledIds ??= new Set(this.bundled.listDocuments().map((d) => d.docId));
    return this.bundledIds.has(docId);
  }

  listDocuments(): DocumentMeta[] {
    return [...this.bundled.listDocuments(), ...repo.listImportedMeta(this.userDb)];
  }

  getDocument(docId: string): DocumentMeta | null {
    const bundled = this.bundled.getDocument(docId);
    if (bundled !== null) return bundled;
    return repo.getImportedMeta(this.userDb, docId);
  }

  getNodes(docId: string): CorpusNode[] {
    return this.isBundled(docId) ? this.bundled.getNodes(docId) : repo.importedNodes(this.userDb, docId);
  }

  getNode(docId: string, eId: string): CorpusNode | null {
    if (this.isBundled(docId)) return this.bundled.getNode(docId, eId);
    return repo.importedNode(this.userDb, docId, eId);
  }

  getRefs(docId: string): CrossRef[] {
    return this.isBundled(docId) ? this.bundled.getRefs(docId) : repo.importedRefs(this.userDb, docId);
  }

  getTerms(docId: string): DefinedTerm[] {
    return this.isBundled(docId) ? this.bundled.getTerms(docId) : repo.importedTerms(this.userDb, docId);
  }
}
