// The appendix as a real table: group headings span all columns and "Provided/performed by" cells merge down.
// Each row is a target like a clause: its cells are drawn as slices of the row's annotatable text (so selections,
// highlights, find and search marks map to the same offsets the core stores), and it has the note and
// copy-with-citation buttons of a provision in a last column.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellSpans } from '../../../electron/shared/annotatable-text';
import type { CorpusNode, DocumentMeta, TableCell } from '../../../electron/shared/types';
import { layoutTable } from './blocks';
import { useDecorations } from './decorations-context';
import { NodeText } from './node-text';
import { ProvisionActions } from './provision';
import { useReaderActions } from './reader-context';
import type { DecoratedRange } from './segments';

interface Props {
  rows: CorpusNode[];
  /** Column headings as printed in the source (the annex node's cells); translated defaults otherwise. */
  header: TableCell[] | null;
  labelledBy: string;
  doc: Pick<DocumentMeta, 'language' | 'kind'>;
}

const NONE: DecoratedRange[] = [];

/** The part of a row's ranges that falls in one cell, shifted to the cell's own text. */
function cellRanges(ranges: readonly DecoratedRange[], start: number, end: number): DecoratedRange[] {
  const out: DecoratedRange[] = [];
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    out.push({ ...r, start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start });
  }
  return out.length === 0 ? NONE : out;
}

/** Renders annex groups and rows; each row carries its eId as an anchor for links, search hits and the TOC. */
export const AnnexTable = memo(function AnnexTable({ rows, header, labelledBy, doc }: Props) {
  const { t } = useTranslation();
  const { ranges, counts } = useDecorations();
  const { placeOf } = useReaderActions();
  const laid = layoutTable(rows);
  const columns = Math.max(1, ...rows.map((r) => r.cells?.length ?? 0));
  const headers = header?.map((c) => c.text) ?? [
    t('reader.annexColumns.no'),
    t('reader.annexColumns.name'),
    t('reader.annexColumns.provider'),
  ];
  return (
    <table className="annex-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {Array.from({ length: columns }, (_, i) => (
            <th key={i} scope="col">
              {headers[i] ?? ''}
            </th>
          ))}
          <th scope="col" className="row-actions">
            <span className="visually-hidden">{t('reader.rowActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {laid.map(({ node, cells }) => {
          const group = cells.length === 1 && (cells[0]?.colSpan ?? 1) > 1;
          const target = node.kind === 'annex-row';
          const spans = target ? cellSpans(node) : [];
          const rowRanges = ranges.get(node.eId) ?? NONE;
          return (
            <tr
              key={node.eId}
              id={`p-${node.eId}`}
              data-eid={node.eId}
              className={group ? 'annex-group' : 'annex-row'}
              // Focusable for the reader's roving focus like a provision, named by its place in the act.
              tabIndex={target ? -1 : undefined}
              aria-label={target ? placeOf(node.eId) : undefined}
            >
              {cells.map((cell) => {
                const span = spans.find((s) => s.column === cell.column);
                // A cell is drawn as its slice of the row's text only when it shows exactly that text.
                const own = span !== undefined && node.cells?.[cell.column]?.text === cell.text;
                const content = own ? (
                  <NodeText
                    eId={node.eId}
                    text={cell.text}
                    start={span.start}
                    ranges={cellRanges(rowRanges, span.start, span.end)}
                  />
                ) : (
                  cell.text
                );
                return group ? (
                  <th key={cell.column} colSpan={cell.colSpan} scope="colgroup">
                    {content}
                  </th>
                ) : (
                  <td
                    key={cell.column}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    className={cell.column === 0 ? 'num' : undefined}
                  >
                    {content}
                  </td>
                );
              })}
              <td className="row-actions">
                {target && (
                  <ProvisionActions node={node} doc={doc} annotationCount={counts.get(node.eId) ?? 0} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
