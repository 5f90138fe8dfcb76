// The stored text forms of the parts of the search index that are not FlexSearch's own export: the id table,
// the term dictionary and the folded lines. Chosen to load fast (split beats JSON.parse for 100k strings)
// and to be byte-identical for the same input, so the corpus build stays deterministic.

/** The term dictionary: sorted folded words, the number of nodes holding each, the average body length. */
export interface Dictionary {
  readonly terms: readonly string[];
  readonly df: readonly number[];
  readonly avgLength: number;
}

/**
 * The dictionary as lines: the average length, one folded word per line, then the counts comma-separated.
 * Splitting is several times faster to load than JSON for 100k words (JSON.parse interns every string).
 */
export function encodeDictionary(d: Dictionary): string {
  return [String(d.avgLength), ...d.terms, d.df.join(',')].join('\n');
}

/** Read a dictionary written by `encodeDictionary`; throws on a malformed one. */
export function decodeDictionary(data: string): Dictionary {
  const parts = data.split('\n');
  const avgLength = Number(parts[0]);
  const counts = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const df = counts === '' ? [] : counts.split(',').map(Number);
  if (parts.length < 2 || !Number.isFinite(avgLength) || df.some((n) => !Number.isInteger(n))) {
    throw new Error('the term dictionary is malformed');
  }
  return { avgLength, terms: parts.slice(1, -1), df };
}

/** Lines joined by newlines back into an array (folded lines never hold a newline). */
export function splitLines(data: string): string[] {
  return data === '' ? [] : data.split('\n');
}

/** The id table as text: document ids once, then each node's document index and eId. */
export function encodeEntries(entries: readonly { docId: string; eId: string }[]): string {
  const docs: string[] = [];
  const index = new Map<string, number>();
  const nodes: [number, string][] = [];
  for (const e of entries) {
    let d = index.get(e.docId);
    if (d === undefined) {
      d = docs.push(e.docId) - 1;
      index.set(e.docId, d);
    }
    nodes.push([d, e.eId]);
  }
  return JSON.stringify({ docs, nodes });
}

/** Read an id table written by `encodeEntries`; throws when an entry names no document. */
export function decodeEntries(data: string): { docId: string; eId: string }[] {
  const { docs, nodes } = JSON.parse(data) as { docs: string[]; nodes: [number, string][] };
  return nodes.map(([d, eId]) => {
    const docId = docs[d];
    if (docId === undefined) throw new Error(`entry ${eId} names no document`);
    return { docId, eId };
  });
}
