// Where the reader is: Document › Chapter › Article › Clause, each part a button that jumps there; labels are
// written in the document's language ("Chương IV › Điều 39 › khoản 1").
import { useTranslation } from 'react-i18next';
import { ancestorsOf } from '../../../electron/shared/provision-labels';
import type { LoadedDocument } from '../state/use-document';
import { provisionLabel } from './provision-label';

interface Props {
  doc: LoadedDocument;
  eId: string | null;
  onGo: (eId: string | null) => void;
}

/** Breadcrumb trail for the current provision. */
export function Breadcrumbs({ doc, eId, onGo }: Props) {
  const { t, i18n } = useTranslation();
  const node = eId ? doc.byEId.get(eId) : undefined;
  const chain = node ? [...ancestorsOf(node.eId, doc.byEId), node] : [];
  return (
    <nav className="breadcrumbs" aria-label={t('reader.breadcrumbs')}>
      <ol>
        <li>
          <button
            type="button"
            className="crumb"
            onClick={() => {
              onGo(null);
            }}
          >
            {doc.meta.shortTitle}
          </button>
        </li>
        {chain.map((n, i) => (
          <li key={n.eId}>
            <span aria-hidden="true" className="crumb-sep">
              ›
            </span>
            <button
              type="button"
              className="crumb"
              aria-current={i === chain.length - 1 ? 'location' : undefined}
              onClick={() => {
                onGo(n.eId);
              }}
            >
              {provisionLabel(n, doc.meta.language, i18n.language)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
