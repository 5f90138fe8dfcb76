// Per-provision decoration ranges (cross-refs, defined terms, highlights, find matches, the opened search hit),
// rebuilt only for provisions whose decorations changed so unchanged provisions skip re-rendering.
import { annotatableText } from '../../../electron/shared/annotatable-text';
import type { Annotation, CorpusNode } from '../../../electron/shared/types';
import type { LoadedDocument } from '../state/use-document';
import { footnoteRefs } from './footnote-markers';
import { findMatches, findTermRanges, type DecoratedRange } from './segments';

/** A find-in-document match, addressed by provision and character range. */
interface FindMatch {
  eId: string;
  start: number;
  end: number;
}

/** Words of an opened search hit to mark inside one provision. */
export interface HitMark {
  eId: string;
  words: string[];
}

/** Every find match of `query` in reading order (an appendix row's cells included). */
export function findAll(nodes: readonly CorpusNode[], query: string): FindMatch[] {
  if (query.trim().length === 0) return [];
  return nodes.flatMap((n) => findMatches(annotatableText(n), query).map((m) => ({ eId: n.eId, ...m })));
}

/** Static ranges (refs, footnote markers and terms) per eId; computed once per document. */
export function staticRanges(doc: LoadedDocument): Map<string, DecoratedRange[]> {
  const out = new Map<string, DecoratedRange[]>();
  const markers = footnoteRefs(doc.nodes);
  for (const node of doc.nodes) {
    if (node.text.length === 0) continue;
    const own = doc.refsByEId.get(node.eId) ?? [];
    const notes = (markers.get(node.eId) ?? []).filter(
      (m) => !own.some((r) => r.start < m.end && m.start < r.end),
    );
    const refs: DecoratedRange[] = [...own, ...notes].map((ref) => ({
      start: ref.start,
      end: ref.end,
      deco: { type: 'ref', ref },
    }));
    const terms = findTermRanges(node.text, node.eId, doc.terms).filter(
      (t) => !refs.some((r) => r.start < t.end && t.start < r.end),
    );
    if (refs.length + terms.length > 0) out.set(node.eId, [...refs, ...terms]);
  }
  return out;
}

function signature(ranges: readonly DecoratedRange[]): string {
  return ranges
    .map((r) => {
      const d = r.deco;
      const id =
        d.type === 'highlight'
          ? `${d.annotation.id}:${d.annotation.color}:${d.annotation.updated}`
          : d.type === 'find'
            ? `${d.index}:${d.current}`
            : '';
      return `${d.type}${r.start}-${r.end}${id}`;
    })
    .join('|');
}

/** mergeRanges' arguments except `previous`, which the cache supplies. */
type MergeInputs = Parameters<typeof mergeRanges> extends [...infer Inputs, unknown] ? Inputs : never;

/** Merges static and dynamic ranges, reusing the previous array for a provision whose ranges did not change. */
export class RangeCache {
  private previous = new Map<string, DecoratedRange[]>();

  /** `docId` names the document this cache belongs to (a new document gets a new cache). */
  constructor(readonly docId: string) {}

  /** The merged ranges per eId; arrays are identical to the last call's where nothing changed. */
  merge(...inputs: MergeInputs): Map<string, DecoratedRange[]> {
    this.previous = mergeRanges(...inputs, this.previous);
    return this.previous;
  }
}

/** Merges static and dynamic ranges, reusing `previous` arrays for provisions whose ranges did not change. */
function mergeRanges(
  base: ReadonlyMap<string, DecoratedRange[]>,
  annotations: readonly Annotation[],
  find: readonly FindMatch[],
  currentFind: number,
  hit: HitMark | null,
  byEId: ReadonlyMap<string, CorpusNode>,
  previous: ReadonlyMap<string, DecoratedRange[]>,
): Map<string, DecoratedRange[]> {
  const extra = new Map<string, DecoratedRange[]>();
  const add = (eId: string, range: DecoratedRange) => {
    const list = extra.get(eId) ?? [];
    list.push(range);
    extra.set(eId, list);
  };
  for (const a of annotations) {
    const pos = a.target.position;
    if (!pos || a.anchor === 'orphaned') continue;
    add(a.target.eId, { start: pos.start, end: pos.end, deco: { type: 'highlight', annotation: a } });
    // A passage across provisions is drawn in each provision it covers, every part the same note.
    for (const part of a.continues) {
      const { start, end } = part.position;
      add(part.eId, { start, end, deco: { type: 'highlight', annotation: a } });
    }
  }
  find.forEach((m, index) => {
    add(m.eId, { start: m.start, end: m.end, deco: { type: 'find', index, current: index === currentFind } });
  });
  if (hit) {
    const node = byEId.get(hit.eId);
    const text = node ? annotatableText(node) : '';
    for (const word of hit.words) {
      for (const m of findMatches(text, word)) add(hit.eId, { ...m, deco: { type: 'hit' } });
    }
  }
  const out = new Map<string, DecoratedRange[]>();
  for (const eId of new Set([...base.keys(), ...extra.keys()])) {
    const merged = [...(base.get(eId) ?? []), ...(extra.get(eId) ?? [])];
    const before = previous.get(eId);
    out.set(eId, before && signature(before) === signature(merged) ? before : merged);
  }
  return out;
}
