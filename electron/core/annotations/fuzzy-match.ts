// Approximate substring search, the last resort of re-anchoring before an annotation is declared an orphan:
// Myers' bit-parallel algorithm from approx-string-match (the matcher Hypothesis anchors with), ~30× faster than
// the plain edit-distance table it replaced, behind a deadline checked before each search.
import search from 'approx-string-match';

/** A fuzzy hit: `text[start, end)` is within `distance` edits of the pattern. */
interface FuzzyHit {
  start: number;
  end: number;
  distance: number;
}

/**
 * The closest approximate occurrence of `pattern` in `text` with at most `maxErrors` edits (the first of equally
 * close ones), or null when there is none or the deadline (a `performance.now()` value) has passed.
 */
export function fuzzyFind(
  pattern: string,
  text: string,
  maxErrors: number,
  deadline: number,
): FuzzyHit | null {
  if (pattern.length === 0 || text.length === 0 || performance.now() > deadline) return null;
  let best: FuzzyHit | null = null;
  for (const m of search(text, pattern, maxErrors)) {
    if (best === null || m.errors < best.distance || (m.errors === best.distance && m.start < best.start))
      best = { start: m.start, end: m.end, distance: m.errors };
  }
  return best;
}
