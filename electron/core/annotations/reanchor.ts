// Re-anchoring: when a document's text changes, find where each annotation's quote went — and say how sure.
// Order of attempts (architecture.md): position + quote → quote in the same node → quote elsewhere in the
// document → bounded fuzzy match in the same node → orphan (kept, listed, never deleted). A note only moves to
// another provision when its quote and context match one place unambiguously; any weaker candidate is a
// suggestion the reviewer confirms ('review'), and the note stays unanchored until then.
import type { CorpusNode } from '../corpus/model.js';
import { withAnnotatableText } from '../corpus/annotatable-text.js';
import { quoteAt } from './anchor-text.js';
import { fuzzyFind } from './fuzzy-match.js';
import type {
  AnchorReport,
  AnchorStatus,
  Annotation,
  AnnotationPart,
  AnnotationTarget,
  TextQuote,
} from './model.js';
import { passageProblem } from './passage.js';

/** How one annotation fared. */
type ReanchorOutcome = 'unchanged' | 'moved' | 'fuzzy' | 'review' | 'orphaned';

/** The new target for one annotation (orphans and notes to review keep their old target). */
export interface ReanchorResult {
  id: string;
  outcome: ReanchorOutcome;
  anchor: AnchorStatus;
  target: AnnotationTarget;
  /** How sure the new place is, 0–1 (1 for unchanged and exact, unambiguous moves). */
  score: number;
  /** For 'review': the likeliest new place, applied only when the reviewer confirms it. */
  suggestion: AnnotationTarget | null;
  /** A passage's following parts where `target` is now (the old ones when the note stays unanchored). */
  continues: AnnotationPart[];
}

/** The result for one part (a note's target, or one part of a passage), before parts are combined. */
type PartResult = Omit<ReanchorResult, 'continues'>;

/** Tuning for re-anchoring; defaults suit legal text. */
interface ReanchorOptions {
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
  review: 'orphaned',
  orphaned: 'orphaned',
};

/** Share of the stored context (prefix + suffix) that must match for a quote to move to another provision. */
const MOVE_CONTEXT_SHARE = 0.5;

/** Similarity (1 − errors / length) an approximate match needs to move to another provision with its context. */
const MIN_FUZZY_MOVE = 0.9;

/** A quote at least this long, found exactly once in the whole document, moves on its own. */
const SELF_EVIDENT_QUOTE = 60;

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

/** The exact occurrences of a quote: the best (most shared context, then nearest), how many, and whether tied. */
interface ExactHits {
  best: Candidate | null;
  count: number;
  /** Another occurrence shares as much context as the best: the text alone cannot tell them apart. */
  tied: boolean;
}

/** Every exact occurrence of the quote among `nodes`, summarised. */
function findExact(
  nodes: readonly CorpusNode[],
  q: TextQuote,
  oldAt: number,
  at: Map<string, number>,
): ExactHits {
  let best: Candidate | null = null;
  let count = 0;
  let tied = false;
  for (const node of nodes) {
    const base = at.get(node.eId) ?? 0;
    for (let i = node.text.indexOf(q.exact); i >= 0; i = node.text.indexOf(q.exact, i + 1)) {
      const c = { node, start: i, end: i + q.exact.length, score: 0, distance: Math.abs(base + i - oldAt) };
      c.score = contextScore(node.text, c.start, c.end, q);
      count++;
      if (best !== null && c.score === best.score) tied = true;
      else if (best === null || c.score > best.score) tied = false;
      if (better(c, best)) best = c;
    }
  }
  return { best, count, tied };
}

/** Share of the stored context that matches around a candidate (1 when the quote had no context). */
function contextShare(c: Candidate, q: TextQuote): number {
  const stored = q.prefix.length + q.suffix.length;
  return stored === 0 ? 1 : c.score / stored;
}

function targetAt(a: Annotation, c: Candidate, newDocHash: string): AnnotationTarget {
  return {
    docId: a.target.docId,
    docHash: newDocHash,
    eId: c.node.eId,
    position: { start: c.start, end: c.end },
    quote: quoteAt(c.node.text, c.start, c.end),
  };
}

function anchored(
  a: Annotation,
  outcome: 'unchanged' | 'moved' | 'fuzzy',
  c: Candidate,
  newDocHash: string,
  score = 1,
): PartResult {
  const target = targetAt(a, c, newDocHash);
  return { id: a.id, outcome, anchor: OUTCOME_ANCHOR[outcome], target, score, suggestion: null };
}

function orphan(a: Annotation): PartResult {
  return { id: a.id, outcome: 'orphaned', anchor: 'orphaned', target: a.target, score: 0, suggestion: null };
}

