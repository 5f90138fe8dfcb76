// The code of the LecternError a call throws, so a test can assert which refusal it got.
import { isLecternError } from '../../../electron/core/errors.js';

/** The LecternError code `fn` throws, 'no error' when it returns; any other error is rethrown. */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isLecternError(e)) return e.code;
    throw e;
  }
  return 'no error';
}
