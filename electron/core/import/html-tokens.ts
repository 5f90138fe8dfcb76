// A linear-time HTML tokenizer with the same tokens the importer's old regular expression produced (comments,
// CDATA, <!…>/<?…>, start and end tags with quoted attributes, text runs, and a lone "<" as text). The regular
// expression rescanned to the end of the input for every "<" that never closed (60k unclosed "<a" took 17 s); here
// the end of every tag is found through a table built once, right to left, over the input's ">", '"' and "'".

/** One token: the raw text, and for a tag its name and whether it closes ("/"). */
interface HtmlToken {
  token: string;
  closing: boolean;
  /** The tag name as written; undefined for text, comments and declarations. */
  name: string | undefined;
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** ">", '"' and "'": the characters that decide where a tag ends. */
const isSpecial = (c: number): boolean => c === 0x3e || c === 0x22 || c === 0x27;
const isNameChar = (c: number): boolean => (isWordChar(c) && c !== 0x5f) || c === 0x2d;

/**
 * For every ">", '"' or "'" of the input: where a tag whose attributes resume (outside quotes) at that character
 * ends — the index of its ">" — or -1 when it never ends. A quote skips to the next equal quote; one without a
 * partner ends nothing, as in the old expression `(?:[^>"']|"[^"]*"|'[^']*')*>`.
 */
class TagEnds {
  private readonly at: Int32Array;
  private readonly end: Int32Array;

  constructor(html: string) {
    let count = 0;
    for (let i = 0; i < html.length; i++) if (isSpecial(html.charCodeAt(i))) count++;
    this.at = new Int32Array(count);
    this.end = new Int32Array(count);
    for (let i = 0, k = 0; i < html.length; i++) if (isSpecial(html.charCodeAt(i))) this.at[k++] = i;
    let nextDouble = -1;
    let nextSingle = -1;
    for (let k = count - 1; k >= 0; k--) {
      const pos = this.at[k] ?? 0;
      const c = html.charCodeAt(pos);
      if (c === 0x3e) this.end[k] = pos;
      else {
        const partner = c === 0x22 ? nextDouble : nextSingle;
        this.end[k] = partner < 0 || partner + 1 >= count ? -1 : (this.end[partner + 1] ?? -1);
        if (c === 0x22) nextDouble = k;
        else nextSingle = k;
      }
    }
  }

  /** The ">" ending a tag whose attributes start at `from`, or -1. */
  endFrom(from: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.at[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.at.length ? (this.end[lo] ?? -1) : -1;
  }
}

/** The length of a tag name at `from`: letters, digits and "-", ending on a word boundary (as `\b` required). */
function nameLength(html: string, from: number): number {
  let n = 0;
  while (from + n < html.length && isNameChar(html.charCodeAt(from + n))) n++;
  for (; n > 0; n--) {
    const last = isWordChar(html.charCodeAt(from + n - 1));
    // charCodeAt past the end is NaN, which is no word character.
    if (last !== isWordChar(html.charCodeAt(from + n))) return n;
  }
  return 0;
}

/** The end of a comment or CDATA section: just after `marker`, or the end of the input when it never closes. */
function upTo(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

/** Tokenizes `html` in one pass; each token is yielded in order. */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  const ends = new TagEnds(html);
  const lastGt = html.lastIndexOf('>');
  let i = 0;
  while (i < html.length) {
    if (html.charCodeAt(i) !== 0x3c) {
      const next = html.indexOf('<', i);
      const stop = next < 0 ? html.length : next;
      yield { token: html.slice(i, stop), closing: false, name: undefined };
      i = stop;
      continue;
    }
    const stop = tokenEnd(html, i, ends, lastGt);
    if (stop.name === undefined) yield { token: html.slice(i, stop.end), closing: false, name: undefined };
    else yield { token: html.slice(i, stop.end), closing: stop.closing, name: stop.name };
    i = stop.end;
  }
}

/** Where the token opening with "<" at `i` ends, and its tag name when it is a tag. */
function tokenEnd(
  html: string,
  i: number,
  ends: TagEnds,
  lastGt: number,
): { end: number; name?: string; closing: boolean } {
  if (html.startsWith('<!--', i)) return { end: upTo(html, '-->', i + 4), closing: false };
  if (html.startsWith('<![CDATA[', i)) return { end: upTo(html, ']]>', i + 9), closing: false };
  const c = html.charCodeAt(i + 1);
  if ((c === 0x21 || c === 0x3f) && lastGt > i) return { end: html.indexOf('>', i + 2) + 1, closing: false };
  const closing = c === 0x2f;
  const nameAt = i + (closing ? 2 : 1);
  if (nameAt < html.length && isLetter(html.charCodeAt(nameAt))) {
    const len = nameLength(html, nameAt);
    const gt = len > 0 ? ends.endFrom(nameAt + len) : -1;
    if (gt >= 0) return { end: gt + 1, name: html.slice(nameAt, nameAt + len), closing };
  }
  return { end: i + 1, closing: false };
}
