// Measures a document's typography from its body text: the body font size and the line pitch (baseline to
// baseline inside a paragraph), robust to headers, superscripts and footnotes that have other sizes and spacing.
import type { PdfLine } from './types';

/** The value most of `values` lie near (within `tolerance` of it), weighted; undefined for no values. */
export function clusterMode(
  values: readonly { value: number; weight: number }[],
  tolerance: (v: number) => number,
): number | undefined {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  let best: { centre: number; weight: number } | undefined;
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const [i, v] of sorted.entries()) {
    const tol = tolerance(v.value);
    while (lo < i && (sorted[lo]?.value ?? 0) < v.value - tol) sum -= sorted[lo++]?.weight ?? 0;
    while (hi < sorted.length && (sorted[hi]?.value ?? 0) <= v.value + tol) sum += sorted[hi++]?.weight ?? 0;
    if (best === undefined || sum > best.weight) best = { centre: v.value, weight: sum };
  }
  if (best === undefined) return undefined;
  const centre = best.centre;
  const near = sorted.filter((v) => Math.abs(v.value - centre) <= tolerance(centre));
  const total = near.reduce((n, v) => n + v.weight, 0);
  return near.reduce((n, v) => n + v.value * v.weight, 0) / Math.max(total, Number.MIN_VALUE);
}

/** The font size most of the text is set in (by characters). */
export function bodySize(lines: readonly PdfLine[]): number {
  return (
    clusterMode(
      lines.map((l) => ({ value: l.height, weight: l.text.length })),
      () => 0.25,
    ) ?? 12
  );
}

/** True for a line in the body font: one column, the body size. */
export const isBody = (l: PdfLine, size: number): boolean =>
  l.segments.length === 1 && Math.abs(l.height - size) <= size * 0.06;

/** Baseline drop from `prev` to `next` on one page, less the room `next`'s superscripts took. */
export const dropBetween = (prev: PdfLine, next: PdfLine): number => prev.y - next.y - next.raise;

/**
 * The usual baseline-to-baseline distance between lines of body text (pages given separately, drops only
 * within a page): the most common drop between consecutive body lines. If a clearly smaller drop is also
 * common, the common one was paragraph spacing (many one-line paragraphs) and the smaller one is the pitch.
 */
export function linePitch(pages: readonly PdfLine[][], size: number): number {
  const drops: { value: number; weight: number }[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1];
      const next = lines[i];
      if (prev === undefined || next === undefined) continue;
      if (!isBody(prev, size) || !isBody(next, size)) continue;
      const d = dropBetween(prev, next);
      if (d >= size * 0.9 && d <= size * 3) drops.push({ value: d, weight: 1 });
    }
  }
  const tol = (v: number): number => Math.max(0.4, v * 0.03);
  const mode = clusterMode(drops, tol);
  if (mode === undefined) return size * 1.2;
  const count = (centre: number): number =>
    drops.filter((d) => Math.abs(d.value - centre) <= tol(centre)).length;
  const smaller = clusterMode(
    drops.filter((d) => d.value < mode * 0.8),
    tol,
  );
  return smaller !== undefined && count(smaller) >= count(mode) * 0.25 ? smaller : mode;
}
