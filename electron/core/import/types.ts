// The preview as handed to the UI and the CLI: the detected tree and metadata, warnings, and what it replaces.
import type { ImportPreview } from './model';
import type { ParsedImport } from './preview';

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
