// Fidelity: the stored text is the source text. After whitespace normalisation, the source minus exactly the
// excluded page furniture equals the concatenation of every node's marker, heading, text and cells in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { ingestSource, SOURCES_DIR } from './sources';

/** Whitespace normalisation only: NBSP, tabs, line breaks and runs of spaces become one space. */
const normalise = (s: string): string => s.replace(/[\s\u00a0]+/gu, ' ').trim();

/** How the source prints a node's number (English texts): the test's own reading of the source conventions. */
function marker(n: CorpusNode): string | null {
  switch (n.kind) {
    case 'chapter':
      return `Chapter ${n.num ?? ''}`;
    case 'article':
      return `Article ${n.num ?? ''}.`;
    case 'clause':
    case 'section':
      return `${n.num ?? ''}.`;
    case 'point':
      return `${n.num ?? ''})`;
    default:
      return null;
  }
}

function render(nodes: readonly CorpusNode[]): string {
  const parts = nodes.flatMap((n) => [
    marker(n),
    n.kind === 'annex-group' ? null : n.heading, // a group row's title is its (merged) cells
    n.text,
    ...(n.cells ?? []).filter((c) => !c.continued).map((c) => c.text),
  ]);
  return normalise(parts.filter((p): p is string => p !== null).join(' '));
}

describe('fidelity', () => {
  it('keeps every word of the decree, with nothing excluded', () => {
    const decree = ingestSource('decree-63-2020');
    expect(decree.excluded).toEqual([]);
    expect(render(decree.nodes)).toBe(
      normalise(readFileSync(join(SOURCES_DIR, 'decree-63-2020.txt'), 'utf8')),
    );
    expect(decree.nodes.find((n) => n.eId === 'chp_4')?.heading).toContain('RESPONSIBIITY');
  });

  it('keeps every word of the commentary except the page timestamp and the web leftovers', () => {
    const doc = ingestSource('law-dsi-2024-commentary');
    const raw = readFileSync(join(SOURCES_DIR, 'law-dsi-2024-commentary.txt'), 'utf8');
    const lines = raw.split('\n');
    expect(doc.excluded).toHaveLength(2);
    expect(doc.excluded[0]).toEqual({
      reason: 'leading',
      lines: ['Thursday, October 30, 2025, 06:51 (GMT+7)'],
    });
    const trailing = doc.excluded[1]!;
    expect(trailing.reason).toBe('trailing');
    expect(trailing.lines[0]).toBe('Your Comment (0)');
    expect(trailing.lines.join('\n')).toContain('The armed forces’ role in August 1945 General Uprising');
    // The test cuts the source itself: first line off, everything from "Your Comment (0)" off.
    const cut = lines.indexOf('Your Comment (0)');
    expect(cut).toBeGreaterThan(0);
    expect(render(doc.nodes)).toBe(normalise(lines.slice(1, cut).join('\n')));
  });
});
