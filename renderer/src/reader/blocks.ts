// Groups a document's flat node list into render blocks: ordinary provisions one by one (an article's source note
// carried along, to be shown under its heading), and each appendix's groups and rows gathered into one table so
// merged cells can span rows.
import type { CorpusNode, TableCell } from '../../../electron/shared/types';

/** One unit the reader renders (and the virtual list measures). */
export type Block =
  | { type: 'node'; key: string; node: CorpusNode; lead: CorpusNode[] }
  | { type: 'table'; key: string; annexEId: string; header: TableCell[] | null; rows: CorpusNode[] };

/** Builds blocks in reading order; annex-group and annex-row nodes that follow each other form one table. */
export function toBlocks(nodes: readonly CorpusNode[]): Block[] {
  const blocks: Block[] = [];
  let table: Extract<Block, { type: 'table' }> | null = null;
  let lastAnnex: CorpusNode | null = null;
  for (const node of nodes) {
    if (node.kind === 'annex-group' || node.kind === 'annex-row') {
      if (!table) {
        table = {
          type: 'table',
          key: `table:${node.eId}`,
          annexEId: lastAnnex?.eId ?? node.eId,
          header: lastAnnex?.cells ?? null,
          rows: [],
        };
        blocks.push(table);
      }
      table.rows.push(node);
      continue;
    }
    table = null;
    const last = blocks.at(-1);
    // The Legal Code's source note follows its article; it is read right under the article's heading.
    if (node.kind === 'source-note' && last?.type === 'node' && last.node.eId === node.parentEId) {
      last.lead.push(node);
      continue;
    }
    if (node.kind === 'annex') lastAnnex = node;
    blocks.push({ type: 'node', key: node.eId, node, lead: [] });
  }
  return blocks;
}

/** A rendered table cell: `rowSpan` > 1 when the rows below carry it (`continued`), skipped when carried. */
interface LaidOutCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  column: number;
}

/**
 * Lays out table rows: a `continued` cell merges into the nearest cell above in the same column (within a group);
 * a row whose cells all repeat one text (a group heading in the source) becomes one cell spanning every column.
 */
export function layoutTable(rows: readonly CorpusNode[]): { node: CorpusNode; cells: LaidOutCell[] }[] {
  const columns = Math.max(1, ...rows.map((r) => r.cells?.length ?? 0));
  const out: { node: CorpusNode; cells: LaidOutCell[] }[] = [];
  const owner: (LaidOutCell | null)[] = new Array<LaidOutCell | null>(columns).fill(null);
  for (const node of rows) {
    const cells = node.cells ?? [];
    const texts = cells.map((c) => c.text.trim());
    const allSame = cells.length > 1 && texts.every((t) => t === texts[0]) && !cells.some((c) => c.continued);
    if (node.kind === 'annex-group' || cells.length === 0 || allSame) {
      const text = [node.num, node.heading ?? (texts[0] || node.text)].filter(Boolean).join(' ');
      const cell = { text: allSame ? (texts[0] ?? '') : text, rowSpan: 1, colSpan: columns, column: 0 };
      out.push({ node, cells: [cell] });
      owner.fill(null); // merges never cross a group heading
      continue;
    }
    const laid: LaidOutCell[] = [];
    cells.forEach((cell, column) => {
      const above = owner[column];
      if (cell.continued && above) {
        above.rowSpan += 1;
        return;
      }
      const own = { text: cell.text, rowSpan: 1, colSpan: 1, column };
      owner[column] = own;
      laid.push(own);
    });
    out.push({ node, cells: laid });
  }
  return out;
}
