// Rebuilds source text from positioned PDF text items: items on one baseline form a line (pdf/build-lines),
// page furniture is dropped (pdf/furniture), side-by-side blocks become table rows (pdf/columns), and wrapped
// lines are rejoined into paragraphs measured against the body text's own pitch and margins (pdf/paragraphs).
import { columnBlocks, type PlacedLine } from './pdf/columns';
import { dropFurniture } from './pdf/furniture';
import { bodySize, clusterMode, dropBetween, isBody, linePitch } from './pdf/metrics';
import { continues, joinWrapped, type Layout } from './pdf/paragraphs';
import type { PdfLine } from './pdf/types';
import { opensMajorUnit, opensMinorUnit } from './pdf/units';

export { pageLines } from './pdf/build-lines';
export type { PdfLine, PdfTextItem } from './pdf/types';

/** One page's text area, from its body lines: the left edge wrapped lines start at, and the right margin. */
function pageArea(lines: readonly PdfLine[], size: number): { left: number; right: number } | null {
  const body = lines.filter((l) => isBody(l, size));
  if (body.length < 3) return null;
  const lefts = body.map((l) => Math.round(l.left));
  const repeated = lefts.filter((x, i) => lefts.indexOf(x) !== i);
  return {
    left: Math.min(...(repeated.length > 0 ? repeated : lefts)),
    right: Math.max(...body.map((l) => l.right)),
  };
}

/** Joins the lines of all pages into source text: one paragraph per line, side-by-side blocks as table rows. */
export function joinPages(pages: readonly PdfLine[][]): string {
  const kept = dropFurniture(pages.map((lines) => lines.filter((l) => l.text !== '')));
  const size = bodySize(kept.flat());
  const pitch = linePitch(kept, size);
  const areas = kept.map((lines) => pageArea(lines, size));
  const found = areas.filter((a) => a !== null);
  const fallback = {
    left:
      clusterMode(
        found.map((a) => ({ value: a.left, weight: 1 })),
        () => 2,
      ) ?? 0,
    right:
      clusterMode(
        found.map((a) => ({ value: a.right, weight: 1 })),
        () => 4,
      ) ?? 0,
  };
  const placed: (PlacedLine & { area: { left: number; right: number } })[] = kept.flatMap((lines, p) => {
    const area = areas[p] ?? fallback;
    return lines.map((line, i) => {
      const above = lines[i - 1];
      return {
        line,
        drop: above === undefined ? null : dropBetween(above, line),
        centre: (area.left + area.right) / 2,
        area,
      };
    });
  });
  const opening = placed.filter(
    (l) => l.drop !== null && (opensMajorUnit(l.line.text) || opensMinorUnit(l.line.text)),
  );
  const marked =
    opening.filter((l) => (l.drop ?? 0) > pitch * 1.25 || l.line.left > l.area.left + size * 0.5).length >=
    opening.length * 0.5;
  const layoutOf = (l: (typeof placed)[number]): Layout => ({ pitch, size, marked, ...l.area });
  const out: string[] = [];
  let prev: (typeof placed)[number] | null = null;
  const index = new Map(placed.map((l) => [l.line, l]));
  for (const piece of columnBlocks(placed, pitch)) {
    if (piece.kind === 'row') {
      out.push('', ...piece.cells.map((c) => `\t${c}`), '');
      prev = null;
      continue;
    }
    const at = index.get(piece.at.line);
    if (at === undefined) continue;
    if (prev !== null && continues(prev, at, layoutOf(at))) {
      out.push(joinWrapped(out.pop() ?? '', at.line.text));
    } else out.push(at.line.text);
    prev = at;
  }
  return out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+|\n+$/gu, '');
}
