// Decodes a plain-text file: UTF-8 or UTF-16 (LE/BE), with or without a byte-order mark. Anything else
// (binary junk, legacy code pages) is refused with a clear message rather than imported as mojibake.
import { TextDecoder } from 'node:util';
import { LecternError } from '../errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });

/** Swaps byte pairs so UTF-16BE can go through the little-endian decoder. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** Without a BOM, UTF-16 shows as NUL bytes in every other position (most legal text is ASCII-heavy). */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  if (half < 2) return null;
  if (oddNul / half > 0.3 && evenNul / half < 0.05) return 'le';
  if (evenNul / half > 0.3 && oddNul / half < 0.05) return 'be';
  return null;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line feed, carriage return and form feed mark a binary file. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd)
      controls++;
  }
  return text.length > 0 && controls / text.length > 0.001;
}

/** The text of a .txt file; throws INVALID_INPUT for bytes that are not UTF-8 or UTF-16 text. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string | null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeWith(utf8, bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith(utf16le, bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith(utf16le, swapPairs(bytes.subarray(2)));
  else {
    const utf16 = guessUtf16(bytes);
    if (utf16 === 'le') text = decodeWith(utf16le, bytes);
    else if (utf16 === 'be') text = decodeWith(utf16le, swapPairs(bytes));
    else text = decodeWith(utf8, bytes);
  }
  if (text === null || looksBinary(text)) {
    throw new LecternError(
      'INVALID_INPUT',
      `${fileName} is not a text file Lectern can read: it is neither UTF-8 nor UTF-16 text (binary data or another encoding). Save it as UTF-8 text and import it again.`,
    );
  }
  return text;
}