/** A candidate too weak to act on: the note stays unanchored, the place is offered to the reviewer. */
function review(a: Annotation, suggestion: AnnotationTarget, score: number): PartResult {
  return { id: a.id, outcome: 'review', anchor: 'orphaned', target: a.target, score, suggestion };
}

/**
 * The per-note matcher from the old text of a document to the new one, built once per document so a long pass
 * can match a slice of its notes at a time. `oldNodes` may be null when the old text is gone (the annotation's
 * own eId then stands in for "the old place").
 */
export function reanchorMatcher(
  oldNodesIn: readonly CorpusNode[] | null,
  newNodesIn: readonly CorpusNode[],
  options: ReanchorOptions,
): (a: Annotation) => ReanchorResult {
  // Quotes are matched against each node's annotatable text (an appendix row's cells), as they were taken.
  const oldNodes = oldNodesIn?.map(withAnnotatableText) ?? null;
  const newNodes = newNodesIn.map(withAnnotatableText);
  const byEId = new Map(newNodes.map((n) => [n.eId, n]));
  const newAt = offsets(newNodes);
  const oldAt = oldNodes ? offsets(oldNodes) : newAt;
  const ordered = [...newNodes].sort((x, y) => x.order - y.order);
  const oldTexts = new Map((oldNodes ?? []).map((n) => [n.eId, n.text]));
  const one = (a: Annotation): PartResult =>
    reanchorOne(
      a,
      oldNodes ? (oldTexts.get(a.target.eId) ?? null) : null,
      byEId,
      ordered,
      newAt,
      oldAt,
      options,
    );
  return (a) =>
    a.continues.length === 0 ? { ...one(a), continues: [] } : reanchorPassage(a, one, newNodesIn);
}

/** From strongest to weakest: a passage's outcome is that of its weakest part. */
const OUTCOME_RANK: Record<ReanchorOutcome, number> = {
  unchanged: 0,
  moved: 1,
  fuzzy: 2,
  review: 3,
  orphaned: 4,
};

/** One part of a passage as a note of its own, so the single-target matcher can place it. */
function partAsNote(a: Annotation, p: AnnotationPart): Annotation {
  return { ...a, target: { ...a.target, eId: p.eId, position: p.position, quote: p.quote }, continues: [] };
}

/**
 * A passage across provisions, part by part: its outcome is the weakest part's and its score the lowest. A part
 * to review or orphaned — or parts that no longer form one passage in reading order — leave the whole note
 * unanchored on its old parts with no suggestion: one part is never moved on a guess, nor the note moved partly.
 */
function reanchorPassage(
  a: Annotation,
  one: (a: Annotation) => PartResult,
  newNodes: readonly CorpusNode[],
): ReanchorResult {
  const first = one(a);
  const rest = a.continues.map((p) => one(partAsNote(a, p)));
  const all = [first, ...rest];
  const weakest = all.reduce((w, r) => (OUTCOME_RANK[r.outcome] > OUTCOME_RANK[w.outcome] ? r : w), first);
  const score = Math.min(...all.map((r) => r.score));
  const stays = (outcome: 'review' | 'orphaned'): ReanchorResult => ({
    id: a.id,
    outcome,
    anchor: 'orphaned',
    target: a.target,
    continues: a.continues,
    score,
    suggestion: null,
  });
  if (weakest.outcome === 'review' || weakest.outcome === 'orphaned') return stays(weakest.outcome);
  const continues: AnnotationPart[] = [];
  for (const r of rest) {
    const { eId, position, quote } = r.target;
    if (position === null || quote === null) return stays('review');
    continues.push({ eId, position, quote });
  }
  if (passageProblem(newNodes, first.target, continues) !== null) return stays('review');
  const outcome = weakest.outcome;
  return { ...first, outcome, anchor: OUTCOME_ANCHOR[outcome], score, continues, suggestion: null };
}

/** Re-anchors `annotations` from the old text of a document to the new one (see `reanchorMatcher`). */
export function reanchor(
  oldNodes: readonly CorpusNode[] | null,
  newNodes: readonly CorpusNode[],
  annotations: readonly Annotation[],
  options: ReanchorOptions,
): { results: ReanchorResult[]; report: AnchorReport } {
  const results = annotations.map(reanchorMatcher(oldNodes, newNodes, options));
  return { results, report: countOutcomes(results) };
}

