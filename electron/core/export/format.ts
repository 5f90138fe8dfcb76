// Human-readable dates for covers, footers and reports, in the reviewer's time zone and the export's wording.
import type { DocumentMeta } from '../corpus/model';
import { wordingFor, type ExportWording } from './wording';

const EN = wordingFor('en');

/** "8 June 2020" (or "ngày 8 tháng 6 năm 2020") from an ISO date; unparseable input is shown as given. */
export function formatDate(iso: string | null, words: ExportWording = EN): string | null {
  if (iso === null || iso === '') return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return words.date(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

/** "1 May 2026, 14:05 GMT+7" (or "… UTC"): the export moment with its offset, so a printed copy is unambiguous. */
export function formatMoment(date: Date, timeZone?: string, words: ExportWording = EN): string {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'shortOffset',
  });
  const parts = fmt.formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '';
  const zone = get('timeZoneName');
  const day = words.date(Number(get('day')), Number(get('month')), Number(get('year')));
  return `${day}, ${get('hour')}:${get('minute')} ${/^GMT(\+0)?$/.test(zone) ? 'UTC' : zone}`;
}

/** Cover-page facts of a document, label first, omitting what the document does not have. */
export function documentFacts(doc: DocumentMeta, words: ExportWording = EN): [string, string][] {
  const f = words.facts;
  const facts: [string, string | null][] = [
    [f.number, doc.number],
    [f.issuer, doc.issuer],
    [f.signer, doc.signer],
    [f.author, doc.author],
    [f.issued, formatDate(doc.issued, words)],
    [f.effective, formatDate(doc.effective, words)],
    [f.published, formatDate(doc.published, words)],
    [f.status, doc.status],
    [f.source, doc.source],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
}
