// A hostile notes bundle as issue 17 describes it: thousands of quote notes carrying a docHash no text here has
// and quotes that occur nowhere, so every one of them goes through re-anchoring's fuzzy search and ends an orphan.
// Unsigned (a correct checksum needs no key), so importing it needs `acceptUntrusted`.
import { randomUUID } from 'node:crypto';
import { buildBundle } from '../../electron/core/annotations/exchange/bundle';
import { toJsonLd } from '../../electron/core/annotations/exchange/jsonld';
import type { CorpusReader } from '../../electron/core/corpus/model';

/** The bundle's text: `count` notes spread over the longer provisions of `docId`. */
export function hostileBundle(corpus: CorpusReader, docId: string, count: number): string {
  const nodes = corpus.getNodes(docId).filter((n) => n.text.length > 40);
  const now = new Date().toISOString();
  const items = Array.from({ length: count }, (_, i) => {
    const node = nodes[i % nodes.length];
    if (!node) throw new Error(`${docId} has no provision to aim at`);
    const exact = `zq${i} không có trong văn bản nào cả ${i * 7}`;
    return toJsonLd(
      {
        id: randomUUID(),
        continues: [],
        target: {
          docId,
          docHash: `deadbeef${i}`,
          eId: node.eId,
          position: { start: 3, end: 3 + exact.length },
          quote: { exact, prefix: 'abc ', suffix: ' xyz' },
        },
        note: `hostile ${i}`,
        color: 'yellow',
        tags: [],
        author: 'Mallory',
        created: now,
        updated: now,
        deleted: null,
        anchor: 'anchored',
      },
      () => null,
      { versions: { mallory: 1 }, generator: { id: 'urn:x', type: 'Software', name: 'x' } },
    );
  });
  return buildBundle(items, {
    appVersion: 'hostile',
    exportedAt: now,
    reviewer: 'Mallory',
    id: `urn:uuid:${randomUUID()}`,
  });
}
