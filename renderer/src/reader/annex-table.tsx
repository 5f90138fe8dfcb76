// The appendix as a real table: group headings span all columns and "Provided/performed by" cells merge down.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, TableCell } from '../../../electron/shared/types';
import { layoutTable } from './blocks';

interface Props {
  rows: CorpusNode[];
  /** Column headings as printed in the source (the annex node's cells); translated defaults otherwise. */
  header: TableCell[] | null;
  labelledBy: string;
}

/** Renders annex groups and rows; each row carries its eId as an anchor for links, search hits and the TOC. */
export const AnnexTable = memo(function AnnexTable({ rows, header, labelledBy }: Props) {
  const { t } = useTranslation();
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
        </tr>
      </thead>
      <tbody>
        {laid.map(({ node, cells }) => {
          const group = cells.length === 1 && (cells[0]?.colSpan ?? 1) > 1;
          return (
            <tr
              key={node.eId}
              id={`p-${node.eId}`}
              data-eid={node.eId}
              className={group ? 'annex-group' : 'annex-row'}
            >
              {cells.map((cell) =>
                group ? (
                  <th key={cell.column} colSpan={cell.colSpan} scope="colgroup">
                    {cell.text}
                  </th>
                ) : (
                  <td
                    key={cell.column}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    className={cell.column === 0 ? 'num' : undefined}
                  >
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
