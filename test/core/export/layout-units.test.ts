// Units under the exporter: line breaking keeps offsets, font coverage reads real TTFs, selection filters and numbers.
import { describe, expect, it } from 'vitest';
import { drawableText } from '../../../electron/core/export/drawable-text';
import { loadFonts } from '../../../electron/core/export/fonts';
import { breakLines } from '../../../electron/core/export/line-breaker';
import { planExport } from '../../../electron/core/export/selection';
import { syntheticAnnotations, syntheticMeta, syntheticNodes } from './synthetic';

const measure = (s: string): number => Array.from(s).length * 5;

describe('breakLines', () => {
  it('covers every word exactly once, in order, without exceeding the width', () => {
    const text =
      'Mỗi   từ  phải nằm trên đúng một dòng, kể cả khi dòng\nbị ngắt cứng và có từ quá-dài-để-vừa-một-dòng-duy-nhất.';
    const lines = breakLines(text, 60, measure);
    const strip = (t: string): string => t.replace(/\s+/g, '');
    expect(lines.map((l) => strip(text.slice(l.start, l.end))).join('')).toBe(strip(text));
    lines.forEach((l, i) => {
      expect(l.start).toBeGreaterThanOrEqual(i === 0 ? 0 : lines[i - 1]!.end);
      expect(measure(text.slice(l.start, l.end))).toBeLessThanOrEqual(60);
    });
    expect(text.slice(lines[0]!.start, lines[0]!.end)).toBe('Mỗi   từ');
    expect(lines.some((l) => text.slice(l.start, l.end).startsWith('bị ngắt'))).toBe(true);
    expect(lines.filter((l) => text.slice(l.start, l.end).includes('-')).length).toBeGreaterThan(2);
  });

  it('returns no lines for empty or blank text', () => {
    expect(breakLines('', 100, measure)).toEqual([]);
    expect(breakLines('   \n  ', 100, measure)).toEqual([]);
  });
});

describe('fonts', () => {
  const fonts = loadFonts();
  it('covers every Vietnamese letter in the body fonts', () => {
    const vi = 'ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸđĐơƠưƯăĂ';
    for (const role of ['serif', 'serifBold', 'serifItalic', 'sans'] as const) {
      for (const ch of vi + vi.toLowerCase())
        expect(fonts.coverage[role].has(ch.codePointAt(0)!), `${role} ${ch}`).toBe(true);
      expect(drawableText(vi, fonts.coverage[role])).toBe(vi);
    }
  });
  it('replaces what a font lacks, turns tabs into spaces and drops control characters', () => {
    expect(fonts.coverage.serif.has(0x4e2d)).toBe(false);
    expect(drawableText('a中b\tc\u0001', fonts.coverage.sans)).toBe('a\uFFFDb c');
    expect(drawableText('x\u{1D518}y', fonts.coverage.serif)).toBe('x\uFFFDy');
  });
});

describe('planExport', () => {
  const meta = syntheticMeta();
  const nodes = syntheticNodes(30);
  const anns = syntheticAnnotations(meta, nodes, 12);

  it('numbers notes in reading order and filters by tag and colour', () => {
    const plan = planExport(meta, nodes, anns, {}, 'all');
    const orders = plan.notes.map((n) => [n.node!.order, n.range!.start]);
    expect(orders).toEqual([...orders].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(plan.notes.map((n) => n.n)).toEqual(plan.notes.map((_, i) => i + 1));
    expect(
      planExport(meta, nodes, anns, { tags: ['review'] }, 'all').notes.every((n) =>
        n.ann.tags.includes('review'),
      ),
    ).toBe(true);
    expect(planExport(meta, nodes, anns, { colors: ['red'] }, 'all').notes.map((n) => n.ann.color)).toEqual(
      anns.filter((a) => a.color === 'red').map(() => 'red'),
    );
  });

  it('prints annotated provisions with their ancestors as context only', () => {
    const plan = planExport(meta, nodes, anns.slice(0, 1), {}, 'annotated');
    const target = anns[0]!.target.eId;
    expect(plan.printed.filter((p) => p.mode === 'full').map((p) => p.node.eId)).toEqual([target]);
    const parent = nodes.find((n) => n.eId === target)!.parentEId!;
    expect(plan.printed.filter((p) => p.mode === 'heading').map((p) => p.node.eId)).toEqual([
      nodes.find((n) => n.eId === parent)!.parentEId,
      parent,
    ]);
  });

  it('re-finds a quote whose stored position no longer matches the text', () => {
    const a = anns[0]!;
    const moved = { ...a, target: { ...a.target, position: { start: 0, end: 1 } } };
    const [note] = planExport(meta, nodes, [moved], {}, 'all').notes;
    const node = nodes.find((n) => n.eId === a.target.eId)!;
    expect(node.text.slice(note!.range!.start, note!.range!.end)).toBe(a.target.quote!.exact);
  });
});
