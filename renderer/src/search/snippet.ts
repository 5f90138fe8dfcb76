// Turns a hit's plain-text excerpt and its matched ranges (from the core) into text runs, so the renderer never
// parses or injects HTML and the marks are exactly the core's.

/** A run of snippet text, marked when it matched the query. */
interface SnippetPart {
  text: string;
  marked: boolean;
}

/** A hit's excerpt as the core sends it: plain text and [start, end) ranges of matched words. */
export interface Excerpt {
  text: string;
  ranges: readonly (readonly [number, number])[];
}

/** Splits the excerpt at its ranges (sorted, clipped to the text, overlaps merged); empty runs are dropped. */
export function excerptParts({ text, ranges }: Excerpt): SnippetPart[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    const last = parts.at(-1);
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    else if (last?.marked === true) {
      last.text += text.slice(start, e); // overlapping or touching ranges make one mark
      at = e;
      continue;
    }
    parts.push({ text: text.slice(start, e), marked: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** The distinct marked words of an excerpt, used to highlight the hit inside the opened provision. */
export function markedWords(excerpt: Excerpt): string[] {
  return [
    ...new Set(
      excerptParts(excerpt)
        .filter((p) => p.marked)
        .map((p) => p.text.trim())
        .filter(Boolean),
    ),
  ];
}
