// The JSON-LD context object that defines Lectern's own terms next to the W3C one, so a JSON-LD processor keeps
// them (undefined terms are dropped, or fail in safe mode). JSON objects (manifest, version vectors) are `@json`
// literals: kept verbatim, not interpreted as RDF.

/** Namespace of Lectern's terms (`lectern:color` expands to `urn:lectern:ns:color`). */
const LECTERN_NS = 'urn:lectern:ns:';

/** The second `@context` entry of every bundle. */
export const LECTERN_CONTEXT = {
  '@version': 1.1,
  lectern: LECTERN_NS,
  manifest: { '@id': 'lectern:manifest', '@type': '@json' },
  /** The Ed25519 signature over the items and manifest (exchange/signature.ts). */
  signature: { '@id': 'lectern:signature', '@type': '@json' },
  'lectern:versions': { '@type': '@json' },
  'lectern:deleted': { '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
} as const;
