// Everything the library needs for imported documents, in one hook so the workspace only places the pieces:
// the "Import document…" button, per-document actions (pair, side by side, remove) and their dialogs.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRunResult, DocumentMeta, ImportPreview } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { Modal } from '../dialogs/modal';
import { DocumentActions } from '../library/document-actions';
import { PairDialog } from '../library/pair-dialog';
import { RemoveDialog } from '../library/remove-dialog';
import { useQuery } from '../api/use-query';
import { BatchPreviewDialog } from './batch-preview-dialog';
import { ImportPreviewDialog } from './import-preview-dialog';
import type { DropEntry } from './dropped-entries';
import { DROP_LIMIT } from './dropped-files';
import { useBatchImport } from './use-batch-import';
import { useFileDrop } from './use-file-drop';

/** A change of the set of documents the workspace reacts to (reload the library, open or leave a document). */
export type LibraryChange =
  | { kind: 'imported'; docId: string }
  | { kind: 'removed'; docId: string }
  | { kind: 'paired'; docId: string };

interface Options {
  documents: DocumentMeta[];
  onChanged: (change: LibraryChange) => void;
  onOpen: (docId: string) => void;
  onSideBySide: (docId: string, otherDocId: string) => void;
  onStatus: (message: string) => void;
}

type Dialog =
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'error'; message: string }
  | { kind: 'pair'; doc: DocumentMeta }
  | { kind: 'remove'; doc: DocumentMeta }
  | null;

/** The pieces the library pane renders. */
interface LibraryImports {
  importButton: ReactNode;
  /** When each imported document was imported (ISO), for the library's "import date" sort. */
  importedAt: ReadonlyMap<string, string>;
  actionsFor: (doc: DocumentMeta) => ReactNode;
  dialogs: ReactNode;
}

/** State and UI of importing, pairing and removing documents. */
export function useLibraryImports(options: Options): LibraryImports {
  const { documents, onChanged, onOpen, onSideBySide, onStatus } = options;
  const { t, i18n } = useTranslation();
  // Fetched again by the store whenever a write changes the library (invalidation.ts).
  const imported = useQuery('documents:imported', {});
  const list = useMemo(() => (imported.status === 'ready' ? imported.value : []), [imported]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [choosing, setChoosing] = useState(false);
  const close = useCallback(() => {
    setDialog(null);
  }, []);
  const importedAt = useMemo(() => new Map(list.map((d) => [d.docId, d.importedAt])), [list]);
  const onBatchImported = useCallback(
    (result: BatchRunResult) => {
      const first = result.items.find((i) => i.docId !== null)?.docId;
      if (first) onChanged({ kind: 'imported', docId: first });
    },
    [onChanged],
  );
  const batch = useBatchImport(onBatchImported);
  const { drop } = batch;
  const dragging = useFileDrop(
    useCallback(
      (entries: DropEntry[]) => {
        void drop(entries);
      },
      [drop],
    ),
    DROP_LIMIT,
  );
  const pairOf = (docId: string): string | null =>
    list.find((d) => d.docId === docId)?.pairedWith ??
    list.find((d) => d.pairedWith === docId)?.docId ??
    null;
  const titleOf = (docId: string) => documents.find((d) => d.docId === docId)?.shortTitle ?? docId;

  const startImport = async () => {
    setChoosing(true);
    try {
      const preview = await unwrap(getApi().documents.importPreview({}));
      if (preview) setDialog({ kind: 'preview', preview });
    } catch (e) {
      setDialog({ kind: 'error', message: errorText(e, i18n) });
    } finally {
      setChoosing(false);
    }
  };

  const importButton = (
    <div className="library-import">
      <button
        type="button"
        className="btn"
        aria-describedby="library-import-hint"
        disabled={choosing}
        onClick={() => {
          void startImport();
        }}
      >
        {t(choosing ? 'docImport.choosing' : 'docImport.open')}
      </button>
      <div className="library-batch" role="group" aria-label={t('batch.group')}>
        <button
          type="button"
          className="btn btn-small"
          aria-describedby="library-import-hint"
          onClick={() => {
            void batch.choose('files');
          }}
        >
          {t('batch.chooseFiles')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-describedby="library-import-hint"
          onClick={() => {
            void batch.choose('folder');
          }}
        >
          {t('batch.chooseFolder')}
        </button>
      </div>
      <small id="library-import-hint" className="muted">
        {t('docImport.hint')} {t('batch.dropHint')}
      </small>
    </div>
  );

  const actionsFor = (doc: DocumentMeta) => {
    const paired = pairOf(doc.docId);
    return (
      <DocumentActions
        doc={doc}
        imported={list.some((d) => d.docId === doc.docId)}
        pairedWith={paired}
        onPair={() => {
          setDialog({ kind: 'pair', doc });
        }}
        onSideBySide={() => {
          if (paired) onSideBySide(doc.docId, paired);
        }}
        onRemove={() => {
          setDialog({ kind: 'remove', doc });
        }}
      />
    );
  };

  let dialogs: ReactNode = null;
  if (dialog?.kind === 'preview') {
    dialogs = (
      <ImportPreviewDialog
        preview={dialog.preview}
        onClose={close}
        onCommitted={(result) => {
          onChanged({ kind: 'imported', docId: result.document.docId });
        }}
        onOpen={(docId) => {
          setDialog(null);
          onOpen(docId);
        }}
      />
    );
  } else if (dialog?.kind === 'error') {
    dialogs = (
      <Modal title={t('docImport.failedTitle')} onClose={close}>
        <p className="error-text" role="alert">
          {t('docImport.previewFailed', { message: dialog.message })}
        </p>
        <p className="muted">{t('docImport.hint')}</p>
        <div className="row-end">
          <button type="button" className="btn btn-primary" onClick={close}>
            {t('common.ok')}
          </button>
        </div>
      </Modal>
    );
  } else if (dialog?.kind === 'pair') {
    const { doc } = dialog;
    dialogs = (
      <PairDialog
        doc={doc}
        documents={documents}
        pairedWith={pairOf(doc.docId)}
        onClose={close}
        onPaired={(other) => {
          setDialog(null);
          onChanged({ kind: 'paired', docId: doc.docId });
          if (other === null) onStatus(t('docActions.unpaired', { title: doc.shortTitle }));
          else {
            onStatus(t('docActions.paired', { title: doc.shortTitle, other: titleOf(other) }));
            onSideBySide(doc.docId, other);
          }
        }}
      />
    );
  } else if (dialog?.kind === 'remove') {
    const { doc } = dialog;
    dialogs = (
      <RemoveDialog
        doc={doc}
        onClose={close}
        onRemoved={(r) => {
          setDialog(null);
          onChanged({ kind: 'removed', docId: doc.docId });
          onStatus(
            t('docActions.removed', {
              title: doc.shortTitle,
              orphaned: String(r.annotationsOrphaned),
              deleted: String(r.annotationsDeleted),
            }),
          );
        }}
      />
    );
  }
  dialogs = (
    <>
      {dialogs}
      <BatchPreviewDialog batch={batch} onOpen={onOpen} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('batch.dropHere')}</p>
        </div>
      )}
    </>
  );
  return { importButton, importedAt, actionsFor, dialogs };
}
