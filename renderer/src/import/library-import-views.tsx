// What the library shows of imports, drawn from the state of useLibraryImports: the import buttons (one document,
// several files, a folder), each document's actions (pair, side by side, remove) and the dialogs they open.
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { Modal } from '../dialogs/modal';
import { DocumentActions } from '../library/document-actions';
import { PairDialog } from '../library/pair-dialog';
import { RemoveDialog } from '../library/remove-dialog';
import { BatchPreviewDialog } from './batch-preview-dialog';
import { ImportPreviewDialog } from './import-preview-dialog';
import type { LibraryImports } from './use-library-imports';

/** "Import document…", "Files…", "Folder…" and the hint about dropping files. */
export function ImportButtons({ imports }: { imports: LibraryImports }) {
  const { t } = useTranslation();
  return (
    <div className="library-import">
      <button
        type="button"
        className="btn"
        aria-describedby="library-import-hint"
        disabled={imports.choosing}
        onClick={() => {
          void imports.startImport();
        }}
      >
        {t(imports.choosing ? 'docImport.choosing' : 'docImport.open')}
      </button>
      <div className="library-batch" role="group" aria-label={t('batch.group')}>
        <button
          type="button"
          className="btn btn-small"
          aria-describedby="library-import-hint"
          onClick={() => {
            void imports.batch.choose('files');
          }}
        >
          {t('batch.chooseFiles')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-describedby="library-import-hint"
          onClick={() => {
            void imports.batch.choose('folder');
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
}

/** One document's actions in the library list. */
export function LibraryDocumentActions({ imports, doc }: { imports: LibraryImports; doc: DocumentMeta }) {
  const paired = imports.pairOf(doc.docId);
  return (
    <DocumentActions
      doc={doc}
      imported={imports.isImported(doc.docId)}
      pairedWith={paired}
      onPair={() => {
        imports.askPair(doc);
      }}
      onSideBySide={() => {
        if (paired) imports.sideBySide(doc.docId, paired);
      }}
      onRemove={() => {
        imports.askRemove(doc);
      }}
    />
  );
}

/** The open import, pair or remove dialog, the batch preview, and the drop overlay. */
export function LibraryImportDialogs({ imports }: { imports: LibraryImports }) {
  const { t } = useTranslation();
  const { dialog, close } = imports;
  return (
    <>
      {dialog?.kind === 'preview' && (
        <ImportPreviewDialog
          preview={dialog.preview}
          onClose={close}
          onCommitted={imports.committed}
          onOpen={imports.openImported}
        />
      )}
      {dialog?.kind === 'error' && (
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
      )}
      {dialog?.kind === 'pair' && (
        <PairDialog
          doc={dialog.doc}
          documents={imports.documents}
          pairedWith={imports.pairOf(dialog.doc.docId)}
          onClose={close}
          onPaired={(other) => {
            imports.paired(dialog.doc, other);
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveDialog
          doc={dialog.doc}
          onClose={close}
          onRemoved={(r) => {
            imports.removed(dialog.doc, r);
          }}
        />
      )}
      <BatchPreviewDialog batch={imports.batch} onOpen={imports.openImported} />
      {imports.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('batch.dropHere')}</p>
        </div>
      )}
    </>
  );
}
