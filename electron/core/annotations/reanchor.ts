// Re-anchoring: when a document's text changes, find where each annotation's quote went.
// Order of attempts (architecture.md): position + quote → quote in the same node → quote elsewhere in the
// document, nearest the old place → bounded fuzzy match with a deadline → orphan (kept, listed, never deleted).
import type { CorpusNode } from '../corpus/model.js';
import { quoteAt } from './anchor-text.js';
import { fuzzyFind } from './fuzzy-match.js';
import type { AnchorReport, AnchorStatus, Annotation, AnnotationTarget, TextQuote } from './model.js';

/** How one annotation fared. */
export type ReanchorOutcome = 'unchanged' | 'moved' | 'fuzzy' | 'orphaned';

/** The new target for one annotation (orphans keep their old target). */
export interface ReanchorResult {
  id: string;
  outcome: ReanchorOutcome;
  anchor: AnchorStatus;
  target: AnnotationTarget;
}

/** Tuning for re-anchoring; defaults suit legal text. */
export interface ReanchorOptions {
  /** Content hash of the new text, written into re-anchored targets. */
  newDocHash: string;
  /** Per-annotation time limit for the fuzzy step, in milliseconds. */
  fuzzyTimeLimitMs?: number;
  /** Largest share of the quote that may differ in a fuzzy match. */
  maxErrorRatio?: number;
}

const OUTCOME_ANCHOR: Record<ReanchorOutcome, AnchorStatus> = {
  unchanged: 'anchored',
  moved: 'moved',
  fuzzy: 'fuzzy',
  orphaned: 'orphaned',
};

/** Node start offsets in the concatenated document text (one separator between nodes). */
function offsets(nodes: readonly CorpusNode[]): Map<string, number> {
  const map = new Map<string, number>();
  let at = 0;
  for (const n of [...nodes].sort((a, b) => a.order - b.order)) {
    map.set(n.eId, at);
    at += n.text.length + 1;
  }
  return map;
}

/** Shared characters of context: the end of the old prefix and the start of the old suffix. */
function contextScore(text: string, start: number, end: number, q: TextQuote): number {
  let score = 0;
  for (let i = 1; i <= q.prefix.length && text[start - i] === q.prefix[q.prefix.length - i]; i++) score++;
  for (let i = 0; i < q.suffix.length && text[end + i] === q.suffix[i]; i++) score++;
  return score;
}

interface Candidate {
  node: CorpusNode;
  start: number;
  end: number;
  score: number;
  distance: number;
}

function better(a: Candidate, b: Candidate | null): boolean {
  return !b || a.score > b.score || (a.score === b.score && a.distance < b.distance);
}

/** Best exact occurrence of the quote among `nodes`: most shared context, then nearest the old place. */
function findExact(
  nodes: readonly CorpusNode[],
  q: TextQuote,
  oldAt: number,
  at: Map<string, number>,
): Candidate | null {
  let best: Candidate | null = null;
  for (const node of nodes) {
    const base = at.get(node.eId) ?? 0;
    for (let i = node.text.indexOf(q.exact); i >= 0; i = node.text.indexOf(q.exact, i + 1)) {
      const c = { node, start: i, end: i + q.exact.length, score: 0, distance: Math.abs(base + i - oldAt) };
      c.score = contextScore(node.text, c.start, c.end, q);
      if (better(c, best)) best = c;
    }
  }
  return best;
}

function anchored(a: Annotation, outcome: ReanchorOutcome, c: Candidate, newDocHash: string): ReanchorResult {
  const target: AnnotationTarget = {
    docId: a.target.docId,
    docHash: newDocHash,
    eId: c.node.eId,
    position: { start: c.start, end: c.end },
    quote: quoteAt(c.node.text, c.start, c.end),
  };
  return { id: a.id, outcome, anchor: OUTCOME_ANCHOR[outcome], target };
}

function orphan(a: Annotation): ReanchorResult {
  return { id: a.id, outcome: 'orphaned', anchor: 'orphaned', target: a.target };
}

/**
 * Re-anchors `annotations` from the old text of a document to the new one. `oldNodes` may be null when the old
 * text is gone (the annotation's own eId then stands in for "the old place").
 */
export function reanchor(
  oldNodes: readonly CorpusNode[] | null,
  newNodes: readonly CorpusNode[],
  annotations: readonly Annotation[],
  options: ReanchorOptions,
): { results: ReanchorResult[]; report: AnchorReport } {
  const byEId = new Map(newNodes.map((n) => [n.eId, n]));
  const newAt = offsets(newNodes);
  const oldAt = oldNodes ? offsets(oldNodes) : newAt;
  const ordered = [...newNodes].sort((x, y) => x.order - y.order);
  const oldTexts = new Map((oldNodes ?? []).map((n) => [n.eId, n.text]));
  const results = annotations.map((a) =>
    reanchorOne(
      a,
      oldNodes ? (oldTexts.get(a.target.eId) ?? null) : null,
      byEId,
      ordered,
      newAt,
      oldAt,
      options,
    ),
  );
  const report: AnchorReport = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const r of results) report[r.outcome]++;
  return { results, report };
}

