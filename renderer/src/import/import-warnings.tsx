// The preview's findings in plain words: numbering gaps, repeated numbers, text outside any provision.
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../electron/shared/types';

/** A list of warnings, or a reassuring line when there are none. */
export function ImportWarnings({
  warnings,
  placeOf,
}: {
  warnings: ImportWarning[];
  placeOf: (eId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section className="import-warnings" aria-labelledby="import-warnings-title">
      <h3 id="import-warnings-title">{t('docImport.warnings')}</h3>
      {warnings.length === 0 ? (
        <p className="muted">{t('docImport.noWarnings')}</p>
      ) : (
        <ul>
          {warnings.map((w, i) => (
            <li key={`${w.code}-${w.eId ?? ''}-${String(i)}`} className="import-warning" data-code={w.code}>
              <strong>{t(`docImport.warning.${w.code}`)}</strong>
              {w.eId && <span className="muted"> ({t('docImport.at', { place: placeOf(w.eId) })})</span>}
              <span className="import-warning-text">{w.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
