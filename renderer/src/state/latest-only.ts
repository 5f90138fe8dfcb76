// Keeps only the newest answer of a repeated async call (the search box as you type), and the debounce delay.

/** How long the search box waits after a keystroke before it searches: one named constant. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Wraps an async function so only the most recent call's outcome is delivered: an overtaken call resolves to
 * `{stale: true}`, whether it succeeded or failed, so an old failure never replaces newer results.
 */
export function latestOnly<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<{ stale: false; value: R } | { stale: true }> {
  let seq = 0;
  return async (...args: A) => {
    const mine = ++seq;
    try {
      const value = await fn(...args);
      return mine === seq ? { stale: false, value } : { stale: true };
    } catch (error) {
      if (mine !== seq) return { stale: true };
      throw error;
    }
  };
}
