// Building and checking a text range inside one node: quote with 32 characters of context, clipped to the node.
import { LecternError } from '../errors.js';
import type { TextPosition, TextQuote } from './model.js';

/** Characters of context kept either side of a quote (the W3C TextQuoteSelector prefix/suffix). */
const QUOTE_CONTEXT = 32;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** The quote for `text[start, end)`, with context clipped to the node and never splitting a surrogate pair. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * Resolves a create request to a checked range: the position must lie inside the node and the quote (when given)
 * must equal the text there; with only a quote, its first occurrence is used.
 */
export function resolveRange(
  text: string,
  eId: string,
  position: TextPosition | null | undefined,
  quote: string | null | undefined,
): { position: TextPosition; quote: TextQuote } | null {
  if (position) {
    if (position.end > text.length) {
      throw new LecternError(
        'INVALID_INPUT',
        `The range ${position.start}–${position.end} lies outside ${eId}, whose text has ${text.length} characters.`,
      );
    }
    const exact = text.slice(position.start, position.end);
    if (quote != null && quote !== exact) {
      throw new LecternError(
        'INVALID_INPUT',
        `The quote does not match the text of ${eId} at ${position.start}–${position.end} ("${clip(exact)}").`,
      );
    }
    return { position, quote: quoteAt(text, position.start, position.end) };
  }
  if (quote != null) {
    const start = text.indexOf(quote);
    if (start < 0)
      throw new LecternError('INVALID_INPUT', `The quote "${clip(quote)}" does not occur in ${eId}.`);
    const end = start + quote.length;
    return { position: { start, end }, quote: quoteAt(text, start, end) };
  }
  return null;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** UTF-16 offset → Unicode code point offset (W3C TextPositionSelector counts code points). */
export function toCodePointOffset(text: string, utf16: number): number {
  let cp = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const pairTail = i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
    if (!pairTail) cp++;
  }
  return cp;
}

/** Unicode code point offset → UTF-16 offset (inverse of toCodePointOffset). */
export function fromCodePointOffset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}
