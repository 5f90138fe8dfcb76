// Vietnamese-aware text folding and tokenisation shared by the index, the query parser and snippets.
// Tone marks are optional when typing, so the index stores folded words: marks stripped and đ/Đ → d
// (FlexSearch's own charsets leave đ alone, and its sound-alike encoders would map d→t, b→p, which
// changes legal meaning). No stop words: "not", "no", "any", "all" carry meaning in a prohibition.

/** A word of a text with its position in the original (unfolded) string. */
export interface Token {
  /** Folded form: lower case, no tone marks, đ → d. */
  folded: string;
  /** Lower-cased NFC form with marks kept: compared when the query itself carries marks. */
  raw: string;
  start: number;
  end: number;
}

// A word is a letter or digit followed by letters, combining marks or digits. Anything else (spaces,
// punctuation, "/", "-", ".") separates words; compound references such as "99/2025/NĐ-CP" are split
// into words and matched as an adjacent sequence by the query layer.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const COMBINING = /\p{M}/gu;
// Printable ASCII has no marks and no đ: folding is only lower-casing (the common case for English text).
const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, strip tone marks and fold đ to d, so typed-without-marks matches marked text. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd');
}

/** Lower-case and compose, keeping tone marks. */
export function lowerNfc(text: string): string {
  return text.toLowerCase().normalize('NFC');
}

/** True when folding changes the word, i.e. the user typed marks or đ. */
export function hasMarks(word: string): boolean {
  return fold(word) !== lowerNfc(word);
}

/** Split text into words with their offsets in `text`; offsets index the string as given. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const plain = ASCII.test(word);
    const lower = word.toLowerCase();
    tokens.push({
      folded: plain ? lower : fold(word),
      raw: plain ? lower : lowerNfc(word),
      start: m.index,
      end: m.index + word.length,
    });
  }
  return tokens;
}

/**
 * The folded words of a text as one string, space-separated with a space at each end (" land for
 * security "), so word, phrase and prefix checks are plain substring searches: fast enough to verify
 * candidates at query time without keeping per-word objects for 100k provisions in memory.
 */
export function foldedLine(text: string): string {
  const words = fold(text).replace(NON_WORD, ' ').trim();
  return words === '' ? ' ' : ` ${words} `;
}

/** The folded words of a text, in order: the encoder handed to FlexSearch for index and query. */
export function encodeWords(text: string): string[] {
  const line = foldedLine(text).trim();
  return line === '' ? [] : line.split(' ');
}
