// Symbol-font characters in a PDF's text layer. Word stores a character of a symbol font (Symbol, Wingdings,
// Webdings …) as that font's code in the private-use range U+F020–U+F0FF, and so do PDFs made from Word files:
// U+F063 means nothing without its font. A DOCX names the font (`<w:sym w:font="Webdings" w:char="F063"/>`), and
// mammoth reads it as Unicode (⬜) with the dingbat-to-unicode table; a PDF is read through the same table when its
// font names a symbol face. When the font names none (LibreOffice put OpenSymbol in place of a Webdings it did not
// have), the face is unknown and the page shows the missing-glyph box: the character is read as ⬜ and the import
// warns, naming the line, so a reviewer checks it against the original.
// dingbat-to-unicode comes with mammoth (the DOCX reader), so both formats use one table.
import { codePoint } from 'dingbat-to-unicode';

/** The private-use range symbol fonts are addressed in (Word's `w:sym` codes, 0xF000 + the font's byte). */
const SYMBOL_CODE = /[\uF020-\uF0FF]/gu;
const HAS_SYMBOL_CODE = /[\uF020-\uF0FF]/u;

/** True when a text run holds a symbol code (so its font's name is worth looking up). */
export const hasSymbolCode = (text: string): boolean => HAS_SYMBOL_CODE.test(text);

/** What a symbol code is read as when its font is not known: the empty box the page shows for it. */
export const UNKNOWN_SYMBOL = '\u2B1C';

/** Faces of the table, as a PDF font name spells them ("ABCDEF+Wingdings-Regular" → "WINGDINGS"). */
const FACES = ['WINGDINGS 3', 'WINGDINGS 2', 'WINGDINGS', 'WEBDINGS', 'SYMBOL'] as const;

/** The symbol face a PDF font's name names, if any: the subset tag and style suffix are left out. */
export function symbolFace(fontName: string | null | undefined): string | null {
  if (fontName === null || fontName === undefined) return null;
  const name = fontName
    .replace(/^[A-Z]{6}\+/u, '')
    .replace(/[-,](?:Regular|Bold|Italic|Oblique|BoldItalic|BoldOblique|Roman)$/iu, '')
    .replace(/(?<=[a-z])(?=\d)|[-_]/gu, ' ')
    .toUpperCase()
    .trim();
  return FACES.find((face) => name === face || name === `${face}MT` || name === `${face} MT`) ?? null;
}

/**
 * A text run with its symbol codes read through `face` (from `symbolFace`); codes the face does not map, and all
 * codes when the face is unknown, are left as they are for `markUnknownSymbols`.
 */
export function mapSymbols(text: string, face: string | null): string {
  if (face === null || !hasSymbolCode(text)) return text;
  return text.replace(SYMBOL_CODE, (ch) => {
    const mapped = codePoint(face, (ch.codePointAt(0) ?? 0) - 0xf000);
    return mapped === undefined ? ch : mapped.string;
  });
}

/** A line that held symbol codes of an unknown face, for the import's warning. */
export interface UnknownSymbols {
  /** 1-based line of the extracted text. */
  line: number;
  /** The codes, as written ("U+F063"). */
  codes: string[];
  /** How many characters of the whole text were read this way. */
  count: number;
}

/**
 * Reads every symbol code left in `text` (its face unknown) as UNKNOWN_SYMBOL; returns the text and, when any
 * was found, the first line holding one with all the codes seen and their number.
 */
export function markUnknownSymbols(text: string): { text: string; unknown: UnknownSymbols | null } {
  const codes = new Set<string>();
  let count = 0;
  let firstAt = -1;
  const out = text.replace(SYMBOL_CODE, (ch, at: number) => {
    codes.add(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    count++;
    if (firstAt < 0) firstAt = at;
    return UNKNOWN_SYMBOL;
  });
  if (count === 0) return { text, unknown: null };
  const line = text.slice(0, firstAt).split('\n').length;
  return { text: out, unknown: { line, codes: [...codes].sort(), count } };
}