/** Points a whole-provision note at `eId`. */
function wholeAt(
  a: Annotation,
  outcome: 'unchanged' | 'moved' | 'fuzzy',
  eId: string,
  newDocHash: string,
  score = 1,
): PartResult {
  const target = { ...a.target, eId, docHash: newDocHash };
  return { id: a.id, outcome, anchor: OUTCOME_ANCHOR[outcome], target, score, suggestion: null };
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
): PartResult {
  if (oldText === null) {
    // Without the old text an orphan stays an orphan: its eId may now name a different provision.
    const keep = node && a.anchor !== 'orphaned';
    return keep ? wholeAt(a, 'unchanged', node.eId, options.newDocHash) : orphan(a);
  }
  if (node?.text === oldText) return wholeAt(a, 'unchanged', node.eId, options.newDocHash);
  const same = oldText === '' ? [] : ordered.filter((n) => n.text === oldText);
  const [only] = same;
  if (only !== undefined) {
    // Several provisions with the very same text ("Repealed."): which one the note meant is for the reviewer.
    if (same.length === 1) return wholeAt(a, 'moved', only.eId, options.newDocHash);
    return review(a, { ...a.target, eId: only.eId, docHash: options.newDocHash }, 1 / same.length);
  }
  if (node && oldText !== '') {
    const maxErrors = Math.floor(oldText.length * (options.maxErrorRatio ?? 0.25));
    const deadline = performance.now() + (options.fuzzyTimeLimitMs ?? 50);
    const hit = fuzzyFind(oldText, node.text, maxErrors, deadline);
    if (hit && hit.end - hit.start >= node.text.length - maxErrors)
      return wholeAt(a, 'fuzzy', node.eId, options.newDocHash, 1 - hit.distance / oldText.length);
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
): PartResult {
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
  const inNode = node ? findExact([node], quote, oldPlace, newAt) : null;
  const all = findExact(ordered, quote, oldPlace, newAt);
  // The same provision: the quote moved within it, unless it occurs there several times alike.
  if (inNode?.best && (!all.best || inNode.best.score >= all.best.score)) {
    if (!inNode.tied) return anchored(a, 'moved', inNode.best, options.newDocHash);
    return review(a, targetAt(a, inNode.best, options.newDocHash), 1 / inNode.count);
  }
  if (all.best) {
    // Another provision: only on evidence — enough shared context at one place, or a long quote found once.
    const share = contextShare(all.best, quote);
    const sure =
      !all.tied &&
      (share >= MOVE_CONTEXT_SHARE || (all.count === 1 && quote.exact.length >= SELF_EVIDENT_QUOTE));
    if (sure) return anchored(a, 'moved', all.best, options.newDocHash);
    return review(a, targetAt(a, all.best, options.newDocHash), all.tied ? 1 / all.count : share);
  }
  const fuzzy = fuzzySearch(quote, node ?? null, ordered, oldPlace, newAt, options);
  if (!fuzzy) return orphan(a);
  const c = fuzzy.candidate;
  const similarity = 1 - fuzzy.errors / Math.max(1, quote.exact.length);
  // An approximate match in its own provision stays approximate; in another provision it also needs the old
  // context around it (a renumbered, lightly edited clause), else it is only a suggestion.
  if (c.node === node) return anchored(a, 'fuzzy', c, options.newDocHash, similarity);
  const share = contextShare({ ...c, score: contextScore(c.node.text, c.start, c.end, quote) }, quote);
  const score = similarity * Math.min(1, share / MOVE_CONTEXT_SHARE);
  if (similarity >= MIN_FUZZY_MOVE && share >= MOVE_CONTEXT_SHARE)
    return anchored(a, 'fuzzy', c, options.newDocHash, score);
  return review(a, targetAt(a, c, options.newDocHash), score);
}

/** Fuzzy step: the old node first, then the others nearest the old place first, until the deadline. */
function fuzzySearch(
  quote: TextQuote,
  node: CorpusNode | null,
  ordered: readonly CorpusNode[],
  oldPlace: number,
  newAt: Map<string, number>,
  options: ReanchorOptions,
): { candidate: Candidate; errors: number } | null {
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
  return best === null ? null : { candidate: best, errors: bestErrors };
}

/** The counts of a set of outcomes, for the report shown after an import. */
export function countOutcomes(results: readonly ReanchorResult[]): AnchorReport {
  const report: AnchorReport = { unchanged: 0, moved: 0, fuzzy: 0, review: 0, orphaned: 0 };
  for (const r of results) report[r.outcome]++;
  return report;
}

/** A suggestion the reviewer confirmed becomes a move to the suggested place; anything else stays as it was. */
export function confirmSuggestion(r: ReanchorResult, confirmed: ReadonlySet<string>): ReanchorResult {
  if (r.outcome !== 'review' || r.suggestion === null || !confirmed.has(r.id)) return r;
  return { ...r, outcome: 'moved', anchor: 'moved', target: r.suggestion, suggestion: null };
}
