// The content hash that identifies one version of a document's text; annotations pin to it (docHash).
import { createHash } from 'node:crypto';
import type { CorpusNode } from './model';

/** SHA-256 (hex) over a canonical serialisation of the nodes' structure and text, in reading order. */
export function contentHash(nodes: readonly CorpusNode[]): string {
  const hash = createHash('sha256');
  for (const n of [...nodes].sort((a, b) => a.order - b.order)) {
    // Fixed field order, so the hash changes exactly when structure or wording changes.
    hash.update(JSON.stringify([n.eId, n.parentEId, n.kind, n.num, n.heading, n.text, n.cells]));
    hash.update('\n');
  }
  return hash.digest('hex');
}
