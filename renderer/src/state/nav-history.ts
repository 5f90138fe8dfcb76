// Back/forward history of reading positions (Alt+←/→, mouse buttons 4/5), like a browser's but in-app.
import { formatDeepLink, parseDeepLink as parseSharedDeepLink } from '../../../electron/shared/deep-link';

/** A place in the corpus. */
export interface Location {
  docId: string;
  eId: string | null;
}

/** Immutable history: a list of locations and the index of the current one. */
export interface NavHistory {
  entries: Location[];
  index: number;
}

/** An empty history. */
export const emptyHistory: NavHistory = { entries: [], index: -1 };

function same(a: Location | undefined, b: Location): boolean {
  return a !== undefined && a.docId === b.docId && a.eId === b.eId;
}

/** Visits a location: drops the forward branch, ignores a repeat of the current location, caps at 200. */
export function visit(history: NavHistory, to: Location): NavHistory {
  if (same(history.entries[history.index], to)) return history;
  const entries = [...history.entries.slice(0, history.index + 1), to].slice(-200);
  return { entries, index: entries.length - 1 };
}

/** Moves by `delta` (−1 back, +1 forward) when possible. */
export function step(history: NavHistory, delta: -1 | 1): NavHistory {
  const index = history.index + delta;
  if (index < 0 || index >= history.entries.length) return history;
  return { entries: history.entries, index };
}

/** The current location, if any. */
export function current(history: NavHistory): Location | null {
  return history.entries[history.index] ?? null;
}

/** Parses a deep link `lectern://<docId>/<eId>` (eId optional); null when it is not one. */
export const parseDeepLink: (text: string) => Location | null = parseSharedDeepLink;

/** Formats a deep link for a location. */
export const deepLink: (location: Location) => string = formatDeepLink;

/** Replaces the current entry (used to record where the reader had scrolled to before leaving it). */
export function replaceCurrent(history: NavHistory, at: Location): NavHistory {
  if (history.index < 0) return visit(history, at);
  const entries = history.entries.map((e, i) => (i === history.index ? at : e));
  return { entries, index: history.index };
}
