// Approximate substring search (Sellers' edit-distance dynamic programme) with an error bound and a deadline,
// the last resort of re-anchoring before an annotation is declared an orphan.

/** A fuzzy hit: `text[start, end)` is within `distance` edits of the pattern. */
export interface FuzzyHit {
  start: number;
  end: number;
  distance: number;
}

/** Thrown internally when the deadline passes; callers get null back. */
class DeadlineExceeded extends Error {}

function checkDeadline(deadline: number): void {
  if (performance.now() > deadline) throw new DeadlineExceeded();
}

/** Best end position: the column with the fewest edits between the pattern and any substring ending there. */
function bestEnd(pattern: string, text: string, deadline: number): { end: number; distance: number } {
  const m = pattern.length;
  let col = new Int32Array(m + 1).map((_, i) => i);
  let next = new Int32Array(m + 1);
  let best = { end: 0, distance: m };
  for (let j = 1; j <= text.length; j++) {
    if ((j & 255) === 0) checkDeadline(deadline);
    const c = text.charCodeAt(j - 1);
    next[0] = 0; // a match may start anywhere in the text
    for (let i = 1; i <= m; i++) {
      const sub = (col[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      next[i] = Math.min(sub, (col[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
    }
    [col, next] = [next, col];
    const d = col[m] ?? m;
    if (d < best.distance) best = { end: j, distance: d };
  }
  return best;
}

/** Start of the best match ending at `end`: edit distance of the reversed pattern against the text read backwards. */
function bestStart(pattern: string, text: string, end: number, maxErrors: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - maxErrors);
  let col = new Int32Array(m + 1).map((_, i) => i);
  let next = new Int32Array(m + 1);
  let best = { start: end, distance: Number.MAX_SAFE_INTEGER };
  for (let j = 1; j <= end - from; j++) {
    const c = text.charCodeAt(end - j);
    next[0] = j; // anchored at `end`: skipping text characters costs edits
    for (let i = 1; i <= m; i++) {
      const sub = (col[i - 1] ?? 0) + (pattern.charCodeAt(m - i) === c ? 0 : 1);
      next[i] = Math.min(sub, (col[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
    }
    [col, next] = [next, col];
    const d = col[m] ?? m;
    if (d <= best.distance) best = { start: end - j, distance: d };
  }
  return best.start;
}

/**
 * The closest approximate occurrence of `pattern` in `text` with at most `maxErrors` edits, or null when there is
 * none or the deadline (a `performance.now()` value) passes first.
 */
export function fuzzyFind(
  pattern: string,
  text: string,
  maxErrors: number,
  deadline: number,
): FuzzyHit | null {
  if (pattern.length === 0 || text.length === 0) return null;
  try {
    const { end, distance } = bestEnd(pattern, text, deadline);
    if (distance > maxErrors) return null;
    return { start: bestStart(pattern, text, end, maxErrors), end, distance };
  } catch (error) {
    if (error instanceof DeadlineExceeded) return null;
    throw error;
  }
}
