// Human-readable dates for covers, footers and reports, in the reviewer's time zone.
import type { DocumentMeta } from '../corpus/model';

/** "8 June 2020" from an ISO date; unparseable input is shown as given rather than dropped. */
export function formatDate(iso: string | null): string | null {
  if (iso === null || iso === '') return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** "1 May 2026, 14:05 GMT+7" (or "… UTC"): the export moment with its offset, so a printed copy is unambiguous. */
export function formatMoment(date: Date, timeZone?: string): string {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
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
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} ${/^GMT(\+0)?$/.test(zone) ? 'UTC' : zone}`;
}

/** Cover-page facts of a document, label first, omitting what the document does not have. */
export function documentFacts(doc: DocumentMeta): [string, string][] {
  const facts: [string, string | null][] = [
    ['Number', doc.number],
    ['Issuer', doc.issuer],
    ['Signed by', doc.signer],
    ['Author', doc.author],
    ['Issued', formatDate(doc.issued)],
    ['Effective', formatDate(doc.effective)],
    ['Published', formatDate(doc.published)],
    ['Status', doc.status],
    ['Source', doc.source],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
}
