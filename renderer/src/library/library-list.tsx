// The library: each document with its number, dates and a status line such as
// "Unofficial English translation · in force since 01 Aug 2020".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { formatDate } from '../i18n';

interface Props {
  documents: DocumentMeta[];
  currentDocId: string | null;
  onOpen: (docId: string) => void;
  /** Extra controls under a document (imported documents: pair, side by side, remove). */
  actions?: (doc: DocumentMeta) => ReactNode;
}

/** The status line for a document, dated by the most meaningful date it has. */
function statusLine(
  doc: DocumentMeta,
  t: (key: string, o: Record<string, string>) => string,
  lang: string,
): string {
  if (doc.effective)
    return t('library.status', { status: doc.status, date: formatDate(doc.effective, lang) });
  if (doc.issued)
    return t('library.statusIssued', { status: doc.status, date: formatDate(doc.issued, lang) });
  if (doc.published)
    return t('library.statusPublished', { status: doc.status, date: formatDate(doc.published, lang) });
  return doc.status;
}

/** Lists documents as buttons; the open one is marked current. */
export function LibraryList({ documents, currentDocId, onOpen, actions }: Props) {
  const { t, i18n } = useTranslation();
  if (documents.length === 0) return <p className="muted pad">{t('library.empty')}</p>;
  return (
    <ul className="library-list" aria-label={t('library.heading')}>
      {documents.map((doc) => (
        <li key={doc.docId}>
          <button
            type="button"
            className={`library-item${doc.docId === currentDocId ? ' current' : ''}`}
            aria-current={doc.docId === currentDocId ? 'true' : undefined}
            onClick={() => {
              onOpen(doc.docId);
            }}
          >
            <span className="library-title">{doc.shortTitle}</span>
            {doc.number && (
              <span className="library-number">{t('library.number', { number: doc.number })}</span>
            )}
            <span className="library-status">{statusLine(doc, t, i18n.language)}</span>
          </button>
          {actions?.(doc)}
        </li>
      ))}
    </ul>
  );
}
