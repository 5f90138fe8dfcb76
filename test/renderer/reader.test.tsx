import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CorpusNode, CrossRef, DefinedTerm } from '../../electron/core/corpus/model';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
let nodes: CorpusNode[];
let refs: CrossRef[];
let terms: DefinedTerm[];
let scrolled: HTMLElement[];
setupAppSuite(async (suite) => {
  ({ core, scrolled } = suite);
  nodes = await value(core.api.documents.nodes({ docId: DOC }));
  refs = await value(core.api.documents.refs({ docId: DOC }));
  terms = await value(core.api.documents.terms({ docId: DOC }));
});

function provision(eId: string): HTMLElement {
  const el = document.getElementById(`p-${eId}`);
  if (!el) throw new Error(`provision ${eId} not rendered`);
  return el;
}

describe('reading the decree', () => {
  it('renders every provision with numbering as in the source', async () => {
    await openDecree();
    for (const node of nodes) expect(document.getElementById(`p-${node.eId}`), node.eId).not.toBeNull();
    const art6 = nodes.find((n) => n.eId === 'art_6')!;
    expect(screen.getByRole('heading', { level: 3, name: `Article 6. ${art6.heading ?? ''}` })).toBeTruthy();
    const pointDd = nodes.find((n) => n.kind === 'point' && n.num === 'dd')!;
    expect(provision(pointDd.eId).querySelector('.provision-num')?.textContent.trim()).toBe('đ)');
    expect(provision(pointDd.eId).querySelector('[data-text-eid]')?.textContent).toBe(pointDd.text);
  });

  it('draws the appendix as a table whose carried-over cells merge with the cell above', async () => {
    await openDecree();
    const rows = nodes.filter((n) => n.kind === 'annex-row');
    const table = document.querySelector('table.annex-table')!;
    const tds = table.querySelectorAll('td:not(.row-actions)');
    const ownCells = rows.flatMap((r) => r.cells ?? []).filter((c) => !c.continued);
    expect(tds.length).toBe(ownCells.length);
    // Find a cell that the following rows carry, and count them straight from the corpus.
    const startIndex = rows.findIndex(
      (r, i) => rows[i + 1]?.cells?.[2]?.continued === true && !r.cells?.[2]?.continued,
    );
    let carried = 0;
    for (let i = startIndex + 1; rows[i]?.cells?.[2]?.continued; i++) carried++;
    const start = rows[startIndex]!;
    const cell = document.getElementById(`p-${start.eId}`)!.querySelectorAll('td')[2]!;
    expect(cell.textContent).toBe(start.cells![2]!.text);
    expect(cell.rowSpan).toBe(1 + carried);
    expect(carried).toBeGreaterThan(0);
  });

  it('follows an internal cross-reference, flashes the target, and goes back', async () => {
    await openDecree();
    const ref = refs.find((r) => r.kind === 'internal' && r.fromEId.startsWith('art_18'))!;
    fireEvent.click(within(screen.getByRole('tree')).getByText('Article 18'));
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(provision('art_18'));
    });
    const link = within(provision(ref.fromEId)).getByRole('link', { name: ref.label });
    expect(link.getAttribute('href')).toBe(`lectern://${DOC}/${ref.targetEId ?? ''}`);
    fireEvent.click(link);
    await waitFor(() => {
      expect(provision(ref.targetEId!).classList.contains('flash')).toBe(true);
    });
    expect(scrolled.at(-1)).toBe(provision(ref.targetEId!));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(provision('art_18'));
    });
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(provision(ref.targetEId!));
    });
  });

  it('shows an external reference as a card with the cited act and no way out', async () => {
    await openDecree();
    const ref = refs.find((r) => r.kind === 'external')!;
    const link = within(provision(ref.fromEId)).getByRole('button', { name: ref.label });
    expect(link.getAttribute('href')).toBe('#');
    fireEvent.click(link);
    const card = await screen.findByRole('dialog', { name: 'Reference to another act' });
    expect(within(card).getByText(ref.citedAct ?? ref.label)).toBeTruthy();
    expect(card.querySelector('a[href]')).toBeNull();
  });

  it('marks defined terms and shows their definition on focus, Enter jumps to it', async () => {
    await openDecree();
    const term = terms.find((t) => t.term === 'specialized security product')!;
    const marked = [...document.querySelectorAll<HTMLElement>('.term')].find(
      (el) => el.dataset.term === term.term && !el.closest(`#p-${term.definingEId}`),
    )!;
    expect(marked.textContent.toLowerCase()).toBe(term.term);
    act(() => {
      marked.focus();
    });
    const tip = await screen.findByRole('tooltip');
    expect(within(tip).getByText(term.definition)).toBeTruthy();
    fireEvent.keyDown(marked, { key: 'Enter' });
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(provision(term.definingEId));
    });
  });
});
