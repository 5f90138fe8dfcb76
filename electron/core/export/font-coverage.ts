// Which code points a TrueType font can draw, read from its `cmap` table.
// The exporter checks text against this before drawing, so a character the font lacks (an emoji, a rare script)
// is replaced visibly instead of printing as an invisible .notdef box or crashing the font subsetter.
import { LecternError } from '../errors';

/** Sorted, non-overlapping inclusive code point ranges a font maps to a real glyph. */
export class FontCoverage {
  private constructor(private readonly ranges: Uint32Array) {}

  /** Parses the `cmap` of a TTF/OTF file; prefers the full-Unicode (format 12) subtable over the BMP one. */
  static fromFont(data: Uint8Array, name: string): FontCoverage {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const cmap = findTable(view, 'cmap');
    if (cmap === null) throw new LecternError('CORRUPT', `Font ${name} has no cmap table`);
    const count = view.getUint16(cmap + 2);
    let format4: number | null = null;
    for (let i = 0; i < count; i++) {
      const rec = cmap + 4 + i * 8;
      const platform = view.getUint16(rec);
      const encoding = view.getUint16(rec + 2);
      const sub = cmap + view.getUint32(rec + 4);
      const format = view.getUint16(sub);
      if (format === 12 && (platform === 3 || platform === 0))
        return new FontCoverage(readFormat12(view, sub));
      if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
    }
    if (format4 === null) throw new LecternError('UNSUPPORTED', `Font ${name} has no Unicode cmap`);
    return new FontCoverage(readFormat4(view, format4));
  }

  /** True when the font has a glyph for this code point. */
  has(codePoint: number): boolean {
    let lo = 0;
    let hi = this.ranges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.ranges[mid * 2] ?? 0;
      const end = this.ranges[mid * 2 + 1] ?? 0;
      if (codePoint < start) hi = mid - 1;
      else if (codePoint > end) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function findTable(view: DataView, tag: string): number | null {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    if (name === tag) return view.getUint32(rec + 8);
  }
  return null;
}

function readFormat12(view: DataView, sub: number): Uint32Array {
  const groups = view.getUint32(sub + 12);
  const out: number[] = [];
  for (let i = 0; i < groups; i++) {
    const g = sub + 16 + i * 12;
    if (view.getUint32(g + 8) === 0) continue; // maps to .notdef
    pushRange(out, view.getUint32(g), view.getUint32(g + 4));
  }
  return Uint32Array.from(out);
}

function readFormat4(view: DataView, sub: number): Uint32Array {
  const segs = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  const out: number[] = [];
  for (let s = 0; s < segs; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const ro = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) pushRange(out, c, c);
    }
  }
  return Uint32Array.from(out);
}

/** Appends a range, merging it with the previous one when adjacent (input arrives in ascending order). */
function pushRange(out: number[], start: number, end: number): void {
  const n = out.length;
  if (n > 0 && out[n - 1] === start - 1) out[n - 1] = end;
  else out.push(start, end);
}
