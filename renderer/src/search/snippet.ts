// Turns the core's HTML-escaped snippet (only <mark> tags) into text runs, so no HTML is ever injected.

/** A run of snippet text, marked when it matched the query. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function unescape(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/** Splits on <mark>…</mark>; any other markup stays literal text (it cannot occur in an escaped snippet). */
export function parseSnippet(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const m of html.matchAll(re)) {
    if (m.index > last) parts.push({ text: unescape(html.slice(last, m.index)), marked: false });
    parts.push({ text: unescape(m[1] ?? ''), marked: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: unescape(html.slice(last)), marked: false });
  return parts;
}

/** The distinct marked words of a snippet, used to highlight the hit inside the opened provision. */
export function markedWords(html: string): string[] {
  return [
    ...new Set(
      parseSnippet(html)
        .filter((p) => p.marked)
        .map((p) => p.text.trim())
        .filter(Boolean),
    ),
  ];
}
