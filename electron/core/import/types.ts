// The preview as handed to the UI and the CLI: the detected tree and metadata, warnings, and what it replaces.
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import type { DetectedMeta } from './detect-metadata';
import type { ImportFormat } from './limits';
import type { ParsedImport } from './preview';
import type { ImportWarning } from './warnings';

/** A preview of one import; commit it with `ImportService.commit(previewId, edits)`. */
export interface ImportPreview {
  previewId: string;
  fileName: string;
  format: ImportFormat;
  fileSha256: string;
  /** The metadata that would be saved (detected, then edited), with the content hash of the parsed text. */
  meta: DocumentMeta;
  /** What detection proposed before any edit. */
  detected: DetectedMeta & { docId: string };
  structure: 'legal' | 'prose';
  nodes: CorpusNode[];
  counts: Partial<Record<CorpusNode['kind'], number>>;
  warnings: ImportWarning[];
  /** Set when saving replaces an imported document with the same id (its notes will be re-anchored). */
  replaces: { docId: string; title: string; contentHash: string; annotations: number } | null;
}

/** Builds the preview shape from a parse. */
export function toPreview(
  previewId: string,
  p: ParsedImport,
  replaces: ImportPreview['replaces'],
): ImportPreview {
  const counts: ImportPreview['counts'] = {};
  for (const n of p.nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return {
    previewId,
    fileName: p.fileName,
    format: p.format,
    fileSha256: p.fileSha256,
    meta: p.document,
    detected: p.detected,
    structure: p.structure,
    nodes: p.nodes,
    counts,
    warnings: p.warnings,
    replaces,
  };
}
