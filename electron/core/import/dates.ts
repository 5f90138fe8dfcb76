// Finds calendar dates as legal texts write them: "ngày 05 tháng 3 năm 2031", "05/3/2031", "June 19, 2015",
// "19 June 2015". Returned as ISO dates; impossible dates (31 February) are ignored.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')})`;

/** One date found in a text: its ISO form and where it was written. */
interface FoundDate {
  iso: string;
  index: number;
  /** How many characters the written date takes, so a reader can cut it out ("ngày 19 tháng 02 năm 2019"). */
  length: number;
}

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'),
    parts: (m) => [m[3] ?? '', String(MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1), m[2] ?? ''],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'giu'),
    parts: (m) => [m[3] ?? '', String(MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1), m[1] ?? ''],
  },
  {
    // Day first, as Vietnamese writes it: 01/7/2025.
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu,
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
  },
];

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const iso = toIso(...parts(m));
      if (iso !== null && !found.some((f) => f.index === m.index))
        found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date written right after `phrase` ("thông qua ngày …", "was passed on …"), searching from the end. */
export function dateAfterLast(text: string, phrase: RegExp): string | null {
  const flags = phrase.flags.includes('g') ? phrase.flags : `${phrase.flags}g`;
  const re = new RegExp(phrase.source, flags);
  const ends = [...text.matchAll(re)].map((m) => m.index + m[0].length).reverse();
  for (const end of ends) {
    const next = findDates(text.slice(end, end + 60))[0];
    if (next !== undefined && next.index <= 6) return next.iso;
  }
  return null;
}

/** The first date in `text`, or null. */
export function firstDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
