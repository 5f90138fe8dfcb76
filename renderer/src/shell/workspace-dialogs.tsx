// The workspace's own modal dialogs (export, notes import, settings, licences): at most one is open at a time,
// chosen by name, so the top bar, menu commands and shortcuts only need to say which.
import type { ReactNode } from 'react';
import { ExportDialog } from '../dialogs/export-dialog';
import { ImportDialog } from '../dialogs/import-dialog';
import { LicensesDialog } from '../dialogs/licenses-dialog';
import { SettingsDialog } from '../dialogs/settings-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
import { allTags } from '../notes/notes-filter';
import type { AnnotationsState } from '../state/use-annotations';
import type { LoadedDocument } from '../state/use-document';
import type { SettingsHandle } from '../state/use-settings';

/** The names of the workspace dialogs. */
export type DialogName = 'export' | 'import' | 'settings' | 'licenses' | 'shortcuts';

interface Props {
  open: DialogName | null;
  doc: LoadedDocument | null;
  store: AnnotationsState;
  settings: SettingsHandle;
  /** The library's import, pair and remove dialogs, kept in their place between notes import and licences. */
  libraryDialogs: ReactNode;
  onClose: () => void;
}

/** Renders the open dialog, if any. */
export function WorkspaceDialogs({ open, doc, store, settings, libraryDialogs, onClose }: Props) {
  return (
    <>
      {open === 'export' && doc && (
        <ExportDialog
          docId={doc.meta.docId}
          docTitle={doc.meta.shortTitle}
          tags={allTags(store.all)}
          settings={settings.settings}
          onSaveSettings={settings.save}
          onClose={onClose}
        />
      )}
      {open === 'import' && <ImportDialog onImported={store.reload} onClose={onClose} />}
      {libraryDialogs}
      {open === 'licenses' && <LicensesDialog onClose={onClose} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={onClose} />}
      {open === 'settings' && (
        <SettingsDialog
          settings={settings.settings}
          error={settings.error}
          onSave={settings.save}
          onClose={onClose}
        />
      )}
    </>
  );
}
