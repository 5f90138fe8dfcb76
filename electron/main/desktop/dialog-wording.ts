// The native dialogs' wording in each interface language: the handlers name a purpose (electron/app/dialogs.ts),
// this host words its title and file types, so dialogs follow the language chosen in Settings like the menu does.
import type { DialogPurpose, FileType } from '../../app/dialogs';
import { FILE_TYPES, fileTypeOf } from '../../app/dialogs';
import type { MenuLocale } from './menu-labels';

/** Every dialog title and file-type name in one language. */
interface DialogWords {
  titles: Record<DialogPurpose, string>;
  fileTypes: Record<FileType, string>;
}

/** The dialogs' wording per language. */
const DIALOG_WORDING: Record<MenuLocale, DialogWords> = {
  en: {
    titles: {
      importDocument: 'Import a document',
      importDocuments: 'Import documents',
      importFolder: 'Import a folder of documents',
      importNotes: 'Import notes',
      exportNotesBundle: 'Export notes',
      exportNotesCsv: 'Export notes as CSV',
      exportPdf: 'Export annotated PDF',
      exportReportPdf: 'Export notes report',
      exportReportMarkdown: 'Export notes report',
      exportKey: 'Export my public key',
      trustKey: 'Trust a colleague’s key',
    },
    fileTypes: {
      documents: 'Documents',
      notesBundle: 'Lectern notes',
      notesCsv: 'CSV',
      pdf: 'PDF',
      markdown: 'Markdown',
      publicKey: 'Lectern public key',
    },
  },
  vi: {
    titles: {
      importDocument: 'Nhập một văn bản',
      importDocuments: 'Nhập văn bản',
      importFolder: 'Nhập một thư mục văn bản',
      importNotes: 'Nhập ghi chú',
      exportNotesBundle: 'Xuất ghi chú',
      exportNotesCsv: 'Xuất ghi chú dạng CSV',
      exportPdf: 'Xuất PDF có ghi chú',
      exportReportPdf: 'Xuất báo cáo ghi chú',
      exportReportMarkdown: 'Xuất báo cáo ghi chú',
      exportKey: 'Xuất khóa công khai của tôi',
      trustKey: 'Tin cậy khóa của đồng nghiệp',
    },
    fileTypes: {
      documents: 'Văn bản',
      notesBundle: 'Ghi chú Lectern',
      notesCsv: 'CSV',
      pdf: 'PDF',
      markdown: 'Markdown',
      publicKey: 'Khóa công khai Lectern',
    },
  },
};

/** A native dialog's title and filters for `purpose` in `locale` (no filters for a folder pick). */
export function dialogWording(
  purpose: DialogPurpose,
  locale: MenuLocale,
): { title: string; filters: { name: string; extensions: string[] }[] } {
  const words = DIALOG_WORDING[locale];
  const type = fileTypeOf(purpose);
  return {
    title: words.titles[purpose],
    filters: type === null ? [] : [{ name: words.fileTypes[type], extensions: [...FILE_TYPES[type]] }],
  };
}
