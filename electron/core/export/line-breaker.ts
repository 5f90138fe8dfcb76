// Greedy line breaking that keeps character offsets, so highlights can be mapped to exact lines and x positions.
// pdfkit's own wrapper does not report which characters landed on which line; QuadPoints need exactly that.

/** One laid-out line: `[start, end)` offsets into the source text, trailing spaces excluded. */
interface LineSpan {
  start: number;
  end: number;
  width: number;
}

/** Width of a string in the current font and size, in points. */
export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `width` (the first line may have its own width, for hanging labels).
 * Newlines force a break; a word longer than a whole line is split between characters rather than overflowing.
 */
export function breakLines(text: string, width: number, measure: Measure, firstWidth = width): LineSpan[] {
  const lines: LineSpan[] = [];
  let paraStart = 0;
  for (const para of text.split('\n')) {
    const words = [...para.matchAll(/\S+/g)];
    let line: LineSpan | null = null;
    const limit = (): number => (lines.length === 0 ? firstWidth : width);
    for (const m of words) {
      const wStart = paraStart + m.index;
      const word = m[0];
      const w = measure(word);
      // The gap is measured as written (runs of spaces are drawn as they are), so widths match the drawn line.
      const gap = line === null ? 0 : measure(text.slice(line.end, wStart));
      if (line !== null && line.width + gap + w <= limit()) {
        line.end = wStart + word.length;
        line.width += gap + w;
        continue;
      }
      if (line !== null) lines.push(line);
      if (w <= limit()) {
        line = { start: wStart, end: wStart + word.length, width: w };
        continue;
      }
      // An unbreakable run wider than the column: split it at code point boundaries.
      let start = wStart;
      let acc = 0;
      let offset = wStart;
      for (const ch of word) {
        const cw = measure(ch);
        if (acc + cw > limit() && offset > start) {
          lines.push({ start, end: offset, width: acc });
          start = offset;
          acc = 0;
        }
        acc += cw;
        offset += ch.length;
      }
      line = { start, end: offset, width: acc };
    }
    if (line !== null) lines.push(line);
    paraStart += para.length + 1;
  }
  return lines;
}
