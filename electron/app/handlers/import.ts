// The single-document import slice: preview a file chosen in a dialog, commit it (with the reviewer's edits and
// confirmations), and manage imported documents (list, remove, pair with a translation, read side by side).
import { readImportFile } from '../../core/import/read-file';
import type { HandlerContext, Slice } from './context';

type ImportChannels =
  | 'documents:importPreview'
  | 'documents:importCommit'
  | 'documents:imported'
  | 'documents:remove'
  | 'documents:pair'
  | 'documents:sideBySide';

/** The import channels over the importer. */
export function importHandlers({ services, platform }: HandlerContext): Slice<ImportChannels> {
  const { importer } = services;
  return {
    'documents:importPreview': async ({ edits }) => {
      const path = await platform.chooseOpenPath({ purpose: 'importDocument' });
      if (path === null) return null;
      const { fileName, bytes } = readImportFile(path);
      return importer.preview({ fileName, bytes, ...(edits ? { edits } : {}) });
    },
    'documents:importCommit': ({ previewId, edits, confirm }) => importer.commit(previewId, edits, confirm),
    'documents:imported': () => importer.list(),
    'documents:remove': ({ docId, deleteAnnotations }) =>
      importer.remove(docId, deleteAnnotations === undefined ? {} : { deleteAnnotations }),
    'documents:pair': ({ docId, otherDocId }) => importer.pair(docId, otherDocId),
    'documents:sideBySide': ({ docId, otherDocId }) => importer.sideBySide(docId, otherDocId),
  };
}
