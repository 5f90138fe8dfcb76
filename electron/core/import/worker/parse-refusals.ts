// The refusals of a parse whose worker was stopped from outside (its heap cap, its time budget, the reviewer's
// Cancel) or died, in English and Vietnamese: the worker could not say why itself, so the core words it from the
// limit it ran with (limits.ts by default). The message is English, `vi` the Vietnamese (LecternError.messageIn).
import { LecternError } from '../../errors';
import { cancelledError } from '../../limit-error';

/** Why a parse worker ended without an answer. */
export type ParseStop = 'memory' | 'time' | 'cancelled' | 'crashed';

/** The stops worded here; a cancelled parse says what an in-thread cancellation says (limit-error.ts). */
type WordedStop = Exclude<ParseStop, 'cancelled'>;

/** The limits a refusal names (the worker's heap cap in MB and its time budget in ms). */
interface StopLimits {
  heapMb: number;
  timeBudgetMs: number;
}

/** "30 s", or "0.5 s" under ten seconds. */
function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? String(Math.round(s * 10) / 10) : String(Math.round(s))} s`;
}

type Text = (file: string, limits: StopLimits) => string;

const TEXTS: Record<WordedStop, { en: Text; vi: Text }> = {
  memory: {
    en: (f, { heapMb: mb }) =>
      `${f}: reading this file needs more than ${mb} MB of memory; Lectern stops at ${mb} MB. Nothing was stored.`,
    vi: (f, { heapMb: mb }) =>
      `${f}: đọc tệp này cần hơn ${mb} MB bộ nhớ; Lectern dừng ở ${mb} MB. Không có gì được lưu.`,
  },
  time: {
    en: (f, { timeBudgetMs }) =>
      `${f}: reading this file takes longer than ${formatSeconds(timeBudgetMs)}; Lectern stops at ${formatSeconds(timeBudgetMs)}. Nothing was stored.`,
    vi: (f, { timeBudgetMs }) =>
      `${f}: đọc tệp này mất hơn ${formatSeconds(timeBudgetMs)}; Lectern dừng ở ${formatSeconds(timeBudgetMs)}. Không có gì được lưu.`,
  },
  crashed: {
    en: (f) =>
      `${f}: Lectern could not read this file (the reader stopped unexpectedly). Nothing was stored.`,
    vi: (f) => `${f}: Lectern không đọc được tệp này (trình đọc dừng bất ngờ). Không có gì được lưu.`,
  },
};

const CODES: Record<WordedStop, LecternError['code']> = {
  memory: 'TOO_LARGE',
  time: 'TOO_LARGE',
  crashed: 'CORRUPT',
};

/** The English and Vietnamese sentences of a refusal, e.g. for a test or a log line. */
export function parseStopTexts(
  stop: WordedStop,
  file: string,
  limits: StopLimits,
): { en: string; vi: string } {
  return { en: TEXTS[stop].en(file, limits), vi: TEXTS[stop].vi(file, limits) };
}

/** The refusal of an error the importer did not expect (a bug, a library's own TypeError), named by its kind only. */
export function unexpectedParseError(file: string, kind: string): LecternError {
  return new LecternError(
    'CORRUPT',
    `${file}: Lectern could not read this file (${kind} in the importer). Nothing was stored.`,
    `${file}: Lectern không đọc được tệp này (lỗi ${kind} trong trình nhập). Không có gì được lưu.`,
  );
}

/** The LecternError of a stopped parse: TOO_LARGE naming the limit, CANCELLED, or CORRUPT for a crash. */
export function parseStopError(stop: ParseStop, file: string, limits: StopLimits): LecternError {
  if (stop === 'cancelled') return cancelledError(file);
  const { en, vi } = parseStopTexts(stop, file, limits);
  return new LecternError(CODES[stop], en, vi);
}