/** Points a whole-provision note at `eId`. */
function wholeAt(a: Annotation, outcome: ReanchorOutcome, eId: string, newDocHash: string): ReanchorResult {
  return {
    id: a.id,
    outcome,
    anchor: OUTCOME_ANCHOR[outcome],
    target: { ...a.target, eId, docHash: newDocHash },
  };
}

/**
 * A whole-provision note follows its provision's text when the old text is known: same eId and text → unchanged;
 * the same text under another eId (renumbering) → moved; the same eId with a lightly edited text → fuzzy.
 */
function reanchorWhole(
  a: Annotation,
  node: CorpusNode | null,
  oldText: string | null,
  ordered: readonly CorpusNode[],
  options: ReanchorOptions,
): ReanchorResult {
  if (oldText === null) {
    // Without the old text an orphan stays an orphan: its eId may now name a different provision.
    const keep = node && a.anchor !== 'orphaned';
    return keep ? wholeAt(a, 'unchanged', node.eId, options.newDocHash) : orphan(a);
  }
  if (node?.text === oldText) return wholeAt(a, 'unchanged', node.eId, options.newDocHash);
  const same = oldText === '' ? undefined : ordered.find((n) => n.text === oldText);
  if (same) return wholeAt(a, 'moved', same.eId, options.newDocHash);
  if (node && oldText !== '') {
    const maxErrors = Math.floor(oldText.length * (options.maxErrorRatio ?? 0.25));
    const deadline = performance.now() + (options.fuzzyTimeLimitMs ?? 50);
    const hit = fuzzyFind(oldText, node.text, maxErrors, deadline);
    if (hit && hit.end - hit.start >= node.text.length - maxErrors)
      return wholeAt(a, 'fuzzy', node.eId, options.newDocHash);
  }
  return orphan(a);
}

function reanchorOne(
  a: Annotation,
  oldText: string | null,
  byEId: Map<string, CorpusNode>,
  ordered: readonly CorpusNode[],
  newAt: Map<string, number>,
  oldAt: Map<string, number>,
  options: ReanchorOptions,
): ReanchorResult {
  const { eId, position, quote } = a.target;
  const node = byEId.get(eId);
  if (!position || !quote) return reanchorWhole(a, node ?? null, oldText, ordered, options);
  if (node && node.text.slice(position.start, position.end) === quote.exact) {
    return anchored(
      a,
      'unchanged',
      { node, start: position.start, end: position.end, score: 0, distance: 0 },
      options.newDocHash,
    );
  }
  const oldPlace = (oldAt.get(eId) ?? newAt.get(eId) ?? 0) + position.start;
  // The same node wins unless another node shares more of the old context (a short quote after renumbering).
  const inNode = node ? findExact([node], quote, oldPlace, newAt) : null;
  const elsewhere = findExact(ordered, quote, oldPlace, newAt);
  const best = inNode && (!elsewhere || inNode.score >= elsewhere.score) ? inNode : elsewhere;
  if (best) return anchored(a, 'moved', best, options.newDocHash);
  const fuzzy = fuzzySearch(quote, node ?? null, ordered, oldPlace, newAt, options);
  return fuzzy ? anchored(a, 'fuzzy', fuzzy, options.newDocHash) : orphan(a);
}

/** Fuzzy step: the old node first, then the others nearest the old place first, until the deadline. */
function fuzzySearch(
  quote: TextQuote,
  node: CorpusNode | null,
  ordered: readonly CorpusNode[],
  oldPlace: number,
  newAt: Map<string, number>,
  options: ReanchorOptions,
): Candidate | null {
  const maxErrors = Math.floor(quote.exact.length * (options.maxErrorRatio ?? 0.25));
  if (maxErrors < 1) return null;
  const deadline = performance.now() + (options.fuzzyTimeLimitMs ?? 50);
  const nearness = (n: CorpusNode): number => Math.abs((newAt.get(n.eId) ?? 0) - oldPlace);
  const queue = [
    ...(node ? [node] : []),
    ...ordered.filter((n) => n !== node).sort((x, y) => nearness(x) - nearness(y)),
  ];
  let best: Candidate | null = null;
  let bestErrors = Number.POSITIVE_INFINITY;
  for (const n of queue) {
    if (performance.now() > deadline) break;
    if (n.text.length < quote.exact.length - maxErrors) continue;
    const hit = fuzzyFind(quote.exact, n.text, maxErrors, deadline);
    if (hit && hit.distance < bestErrors) {
      bestErrors = hit.distance;
      best = { node: n, start: hit.start, end: hit.end, score: 0, distance: 0 };
      // A match in the annotation's own node wins over a marginally closer one elsewhere.
      if (hit.distance === 0 || n === node) break;
    }
  }
  return best;
}
