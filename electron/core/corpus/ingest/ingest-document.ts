// Text + metadata → a complete document (meta with content hash, nodes, references, defined terms).
// The corpus build and the importer both go through here, so bundled and imported documents look alike.
import { contentHash } from '../content-hash';
import type { CorpusNode, CrossRef, DefinedTerm, DocumentMeta } from '../model';
import { findRefs } from '../refs/find-refs';
import { findTerms } from '../refs/find-terms';
import type { IngestResult } from './ingest';
import { ingestText } from './ingest';
import type { ExclusionRules } from './source-lines';
import type { IngestBounds } from './tree-builder';

/** A fully ingested document, ready to be stored. */
export interface IngestedDocument {
  document: DocumentMeta;
  nodes: CorpusNode[];
  refs: CrossRef[];
  terms: DefinedTerm[];
  excluded: IngestResult['excluded'];
  /** Repeated provision ids kept under suffixed ids (only when the caller asked to rename duplicates). */
  duplicates: IngestResult['duplicates'];
  /** Lines the structure rules could not place with confidence, for the import preview. */
  parseWarnings: IngestResult['warnings'];
}

/** Parses `text` and derives everything stored with it; `bounds` caps an import's lines and nodes. */
export function ingestDocument(
  text: string,
  meta: Omit<DocumentMeta, 'contentHash'>,
  exclude?: ExclusionRules,
  renameDuplicates = false,
  bounds?: IngestBounds,
): IngestedDocument {
  const { nodes, excluded, duplicates, warnings } = ingestText(text, {
    docId: meta.docId,
    lang: meta.language,
    exclude,
    renameDuplicates,
    bounds,
  });
  return {
    document: { ...meta, contentHash: contentHash(nodes) },
    nodes,
    refs: findRefs(nodes, { docId: meta.docId, lang: meta.language, number: meta.number }),
    terms: findTerms(nodes, meta.docId, meta.language),
    excluded,
    duplicates,
    parseWarnings: warnings,
  };
}
