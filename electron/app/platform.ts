// What a host (Electron main, the loopback test host) provides to the handlers: dialogs (named by purpose, worded
// by the host), progress, app facts.
import type { JobProgress } from '../shared/events';
import type { AppInfo, LicenseEntry } from '../shared/types';
import type { DialogRequest } from './dialogs';

/** Host services; paths only ever come from here (a native dialog), never from the renderer. */
export interface Platform {
  info(): AppInfo;
  licenses(): LicenseEntry[];
  /** A file to write; the host words the dialog for `request.purpose` in the interface language. */
  chooseSavePath(request: DialogRequest): Promise<string | null>;
  /** One file to read. */
  chooseOpenPath(request: DialogRequest): Promise<string | null>;
  /** Several files at once (batch import); null when cancelled, never an empty list. */
  chooseOpenPaths(request: DialogRequest): Promise<string[] | null>;
  /** One folder (batch import of everything under it); null when cancelled. */
  chooseFolder(request: DialogRequest): Promise<string | null>;
  progress(progress: JobProgress): void;
  /** Folder of the DejaVu TTFs when the host ships them elsewhere (the packaged app's resources). */
  fontsDir?: string;
  /**
   * True when `chooseSavePath` itself asks before replacing an existing file (Electron's native dialog with
   * `showOverwriteConfirmation`), so a path it returns counts as confirmed; otherwise an existing file is EXISTS.
   */
  saveDialogConfirmsReplace?: boolean;
}
