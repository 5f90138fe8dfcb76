// What each native dialog the handlers open is for, and which files it accepts. Handlers name a purpose and never
// word a dialog; the host words its title and file-type names in the interface language
// (electron/main/desktop/dialog-wording.ts), so a Vietnamese reviewer gets Vietnamese dialogs.
import { IMPORT_EXTENSIONS } from '../core/import/folder-files';

/** The kinds of file a dialog offers, with their extensions (no dot). */
export const FILE_TYPES = {
  documents: IMPORT_EXTENSIONS.map((e) => e.slice(1)),
  notesBundle: ['json'],
  notesCsv: ['csv'],
  pdf: ['pdf'],
  markdown: ['md'],
  publicKey: ['json'],
} as const satisfies Record<string, readonly string[]>;

/** One of FILE_TYPES. */
export type FileType = keyof typeof FILE_TYPES;

/** Every dialog the app opens and the file type it offers (null for a folder). */
const DIALOG_PURPOSES = {
  importDocument: 'documents',
  importDocuments: 'documents',
  importFolder: null,
  importNotes: 'notesBundle',
  exportNotesBundle: 'notesBundle',
  exportNotesCsv: 'notesCsv',
  exportPdf: 'pdf',
  exportReportPdf: 'pdf',
  exportReportMarkdown: 'markdown',
  exportKey: 'publicKey',
  trustKey: 'publicKey',
} as const satisfies Record<string, FileType | null>;

/** Why a dialog is opened; the host words it. */
export type DialogPurpose = keyof typeof DIALOG_PURPOSES;

/** What a handler asks a host dialog for: its purpose and, for a save, the proposed file name. */
export interface DialogRequest {
  purpose: DialogPurpose;
  defaultName?: string;
}

/** The file type a dialog offers, or null for a folder pick. */
export function fileTypeOf(purpose: DialogPurpose): FileType | null {
  return DIALOG_PURPOSES[purpose];
}
