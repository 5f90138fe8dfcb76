// Which documents the Pair dialog proposes as the other-language version of a document: those with the same act
// number (compared by batch import's duplicate rule, `numberKey`) or a similar title, listed first; the rest of
// the other language stays choosable. One proposal by number is chosen for the reviewer, never a guess.
import { fold, numberKey } from '../../../electron/shared/library-text';
import type { DocumentMeta } from '../../../electron/shared/types';

/** Why a document is proposed. */
export type ProposalReason = 'number' | 'title';

/** The candidates of the other language, split into proposals and the rest. */
export interface PairCandidates {
  /** Same number first, then similar titles, most similar first. */
  proposed: { doc: DocumentMeta; reason: ProposalReason }[];
  /** Every other document of the other language, in the library's order. */
  others: DocumentMeta[];
  /** The document to start from: the one proposal with the same number, when exactly one has it. */
  preselected: string | null;
}

/** Share of words two titles must have in common (of all their distinct words) to count as similar. */
const SIMILAR_TITLE = 0.6;

/** True when both numbers are known and the same act number. */
export function sameNumber(a: DocumentMeta, b: DocumentMeta): boolean {
  return a.number !== null && b.number !== null && numberKey(a.number) === numberKey(b.number);
}

/** The folded words of a title, without one-letter words. */
function titleWords(title: string): Set<string> {
  return new Set(
    fold(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/** Jaccard similarity of two titles' words, 0–1. */
function titleSimilarity(a: string, b: string): number {
  const [x, y] = [titleWords(a), titleWords(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** The other-language documents `doc` could be paired with, proposals first. */
export function pairCandidates(doc: DocumentMeta, documents: readonly DocumentMeta[]): PairCandidates {
  const candidates = documents.filter((d) => d.docId !== doc.docId && d.language !== doc.language);
  const byNumber = candidates.filter((d) => sameNumber(doc, d));
  const byTitle = candidates
    .filter((d) => !byNumber.includes(d))
    .map((d) => ({ d, score: titleSimilarity(doc.title, d.title) }))
    .filter(({ score }) => score >= SIMILAR_TITLE)
    .sort((a, b) => b.score - a.score)
    .map(({ d }) => d);
  const proposed = [
    ...byNumber.map((d) => ({ doc: d, reason: 'number' as const })),
    ...byTitle.map((d) => ({ doc: d, reason: 'title' as const })),
  ];
  return {
    proposed,
    others: candidates.filter((d) => !proposed.some((p) => p.doc === d)),
    preselected: byNumber.length === 1 ? (byNumber[0]?.docId ?? null) : null,
  };
}
