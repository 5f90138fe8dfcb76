// Side-by-side reading: pairs the provisions of two versions of one act (a Vietnamese original and its English
// translation) by eId. Both were parsed by the same rules, so "art_6__cl_1" names the same clause in both.
import type { CorpusNode } from '../corpus/model';
import type { AlignedRow, AlignmentSummary } from './model';

/**
 * Rows in the left document's reading order; a provision only the right document has is placed after the row of
 * the provision that precedes it on the right, so each side still reads in its own order.
 */
export function alignByEId(left: readonly CorpusNode[], right: readonly CorpusNode[]): AlignedRow[] {
  const l = [...left].sort((a, b) => a.order - b.order);
  const r = [...right].sort((a, b) => a.order - b.order);
  const rightById = new Map(r.map((n) => [n.eId, n]));
  const leftIds = new Set(l.map((n) => n.eId));
  // Right-only nodes, grouped under the nearest preceding eId that both sides share (or '' for the start).
  const after = new Map<string, CorpusNode[]>();
  let anchor = '';
  for (const n of r) {
    if (leftIds.has(n.eId)) anchor = n.eId;
    else after.set(anchor, [...(after.get(anchor) ?? []), n]);
  }
  const rightOnly = (key: string): AlignedRow[] =>
    (after.get(key) ?? []).map((n) => ({ eId: n.eId, left: null, right: n, status: 'right-only' }));
  const rows: AlignedRow[] = rightOnly('');
  for (const n of l) {
    const match = rightById.get(n.eId) ?? null;
    rows.push({ eId: n.eId, left: n, right: match, status: match === null ? 'left-only' : 'both' });
    if (match !== null) rows.push(...rightOnly(n.eId));
  }
  return rows;
}

/** Counts of an alignment, for the pairing summary ("84 of 86 provisions matched"). */
export function alignmentSummary(rows: readonly AlignedRow[]): AlignmentSummary {
  return {
    both: rows.filter((x) => x.status === 'both').length,
    leftOnly: rows.filter((x) => x.status === 'left-only').length,
    rightOnly: rows.filter((x) => x.status === 'right-only').length,
  };
}
