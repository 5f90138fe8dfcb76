// Search debounce delay in ms (issue 15): one named constant so results stay instant-feeling.
export const SEARCH_DEBOUNCE_MS = 150;

// Wraps an async function so only the most recent call's result is delivered (issue 15: stale search responses).
export function latestOnly<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<{ stale: false; value: R } | { stale: true }> {
  let seq = 0;
  return async (...args: A) => {
    const mine = ++seq;
    const value = await fn(...args);
    return mine === seq ? { stale: false, value } : { stale: true };
  };
}
