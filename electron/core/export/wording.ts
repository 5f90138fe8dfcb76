// The words an export prints around the document's own text (cover, running footer, Notes section, reports),
// once per language. They follow the document's language: an annotated copy of a Vietnamese act is a Vietnamese
// document, whatever language the reviewer's interface is in.
import type { AnnotationColor } from '../annotations/model';
import type { CitationLang } from '../corpus/citation';

/** Everything an export writes in words, for one language. */
export interface ExportWording {
  lang: CitationLang;
  annotatedCopy: string;
  /** The PDF's Subject: "Annotated copy of Decree 63/2020/ND-CP: 3 notes". */
  subject: (doc: string, count: number) => string;
  cover: { reviewer: string; exported: string; notes: string; contents: string; filter: string };
  unanchoredCount: (n: number) => string;
  scope: { all: string; annotated: string };
  filterTags: (tags: string) => string;
  filterColors: (colors: string) => string;
  facts: {
    number: string;
    issuer: string;
    signer: string;
    author: string;
    issued: string;
    effective: string;
    published: string;
    status: string;
    source: string;
  };
  footer: (reviewer: string, exportedAt: string) => string;
  page: (page: number, total: number) => string;
  notesHeading: string;
  noteCount: (count: number) => string;
  notesSummary: (count: number, unanchored: number) => string;
  noNotesInExport: string;
  unanchoredHeading: string;
  unanchoredHelp: string;
  unanchoredMark: string;
  wholeProvision: string;
  highlightOnly: string;
  tags: (tags: string) => string;
  pageRef: (page: number) => string;
  outlineNotes: (nums: string, count: number) => string;
  colors: Record<AnnotationColor, string>;
  report: {
    title: string;
    noNotes: string;
    summary: (count: number, reviewer: string, at: string) => string;
  };
  /** A calendar date as written in the language: "8 June 2020" / "ngày 8 tháng 6 năm 2020". */
  date: (day: number, month: number, year: number) => string;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const EN: ExportWording = {
  lang: 'en',
  annotatedCopy: 'ANNOTATED COPY',
  subject: (doc, count) => `Annotated copy of ${doc}: ${count} notes`,
  cover: {
    reviewer: 'Reviewer',
    exported: 'Exported',
    notes: 'Notes',
    contents: 'Contents',
    filter: 'Filter',
  },
  unanchoredCount: (n) => `(${n} unanchored)`,
  scope: { all: 'Whole document', annotated: 'Annotated provisions only (with their headings for context)' },
  filterTags: (tags) => `tags ${tags}`,
  filterColors: (colors) => `colours ${colors}`,
  facts: {
    number: 'Number',
    issuer: 'Issuer',
    signer: 'Signed by',
    author: 'Author',
    issued: 'Issued',
    effective: 'Effective',
    published: 'Published',
    status: 'Status',
    source: 'Source',
  },
  footer: (reviewer, at) => `Reviewer: ${reviewer} · Exported ${at}`,
  page: (page, total) => `Page ${page} of ${total}`,
  notesHeading: 'Notes',
  noteCount: (count) => plural(count, 'note', 'notes'),
  notesSummary: (count, unanchored) =>
    `${plural(count, 'note', 'notes')} in reading order` +
    (unanchored > 0 ? `; ${unanchored} unanchored, listed last.` : '.'),
  noNotesInExport: 'No notes in this export.',
  unanchoredHeading: 'Unanchored notes',
  unanchoredHelp:
    'Their passages are no longer found in this version of the text; each keeps its original quote.',
  unanchoredMark: 'UNANCHORED',
  wholeProvision: 'Note on the whole provision.',
  highlightOnly: '(highlight only, no note)',
  tags: (tags) => `tags: ${tags}`,
  pageRef: (page) => `p. ${page}`,
  outlineNotes: (nums, count) => `${count > 1 ? 'notes' : 'note'} ${nums}`,
  colors: {
    yellow: 'Yellow',
    green: 'Green',
    blue: 'Blue',
    pink: 'Pink',
    orange: 'Orange',
    purple: 'Purple',
    red: 'Red',
    grey: 'Grey',
  },
  report: {
    title: 'Notes report',
    noNotes: 'No notes.',
    summary: (count, reviewer, at) =>
      `${plural(count, 'note', 'notes')} · reviewer ${reviewer} · exported ${at}`,
  },
  date: (day, month, year) => `${day} ${EN_MONTHS[month - 1] ?? String(month)} ${year}`,
};

const VI: ExportWording = {
  lang: 'vi',
  annotatedCopy: 'BẢN CÓ GHI CHÚ',
  subject: (doc, count) => `Bản có ghi chú của ${doc}: ${count} ghi chú`,
  cover: {
    reviewer: 'Người rà soát',
    exported: 'Xuất lúc',
    notes: 'Ghi chú',
    contents: 'Nội dung',
    filter: 'Bộ lọc',
  },
  unanchoredCount: (n) => `(${n} không còn gắn với văn bản)`,
  scope: { all: 'Toàn văn', annotated: 'Chỉ các quy định có ghi chú (kèm tiêu đề để đối chiếu)' },
  filterTags: (tags) => `thẻ ${tags}`,
  filterColors: (colors) => `màu ${colors}`,
  facts: {
    number: 'Số',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    author: 'Tác giả',
    issued: 'Ngày ban hành',
    effective: 'Ngày có hiệu lực',
    published: 'Ngày đăng',
    status: 'Tình trạng',
    source: 'Nguồn',
  },
  footer: (reviewer, at) => `Người rà soát: ${reviewer} · Xuất lúc ${at}`,
  page: (page, total) => `Trang ${page}/${total}`,
  notesHeading: 'Ghi chú',
  noteCount: (count) => `${count} ghi chú`,
  notesSummary: (count, unanchored) =>
    `${count} ghi chú theo thứ tự đọc` +
    (unanchored > 0 ? `; ${unanchored} ghi chú không còn gắn với văn bản, xếp cuối.` : '.'),
  noNotesInExport: 'Bản xuất này không có ghi chú.',
  unanchoredHeading: 'Ghi chú không còn gắn với văn bản',
  unanchoredHelp:
    'Đoạn văn của các ghi chú này không còn trong phiên bản văn bản này; mỗi ghi chú giữ nguyên trích dẫn gốc.',
  unanchoredMark: 'KHÔNG CÒN GẮN VỚI VĂN BẢN',
  wholeProvision: 'Ghi chú cho toàn bộ quy định.',
  highlightOnly: '(chỉ tô sáng, không có ghi chú)',
  tags: (tags) => `thẻ: ${tags}`,
  pageRef: (page) => `tr. ${page}`,
  outlineNotes: (nums) => `ghi chú ${nums}`,
  colors: {
    yellow: 'Vàng',
    green: 'Xanh lá',
    blue: 'Xanh dương',
    pink: 'Hồng',
    orange: 'Cam',
    purple: 'Tím',
    red: 'Đỏ',
    grey: 'Xám',
  },
  report: {
    title: 'Báo cáo ghi chú',
    noNotes: 'Không có ghi chú.',
    summary: (count, reviewer, at) => `${count} ghi chú · người rà soát ${reviewer} · xuất lúc ${at}`,
  },
  date: (day, month, year) => `ngày ${day} tháng ${month} năm ${year}`,
};

/** The export wording of a language. */
export function wordingFor(lang: CitationLang): ExportWording {
  return lang === 'vi' ? VI : EN;
}

/** The wording of a report over several documents: Vietnamese when every one is Vietnamese, else English. */
export function commonWording(langs: readonly CitationLang[]): ExportWording {
  return langs.length > 0 && langs.every((l) => l === 'vi') ? VI : EN;
}
