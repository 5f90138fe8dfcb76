// Splits a provision's text into runs so cross-references, defined terms, highlights and find matches can overlap
// without ever changing the characters (copy and selection offsets stay those of CorpusNode.text).
import type { Annotation, CrossRef, DefinedTerm } from '../../../electron/shared/types';
import { findTermUses } from '../../../electron/shared/term-text';

/** What a run of text is decorated with. */
type Decoration =
  | { type: 'ref'; ref: CrossRef }
  | { type: 'term'; term: DefinedTerm }
  | { type: 'highlight'; annotation: Annotation }
  | { type: 'find'; index: number; current: boolean }
  | { type: 'hit' };

/** A decorated character range inside one node's text, end exclusive. */
export interface DecoratedRange {
  start: number;
  end: number;
  deco: Decoration;
}

/** A maximal run of text carrying the same decorations. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  decos: Decoration[];
}

/** Cuts `text` at every range boundary; each segment lists the ranges covering it, in input order. */
export function segmentText(text: string, ranges: readonly DecoratedRange[]): Segment[] {
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const decos = valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.deco);
    segments.push({ start, end, text: text.slice(start, end), decos });
  }
  return segments;
}

/**
 * Uses of defined terms in a node's text (`findTermUses` in the core: whole words, the last word also plural,
 * either spelling), longest term first so "dual-use security product" wins over a shorter overlapping term.
 * The defining node itself is skipped.
 */
export function findTermRanges(text: string, eId: string, terms: readonly DefinedTerm[]): DecoratedRange[] {
  return findTermUses(text, eId, terms).map(({ start, end, term }) => ({
    start,
    end,
    deco: { type: 'term', term },
  }));
}

/** Case-insensitive, accent-sensitive plain matches of a find query in a text. */
export function findMatches(text: string, query: string): { start: number; end: number }[] {
  const q = query.trim().toLocaleLowerCase();
  if (q.length === 0) return [];
  const hay = text.toLocaleLowerCase();
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const at = hay.indexOf(q, from);
    if (at < 0) break;
    out.push({ start: at, end: at + q.length });
    from = at + q.length;
  }
  return out;
}
