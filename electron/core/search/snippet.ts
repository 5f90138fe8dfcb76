// Builds result excerpts on the original (accented) text: a window around the best match, HTML-escaped,
// with <mark> around matched words. FlexSearch's own highlighter does not escape, so it is not used:
// a provision or a query containing "<script>" must reach the renderer as inert text.
import { matchedRangesIn } from './match';
import type { ParsedQuery } from './types';

/** Characters of context an excerpt aims for. */
const SNIPPET_CHARS = 180;

/** A plain-text excerpt and the matched character ranges inside it. */
export interface Excerpt {
  text: string;
  ranges: [number, number][];
}

/** Cut an excerpt of `text` around the densest run of matched words; the whole text when it is short. */
export function makeExcerpt(query: ParsedQuery, text: string, maxChars = SNIPPET_CHARS): Excerpt {
  const ranges = matchedRangesIn(query, text);
  if (text.length <= maxChars) return { text, ranges };
  const first = bestWindowStart(ranges, maxChars);
  let start = Math.max(0, first - Math.floor(maxChars / 4));
  let end = Math.min(text.length, start + maxChars);
  start = Math.max(0, end - maxChars);
  // Never cut through a word.
  while (start > 0 && /\S/.test(text.charAt(start - 1))) start--;
  while (end < text.length && /\S/.test(text.charAt(end))) end++;
  const lead = start > 0 ? '… ' : '';
  const tail = end < text.length ? ' …' : '';
  const shift = lead.length - start - leadingSpace(text, start);
  return {
    text: lead + text.slice(start, end).trim() + tail,
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** The excerpt as HTML: every character escaped, matched words wrapped in <mark>. */
export function excerptToHtml(excerpt: Excerpt): string {
  let html = '';
  let pos = 0;
  for (const [s, e] of excerpt.ranges) {
    html +=
      escapeHtml(excerpt.text.slice(pos, s)) + '<mark>' + escapeHtml(excerpt.text.slice(s, e)) + '</mark>';
    pos = e;
  }
  return html + escapeHtml(excerpt.text.slice(pos));
}

const SPECIAL = /[&<>"']/;

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text; // most pieces of a snippet have nothing to escape
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function leadingSpace(text: string, start: number): number {
  let n = 0;
  while (/\s/.test(text.charAt(start + n))) n++;
  return n;
}

/** Start of the window of `width` characters holding the most matches. */
function bestWindowStart(ranges: readonly [number, number][], width: number): number {
  let best = ranges[0]?.[0] ?? 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < ranges.length; i++) {
    const start = ranges[i]?.[0] ?? 0;
    while (j < ranges.length && (ranges[j]?.[1] ?? 0) <= start + width) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = start;
    }
  }
  return best;
}
