// The left pane's content: the library (with import actions) above the open document's table of contents.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { LibraryPane } from '../library/library-pane';
import type { LoadedDocument } from '../state/use-document';
import { TocTree } from '../toc/toc-tree';

interface Props {
  documents: DocumentMeta[];
  doc: LoadedDocument | null;
  currentDocId: string | null;
  /** The provision at the top of the reader, highlighted in the contents. */
  currentEId: string | null;
  /** Annotation counts by provision, shown in the contents. */
  counts: ReadonlyMap<string, number>;
  importButton: ReactNode;
  /** Import time of each imported document (the library's "import date" sort). */
  importedAt: ReadonlyMap<string, string>;
  actions: (doc: DocumentMeta) => ReactNode;
  onOpenDocument: (docId: string) => void;
  onOpenProvision: (docId: string, eId: string) => void;
}

/** Library list and table of contents. */
export function LibraryColumn(props: Props) {
  const { t } = useTranslation();
  const { doc } = props;
  return (
    <>
      <h2 className="pane-title">{t('library.heading')}</h2>
      {props.importButton}
      <LibraryPane
        documents={props.documents}
        importedAt={props.importedAt}
        currentDocId={props.currentDocId}
        actions={props.actions}
        onOpen={props.onOpenDocument}
      />
      <h2 className="pane-title">{t('pane.toc')}</h2>
      {doc && (
        <TocTree
          nodes={doc.nodes}
          language={doc.meta.language}
          byEId={doc.byEId}
          counts={props.counts}
          currentEId={props.currentEId}
          onOpen={(eId) => {
            props.onOpenProvision(doc.meta.docId, eId);
          }}
        />
      )}
    </>
  );
}
