// What a host (Electron main, the loopback test host) provides to the handlers: dialogs, progress, app facts.
import type { JobProgress } from '../shared/events';
import type { AppInfo, LicenseEntry } from '../shared/types';

/** A file-type filter for native dialogs. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Options for a save or open dialog. */
export interface DialogOptions {
  title: string;
  defaultName?: string;
  filters: FileFilter[];
}

/** Host services; paths only ever come from here (a native dialog), never from the renderer. */
export interface Platform {
  info(): AppInfo;
  licenses(): LicenseEntry[];
  chooseSavePath(options: DialogOptions): Promise<string | null>;
  chooseOpenPath(options: DialogOptions): Promise<string | null>;
  /** Several files at once (batch import); null when cancelled, never an empty list. */
  chooseOpenPaths(options: DialogOptions): Promise<string[] | null>;
  /** One folder (batch import of everything under it); null when cancelled. */
  chooseFolder(options: Pick<DialogOptions, 'title'>): Promise<string | null>;
  progress(progress: JobProgress): void;
  /** Folder of the DejaVu TTFs when the host ships them elsewhere (the packaged app's resources). */
  fontsDir?: string;
  /**
   * True when `chooseSavePath` itself asks before replacing an existing file (Electron's native dialog with
   * `showOverwriteConfirmation`), so a path it returns counts as confirmed; otherwise an existing file is EXISTS.
   */
  saveDialogConfirmsReplace?: boolean;
}
