// A vertical rule drawn across a line separates what lies either side of it: text never runs through a drawn
// border. A form's head shows why this matters: the title sits in a merged cell whose only border is its right
// side, beside the registry's box ("PHẦN GHI CỦA CƠ QUAN ĐĂNG KÝ"), with a gap narrower than a column gap between
// them. No closed cells surround the title, so the drawn-table reader cannot take it; without the rule the two
// columns read as one line ("PHIẾU YÊU CẦU … THÔNG TIN PHẦN GHI CỦA CƠ QUAN …"). The rule also says how far down
// the side-by-side block runs, however much space a column leaves before its next line.
import { joinItems } from './build-lines';
import type { PdfRule } from './rects';
import type { PdfLine, PdfSegment, PdfTextItem } from './types';

/** How far from an item's edge a rule may lie and still be beside it (a border's own width, rounding). */
const TOUCH = 0.75;

/** The x of each vertical rule that runs across the middle of `line`, left to right. */
export function wallsAcross(line: PdfLine, rules: readonly PdfRule[]): number[] {
  const middle = line.y + line.height * 0.35;
  return rules
    .filter((r) => !r.horizontal && r.from <= middle && r.to >= middle)
    .map((r) => r.at)
    .sort((a, b) => a - b);
}

const isSolid = (i: PdfTextItem): boolean => i.text.trim() !== '';

/** A segment made of `items` (left to right). */
function segmentOf(items: readonly PdfTextItem[], size: number): PdfSegment | null {
  const solid = items.filter(isSolid);
  if (solid.length === 0) return null;
  return {
    text: joinItems(items, size),
    left: Math.min(...solid.map((i) => i.x)),
    right: Math.max(...solid.map((i) => i.x + i.width)),
  };
}

/** `line` with each segment cut where one of `walls` lies between two of its items; the line itself when none. */
export function splitAtWalls(line: PdfLine, walls: readonly number[]): PdfLine {
  const inside = walls.filter((x) => x > line.left + TOUCH && x < line.right - TOUCH);
  if (inside.length === 0) return line;
  const segments: PdfSegment[] = [];
  let cut = false;
  for (const segment of line.segments) {
    const items = line.items.filter((i) => i.x >= segment.left - 0.5 && i.x < segment.right);
    const groups: PdfTextItem[][] = [[]];
    let end = Number.NEGATIVE_INFINITY;
    for (const item of items) {
      const group = groups.at(-1) ?? [];
      if (!isSolid(item)) {
        group.push(item);
        continue;
      }
      const wall = inside.some((x) => x >= end - TOUCH && x <= item.x + TOUCH);
      if (wall && group.some(isSolid)) groups.push([item]);
      else group.push(item);
      end = Math.max(end, item.x + item.width);
    }
    const parts = groups.flatMap((g) => segmentOf(g, line.height) ?? []);
    if (parts.length > 1) cut = true;
    segments.push(...(parts.length > 0 ? parts : [segment]));
  }
  return cut ? { ...line, segments } : line;
}
