// Two language versions of one act read side by side: provisions aligned by eId, one row each, with a side
// marked where that version lacks the provision.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, DocumentMeta } from '../../../electron/shared/types';
import { useQuery } from '../api/use-query';
import { outlineLabel } from '../import/node-label';

interface Props {
  docId: string;
  otherDocId: string;
  onClose: () => void;
}

function Cell({ node, doc }: { node: CorpusNode | null; doc: DocumentMeta }) {
  const { t, i18n } = useTranslation();
  if (node === null) {
    return (
      <td className="sbs-cell sbs-missing">
        <span>{t('sideBySide.missing')}</span>
      </td>
    );
  }
  const cells = node.cells?.map((c) => c.text).join(' · ');
  return (
    <td className="sbs-cell" lang={doc.language}>
      <span className="sbs-label">{outlineLabel(node, doc.language, i18n.language, false)}</span>
      {(cells ?? node.text) && <span className="sbs-text">{cells ?? node.text}</span>}
    </td>
  );
}

/** The side-by-side reading view, shown in place of the reader. */
export function SideBySideView({ docId, otherDocId, onClose }: Props) {
  const { t } = useTranslation();
  // Cached by the store; a re-import of either text invalidates it.
  const state = useQuery('documents:sideBySide', { docId, otherDocId });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const view = state.status === 'ready' ? state.value : null;
  return (
    <section className="sbs" aria-labelledby="sbs-title">
      <header className="sbs-header">
        <h1 id="sbs-title" ref={headingRef} tabIndex={-1}>
          {t('sideBySide.title')}
        </h1>
        <button type="button" className="btn" onClick={onClose}>
          {t('sideBySide.close')}
        </button>
      </header>
      {state.status === 'loading' && <p className="muted pad">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="error-text pad" role="alert">
          {t('sideBySide.failed', { message: state.message })}
        </p>
      )}
      {view && (
        <>
          <p className="sbs-summary muted">
            {t('sideBySide.summary', {
              both: String(view.summary.both),
              leftOnly: String(view.summary.leftOnly),
              rightOnly: String(view.summary.rightOnly),
              left: view.left.shortTitle,
              right: view.right.shortTitle,
            })}
          </p>
          {/* Focusable so keyboard users can scroll the rows (nothing inside takes focus). */}
          <div
            className="sbs-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('sideBySide.caption', { left: view.left.shortTitle, right: view.right.shortTitle })}
          >
            <table className="sbs-table">
              <caption className="visually-hidden">
                {t('sideBySide.caption', { left: view.left.shortTitle, right: view.right.shortTitle })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" lang={view.left.language}>
                    {view.left.shortTitle}{' '}
                    <span className="muted">({t(`docImport.lang.${view.left.language}`)})</span>
                  </th>
                  <th scope="col" lang={view.right.language}>
                    {view.right.shortTitle}{' '}
                    <span className="muted">({t(`docImport.lang.${view.right.language}`)})</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.eId} data-eid={row.eId} className={`sbs-row sbs-${row.status}`}>
                    <Cell node={row.left} doc={view.left} />
                    <Cell node={row.right} doc={view.right} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
