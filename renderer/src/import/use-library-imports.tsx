// The state of importing, pairing and removing documents, in one hook; the pieces that show it (the import
// buttons, each document's actions, the dialogs) are components in library-import-views.tsx that read it.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BatchRunResult,
  DocumentMeta,
  ImportCommitResult,
  ImportPreview,
  RemoveResult,
} from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { useQuery } from '../api/use-query';
import type { DropEntry } from './dropped-entries';
import { DROP_LIMIT } from './dropped-files';
import { useBatchImport, type BatchImport } from './use-batch-import';
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

/** The dialog the library has open. */
export type LibraryDialog =
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'error'; message: string }
  | { kind: 'pair'; doc: DocumentMeta }
  | { kind: 'remove'; doc: DocumentMeta }
  | null;

/** What the library's views read and call. */
export interface LibraryImports {
  documents: DocumentMeta[];
  /** When each imported document was imported (ISO), for the library's "import date" sort. */
  importedAt: ReadonlyMap<string, string>;
  /** True while the file dialog for a single import is open. */
  choosing: boolean;
  startImport: () => Promise<void>;
  batch: BatchImport;
  /** True while files are dragged over the window. */
  dragging: boolean;
  dialog: LibraryDialog;
  close: () => void;
  isImported: (docId: string) => boolean;
  /** The document paired with `docId` (either side), or null. */
  pairOf: (docId: string) => string | null;
  askPair: (doc: DocumentMeta) => void;
  askRemove: (doc: DocumentMeta) => void;
  sideBySide: (docId: string, otherDocId: string) => void;
  committed: (result: ImportCommitResult) => void;
  openImported: (docId: string) => void;
  paired: (doc: DocumentMeta, other: string | null) => void;
  removed: (doc: DocumentMeta, result: RemoveResult) => void;
}

/** State and actions of importing, pairing and removing documents. */
export function useLibraryImports(options: Options): LibraryImports {
  const { documents, onChanged, onOpen, onSideBySide, onStatus } = options;
  const { t, i18n } = useTranslation();
  // Fetched again by the store whenever a write changes the library (invalidation.ts).
  const imported = useQuery('documents:imported', {});
  const list = useMemo(() => (imported.status === 'ready' ? imported.value : []), [imported]);
  const [dialog, setDialog] = useState<LibraryDialog>(null);
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

  return {
    documents,
    importedAt,
    choosing,
    startImport,
    batch,
    dragging,
    dialog,
    close,
    isImported: (docId) => list.some((d) => d.docId === docId),
    pairOf,
    askPair: (doc) => {
      setDialog({ kind: 'pair', doc });
    },
    askRemove: (doc) => {
      setDialog({ kind: 'remove', doc });
    },
    sideBySide: onSideBySide,
    committed: (result) => {
      onChanged({ kind: 'imported', docId: result.document.docId });
    },
    openImported: (docId) => {
      setDialog(null);
      onOpen(docId);
    },
    paired: (doc, other) => {
      setDialog(null);
      onChanged({ kind: 'paired', docId: doc.docId });
      if (other === null) onStatus(t('docActions.unpaired', { title: doc.shortTitle }));
      else {
        onStatus(t('docActions.paired', { title: doc.shortTitle, other: titleOf(other) }));
        onSideBySide(doc.docId, other);
      }
    },
    removed: (doc, r) => {
      setDialog(null);
      onChanged({ kind: 'removed', docId: doc.docId });
      onStatus(
        t('docActions.removed', {
          title: doc.shortTitle,
          orphaned: String(r.annotationsOrphaned),
          deleted: String(r.annotationsDeleted),
        }),
      );
    },
  };
}
