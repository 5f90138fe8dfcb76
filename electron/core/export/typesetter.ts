// Fonts, sizes and cached measurement on one pdfkit document, so layout and drawing agree to the point.
/// <reference types="pdfkit" />
import { drawableText } from './drawable-text';
import type { FontRole, FontSet } from './fonts';
import type { Measure } from './line-breaker';
import type { Rgb } from './palette';

/** A run of text's look: which embedded font, its size and ink. */
export interface TextStyle {
  font: FontRole;
  size: number;
  color?: Rgb;
}

const CACHE_LIMIT = 20_000;

/** Measures and draws text with the embedded fonts; every string passes through `drawableText` first. */
export class Typesetter {
  private readonly caches = new Map<string, Map<string, number>>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
  ) {
    for (const [role, data] of Object.entries(fonts.data)) doc.registerFont(role, data);
  }

  /** The string as it will be drawn in `style.font` (unsupported characters replaced visibly). */
  drawable(text: string, style: TextStyle): string {
    return drawableText(text, this.fonts.coverage[style.font]);
  }

  /** A cached width function for one font and size; words repeat a lot in legal text. */
  measure(style: TextStyle): Measure {
    const key = `${style.font}@${style.size}`;
    let cache = this.caches.get(key);
    if (cache === undefined) {
      cache = new Map();
      this.caches.set(key, cache);
    }
    const map = cache;
    return (text: string): number => {
      const hit = map.get(text);
      if (hit !== undefined) return hit;
      this.use(style);
      const w = this.doc.widthOfString(this.drawable(text, style));
      if (map.size >= CACHE_LIMIT) map.clear();
      map.set(text, w);
      return w;
    };
  }

  /** Height of one line of `style` including the font's own line gap. */
  lineHeight(style: TextStyle): number {
    this.use(style);
    return this.doc.currentLineHeight(true);
  }

  /** Draws one line with its top-left corner at (x, y); never wraps (layout already broke the lines). */
  draw(text: string, x: number, y: number, style: TextStyle): void {
    const s = this.drawable(text, style);
    if (s.length === 0) return;
    this.use(style);
    const [r, g, b] = style.color ?? [0, 0, 0];
    this.doc.fillColor([r, g, b]).text(s, x, y, { lineBreak: false });
  }

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }
}
