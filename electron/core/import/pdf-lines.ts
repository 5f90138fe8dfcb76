// Rebuilds lines and paragraphs from positioned PDF text items: items on one baseline form a line, and a line
// that runs to the right margin was wrapped by the typesetter, so the next line continues its paragraph.
import { structureRules } from '../corpus/ingest/structure-rules';

/** One text run as the PDF placed it (PDF user space: y grows upwards). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One visual line of a page. */
interface PdfLine {
  text: string;
  left: number;
  right: number;
  height: number;
  /** Baseline height on the page, and the distance down from the previous line (null for a page's first). */
  y: number;
  drop: number | null;
}

const RULES = [structureRules('en'), structureRules('vi')];

/** True when a line opens a structural unit, so it never continues the paragraph above it. */
function opensUnit(line: string): boolean {
  return RULES.some((r) =>
    [r.chapter, r.section, r.article, r.clause, r.point, r.appendix, r.signatureOpener].some((p) =>
      p.test(line),
    ),
  );
}

/** Groups one page's items into lines, top to bottom, items left to right. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfTextItem[]; y: number; height: number }[] = [];
  for (const item of sorted) {
    const last = lines.at(-1);
    if (
      last !== undefined &&
      Math.abs(last.y - item.y) <= Math.max(1, Math.min(last.height, item.height) * 0.4)
    ) {
      last.items.push(item);
      last.height = Math.max(last.height, item.height);
    } else lines.push({ items: [item], y: item.y, height: item.height });
  }
  return lines
    .map((l) => {
      const row = [...l.items].sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const item of row) {
        const gap = item.x - end;
        if (text !== '' && gap > l.height * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.text))
          text += ' ';
        text += item.text;
        end = Math.max(end, item.x + item.width);
      }
      return {
        text: text.replace(/\s+/gu, ' ').trim(),
        left: row[0]?.x ?? 0,
        right: end,
        height: l.height,
        y: l.y,
      };
    })
    .map((l, i, all) => ({ ...l, drop: i === 0 ? null : (all[i - 1]?.y ?? l.y) - l.y }));
}

/** A bare page number ("7", "Page 7 of 12", "7/12") at the foot or head of a page is page furniture. */
const isPageNumber = (line: string): boolean =>
  /^(?:(?:Page|Trang)\s+)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu.test(line);

/** Average advance of one character on a line, to estimate how wide a word is. */
const charWidth = (l: PdfLine): number => (l.right - l.left) / Math.max(1, l.text.length);

/**
 * Whether `next` continues the paragraph of `prev`: the typesetter moved next's first word down because it did
 * not fit after prev, so prev's end plus a space plus that word reaches past the right margin.
 */
function continues(prev: PdfLine, next: PdfLine, margin: number, pitch: number): boolean {
  if (opensUnit(next.text)) return false;
  // Extra space above the line (paragraph spacing) ends a paragraph.
  if (next.drop !== null && next.drop > pitch * 1.1) return false;
  // A sentence end followed by a capital reads as a new paragraph; a wrapped sentence rarely ends just so.
  if (/[.;:!?]$/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) return false;
  const firstWord = next.text.split(' ')[0] ?? '';
  const width = charWidth(next);
  return prev.right + width * (firstWord.length + 1) >= margin - width;
}

/** The usual distance between consecutive lines (the smallest common one), so paragraph spacing stands out. */
function linePitch(lines: readonly PdfLine[]): number {
  const drops = lines.flatMap((l) => (l.drop !== null && l.drop > 0 ? [Math.round(l.drop * 10) / 10] : []));
  const counts = new Map<number, number>();
  for (const d of drops) counts.set(d, (counts.get(d) ?? 0) + 1);
  const common = [...counts.entries()].filter(([, n]) => n >= 2).map(([d]) => d);
  return Math.min(...(common.length > 0 ? common : drops), Number.POSITIVE_INFINITY);
}

/** Joins the lines of all pages into source text: wrapped lines are joined, paragraphs end lines. */
export function joinPages(pages: readonly PdfLine[][]): string {
  const all = pages.flatMap((lines) => {
    const kept = lines.filter((l) => l.text !== '');
    while (kept.length > 0 && isPageNumber(kept.at(-1)?.text ?? '')) kept.pop();
    while (kept.length > 0 && isPageNumber(kept[0]?.text ?? '')) kept.shift();
    return kept;
  });
  const margin = Math.max(0, ...all.map((l) => l.right));
  const pitch = linePitch(all);
  const out: string[] = [];
  let prev: PdfLine | null = null;
  for (const line of all) {
    if (prev !== null && out.length > 0 && continues(prev, line, margin, pitch)) {
      const text = out.pop() ?? '';
      out.push(text.endsWith('-') && !text.endsWith(' -') ? `${text}${line.text}` : `${text} ${line.text}`);
    } else out.push(line.text);
    prev = line;
  }
  return out.join('\n');
}
