// Makes arbitrary Unicode safe to draw with one embedded font: characters the font lacks become a visible
// replacement mark, and invisible joiners/selectors are dropped, so emoji or rare scripts never crash the
// subsetter or vanish silently. The original text is kept untouched in annotation dictionaries.
import type { FontCoverage } from './font-coverage';

const REPLACEMENT = '\uFFFD';
const FALLBACK = '?';
/** Zero-width format characters that only modify neighbours (ZWJ, ZWNJ, variation selectors, BOM). */
function invisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Replaces what `coverage` cannot draw; tabs become spaces and other control characters disappear. */
export function drawableText(text: string, coverage: FontCoverage): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 9) {
      out += ' ';
      changed = true;
    } else if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) {
      changed = true;
    } else if (coverage.has(cp)) {
      out += ch;
    } else {
      changed = true;
      if (!invisible(cp)) out += coverage.has(0xfffd) ? REPLACEMENT : FALLBACK;
    }
  }
  return changed ? out : text;
}
