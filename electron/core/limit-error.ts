// The one wording of a refused import that ran into a budget, so every extractor and the structure parser say it
// the same way: what the file holds, the limit, and that Lectern stops there.
import { LecternError } from './errors';

/** "64 MB" for byte limits, "400,000" for counts. */
export function formatLimit(max: number, unit: 'bytes' | 'count'): string {
  return unit === 'bytes' ? `${Math.round(max / 1024 / 1024)} MB` : max.toLocaleString('en-US');
}

/**
 * A TOO_LARGE error worded from the limit itself, e.g. "big.docx: this DOCX expands to more than 64 MB; Lectern
 * stops at 64 MB." `says` turns the formatted limit into the middle of that sentence.
 */
export function limitError(
  subject: string,
  says: (limit: string) => string,
  max: number,
  unit: 'bytes' | 'count',
): LecternError {
  const limit = formatLimit(max, unit);
  return new LecternError('TOO_LARGE', `${subject}: ${says(limit)}; Lectern stops at ${limit}.`);
}

/** The CANCELLED error of an import, in English and Vietnamese, whether its thread saw the signal or was stopped. */
export function cancelledError(subject: string): LecternError {
  return new LecternError(
    'CANCELLED',
    `${subject}: the import was cancelled; nothing was stored.`,
    `${subject}: việc nhập đã bị hủy; không có gì được lưu.`,
  );
}

/** Throws CANCELLED when `signal` has been aborted (checked in the extractors' and parser's loops). */
export function throwIfCancelled(signal: AbortSignal | undefined, subject: string): void {
  if (signal?.aborted === true) throw cancelledError(subject);
}
