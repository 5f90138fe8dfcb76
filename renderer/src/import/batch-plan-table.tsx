// The batch preview's table: one row per file with the document Lectern found in it (id, type, number, title),
// what to check (warnings, a duplicate of a document already present or earlier in the batch, why it cannot be
// read) and the reviewer's choice — or, while the batch imports, where that file stands.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKindLabel } from '../../../electron/shared/library-text';
import type { BatchChoice, BatchPlanItem } from '../../../electron/shared/types';
import type { RowStatus } from './use-batch-import';

interface Props {
  items: BatchPlanItem[];
  choices: ReadonlyMap<number, BatchChoice>;
  /** Set while importing: the status of each file instead of its menu. */
  rows: ReadonlyMap<number, RowStatus> | null;
  onChoice: (index: number, choice: BatchChoice) => void;
}

/** Why a file cannot be imported, in the reviewer's language when the core named the problem. */
function useProblemText(): (item: Pick<BatchPlanItem, 'problem' | 'message'>) => string {
  const { t } = useTranslation();
  return (item) => (item.problem ? t(`batch.problem.${item.problem}`) : (item.message ?? ''));
}

function Findings({ item }: { item: BatchPlanItem }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (item.status === 'failed') return <p className="error-text">{problemText(item)}</p>;
  const dup = item.duplicate;
  return (
    <>
      {dup && (
        <p className="attention-text">
          {t(`batch.duplicate.${dup.reason}${dup.inBatch ? 'InBatch' : ''}`, {
            title: dup.title,
            id: dup.docId,
          })}
        </p>
      )}
      {item.warnings.length === 0 ? (
        !dup && <span className="muted">{t('batch.noWarnings')}</span>
      ) : (
        <details>
          <summary>{t('batch.warnings', { count: item.warnings.length })}</summary>
          <ul>
            {item.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ChoiceMenu({
  item,
  choice,
  onChoice,
}: {
  item: BatchPlanItem;
  choice: BatchChoice;
  onChoice: Props['onChoice'];
}) {
  const { t } = useTranslation();
  if (item.status === 'failed') return <span className="muted">{t('batch.willReport')}</span>;
  const options: BatchChoice[] =
    item.status === 'duplicate' ? ['skip', 'replace', 'keep-both'] : ['import', 'skip'];
  return (
    <select
      className="input"
      aria-label={t('batch.choiceFor', { file: item.file })}
      value={choice}
      onChange={(e) => {
        onChoice(item.index, e.target.value as BatchChoice);
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {t(`batch.choice.${o}`)}
        </option>
      ))}
    </select>
  );
}

/**
 * One file's row; memoised, so a progress event (one file's status changes) re-renders one row, not a folder of
 * hundreds.
 */
const BatchRow = memo(function BatchRow({
  item,
  choice,
  row,
  onChoice,
}: {
  item: BatchPlanItem;
  choice: BatchChoice;
  row: RowStatus | undefined;
  onChoice: Props['onChoice'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const doc = item.document;
  return (
    <tr className={item.status === 'failed' ? 'failed' : undefined}>
      <th scope="row" className="batch-file">
        {item.file}
      </th>
      <td>
        {doc ? (
          <>
            <strong>{doc.title}</strong>
            <br />
            <span className="muted">
              {[documentKindLabel(doc.kind, lang), doc.number, doc.docId].filter(Boolean).join(' · ')}
            </span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <Findings item={item} />
      </td>
      <td>
        {row ? (
          <span className={`batch-status batch-status-${row}`}>{t(`batch.row.${row}`)}</span>
        ) : (
          <ChoiceMenu item={item} choice={choice} onChoice={onChoice} />
        )}
      </td>
    </tr>
  );
});

/** The table of the plan (and of progress while it runs). */
export function BatchPlanTable({ items, choices, rows, onChoice }: Props) {
  const { t } = useTranslation();
  return (
    <div className="batch-table-wrap">
      <table className="batch-table">
        <caption className="visually-hidden">{t('batch.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('batch.file')}</th>
            <th scope="col">{t('batch.document')}</th>
            <th scope="col">{t('batch.findings')}</th>
            <th scope="col">{rows ? t('batch.progressCol') : t('batch.action')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <BatchRow
              key={item.index}
              item={item}
              choice={choices.get(item.index) ?? 'skip'}
              row={rows?.get(item.index)}
              onChoice={onChoice}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
