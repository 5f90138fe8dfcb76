// Before a replacement is imported: where each of the document's notes would go (counts, then one row per
// note: its words, from → to, outcome, score), with an unchecked "Move to …" box on each note to review.
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../electron/shared/types';
import { excerpt } from './node-label';

type Replaces = NonNullable<ImportPreview['replaces']>;
type PlanItem = Replaces['plan'][number];

const OUTCOMES = ['unchanged', 'moved', 'fuzzy', 'review', 'orphaned'] as const;

interface Props {
  replaces: Replaces;
  /** The provision's label in the new text (its eId when the new text has no such provision). */
  placeOf: (eId: string) => string;
  confirmed: ReadonlySet<string>;
  onConfirm: (annotationId: string, checked: boolean) => void;
}

/** The words that identify a note in the table. */
function what(item: PlanItem, t: (key: string) => string): string {
  return excerpt(item.quote ?? item.note, 60) || t('notes.wholeProvision');
}

/** One note's row. */
function PlanRow({ item, placeOf, confirmed, onConfirm }: Omit<Props, 'replaces'> & { item: PlanItem }) {
  const { t } = useTranslation();
  const label = what(item, t);
  const to = item.toEId === null ? t('docImport.plan.staysUnanchored') : placeOf(item.toEId);
  const scored = item.outcome === 'fuzzy' || item.outcome === 'review';
  return (
    <tr className={item.outcome === 'review' || item.outcome === 'orphaned' ? 'attention' : undefined}>
      <td>
        <span className="note-quote">{label}</span>
        {item.quote !== null && item.note && <span className="muted"> — {excerpt(item.note, 40)}</span>}
      </td>
      <td>
        {placeOf(item.fromEId)} → {to}
      </td>
      <td>
        {t(`docImport.plan.outcome.${item.outcome}`)}
        {scored && ` (${t('docImport.plan.score', { score: String(Math.round(item.score * 100)) })})`}
        {item.outcome === 'review' && item.suggestedEId !== null && (
          <label className="plan-confirm">
            <input
              type="checkbox"
              checked={confirmed.has(item.annotationId)}
              aria-label={t('docImport.plan.moveFor', { place: placeOf(item.suggestedEId), note: label })}
              onChange={(e) => {
                onConfirm(item.annotationId, e.target.checked);
              }}
            />{' '}
            {t('docImport.plan.move', { place: placeOf(item.suggestedEId) })}
          </label>
        )}
      </td>
    </tr>
  );
}

/** The plan: counts and the per-note table; nothing when the replaced document has no notes. */
export function ReanchorPlanTable({ replaces, placeOf, confirmed, onConfirm }: Props) {
  const { t } = useTranslation();
  if (replaces.plan.length === 0) return null;
  return (
    <section className="reanchor-plan" aria-labelledby="reanchor-plan-title">
      <h3 id="reanchor-plan-title">{t('docImport.plan.title')}</h3>
      <p className="muted">
        {OUTCOMES.filter((k) => replaces.report[k] > 0)
          .map((k) => `${t(`docImport.plan.outcome.${k}`)}: ${String(replaces.report[k])}`)
          .join(' · ')}
      </p>
      <table className="reanchor-table">
        <caption className="visually-hidden">{t('docImport.plan.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('docImport.plan.note')}</th>
            <th scope="col">{t('docImport.plan.fromTo')}</th>
            <th scope="col">{t('docImport.plan.outcomeHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {replaces.plan.map((item) => (
            <PlanRow
              key={item.annotationId}
              item={item}
              placeOf={placeOf}
              confirmed={confirmed}
              onConfirm={onConfirm}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
