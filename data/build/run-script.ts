// Runs a build script body and turns a LecternError into a one-line message and exit code 1.
import { isLecternError } from '../../electron/core/errors';

/** Calls `main`; expected failures print their message, unexpected ones their stack. */
export function runScript(main: () => void): void {
  try {
    main();
  } catch (error) {
    console.error(isLecternError(error) ? `Corpus build failed: ${error.message}` : error);
    process.exitCode = 1;
  }
}
