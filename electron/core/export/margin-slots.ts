// Places sticky-note icons in the right margin so that notes on one line (or on nearby lines) never stack into a
// single spot: each note takes the first free slot beside its line, then further columns, then the rows below.
import type { Box } from './pdf-objects';

/** Where the icons go: the margin's left edge, how many columns fit, icon size and the gap between icons. */
interface SlotGeometry {
  x: number;
  columns: number;
  size: number;
  gap: number;
  pageHeight: number;
}

/** Hands out non-overlapping icon boxes page by page (top-left coordinates). */
export class MarginSlots {
  private page = 0;
  private taken: Box[] = [];

  constructor(private readonly geo: SlotGeometry) {}

  /** A free box for an icon whose line starts at `y` on `page`; overlaps only when the page is full of icons. */
  place(page: number, y: number): Box {
    if (page !== this.page) {
      this.page = page;
      this.taken = [];
    }
    const { size, gap, pageHeight } = this.geo;
    const step = size + gap;
    const tops: number[] = [];
    for (let t = y; t + size <= pageHeight - gap; t += step) tops.push(t);
    for (let t = y - step; t >= gap; t -= step) tops.push(t);
    for (const top of tops)
      for (let c = 0; c < this.geo.columns; c++) {
        const box = { x: this.geo.x + c * step, y: top, w: size, h: size };
        if (!this.taken.some((b) => overlaps(b, box))) return this.take(box);
      }
    return this.take({ x: this.geo.x, y, w: size, h: size });
  }

  private take(box: Box): Box {
    this.taken.push(box);
    return box;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
