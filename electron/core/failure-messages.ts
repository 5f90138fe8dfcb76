// The one place a raw SQLite, filesystem or pdf.js failure becomes a LecternError with a plain message in English
// and Vietnamese that says what happened and what to do — so the CLI, the IPC gate and the worker's start-up never
// show "Unexpected error" or a stack trace for a locked, read-only, full or damaged data folder or an unreadable PDF.
import { LecternError, isLecternError } from './errors';

/** A worded failure in both interface languages. */
interface Wording {
  code: LecternError['code'];
  en: string;
  vi: string;
}

const worded = (w: Wording): LecternError => new LecternError(w.code, w.en, w.vi);

/** The code of a better-sqlite3 `SqliteError` (e.g. SQLITE_BUSY, SQLITE_READONLY_DBMOVED), or null. */
function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** The errno code of a Node filesystem error (ENOSPC, EACCES …), or null. */
function errnoCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/** SQLite result codes (primary code, extended codes folded) → wording; the data file is user.sqlite. */
function sqliteWording(code: string): Wording | null {
  // Growing the WAL's shared-memory file fails only for want of space (ENOSPC, quota): a full disk.
  if (code === 'SQLITE_IOERR_SHMSIZE') return fullDisk('the data folder');
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
  switch (primary) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return {
        code: 'IO',
        en: "Lectern's notes database is locked by another Lectern window or command. Close the other one and try again; nothing was changed.",
        vi: 'Cơ sở dữ liệu ghi chú của Lectern đang bị một cửa sổ hoặc lệnh Lectern khác khóa. Hãy đóng nó rồi thử lại; chưa có gì bị thay đổi.',
      };
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return {
        code: 'IO',
        en: 'Lectern cannot write to its data folder: the folder or user.sqlite is read-only. Make them writable (or move the data folder to a writable disk) and try again; nothing was changed.',
        vi: 'Lectern không ghi được vào thư mục dữ liệu: thư mục hoặc tệp user.sqlite chỉ cho phép đọc. Hãy cho phép ghi (hoặc chuyển thư mục dữ liệu sang ổ đĩa ghi được) rồi thử lại; chưa có gì bị thay đổi.',
      };
    case 'SQLITE_CANTOPEN':
      return {
        code: 'IO',
        en: 'Lectern cannot open user.sqlite in its data folder: the folder is missing, read-only or not yours. Check the folder and try again; nothing was changed.',
        vi: 'Lectern không mở được tệp user.sqlite trong thư mục dữ liệu: thư mục không tồn tại, chỉ cho phép đọc hoặc không thuộc quyền của bạn. Hãy kiểm tra thư mục rồi thử lại; chưa có gì bị thay đổi.',
      };
    case 'SQLITE_FULL':
      return fullDisk('the data folder');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return {
        code: 'CORRUPT',
        en: "Lectern's notes database (user.sqlite) is damaged. Restart Lectern: it sets the damaged file aside and restores the newest backup (or run `notes restore-backup`).",
        vi: 'Cơ sở dữ liệu ghi chú của Lectern (user.sqlite) bị hỏng. Hãy khởi động lại Lectern: tệp hỏng sẽ được để riêng và bản sao lưu mới nhất được khôi phục (hoặc chạy `notes restore-backup`).',
      };
    case 'SQLITE_IOERR':
      return {
        code: 'IO',
        en: 'The disk reported an error while Lectern read or wrote its data (removed media, a full or failing disk). Check the disk and try again; nothing was changed.',
        vi: 'Ổ đĩa báo lỗi khi Lectern đọc hoặc ghi dữ liệu (thiết bị bị rút ra, ổ đầy hoặc hỏng). Hãy kiểm tra ổ đĩa rồi thử lại; chưa có gì bị thay đổi.',
      };
    default:
      return null;
  }
}

function fullDisk(where: string): Wording {
  return {
    code: 'IO',
    en: `The disk is full: Lectern could not write to ${where}. Free some space and try again; nothing was changed.`,
    vi: `Ổ đĩa đã đầy: Lectern không ghi được vào ${where === 'the data folder' ? 'thư mục dữ liệu' : where}. Hãy giải phóng dung lượng rồi thử lại; chưa có gì bị thay đổi.`,
  };
}

/** Filesystem errno → wording naming the path (`subject` overrides it, e.g. the export target). */
function errnoWording(code: string, path: string): Wording | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return fullDisk(path);
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'IO',
        en: `Permission denied: Lectern may not write or read ${path}. Choose another place or make it writable; nothing was changed.`,
        vi: `Không có quyền: Lectern không được đọc hoặc ghi ${path}. Hãy chọn chỗ khác hoặc cho phép ghi; chưa có gì bị thay đổi.`,
      };
    case 'EROFS':
      return {
        code: 'IO',
        en: `${path} is on a read-only disk. Choose another place (or make the disk writable) and try again; nothing was changed.`,
        vi: `${path} nằm trên ổ đĩa chỉ đọc. Hãy chọn chỗ khác (hoặc cho phép ghi ổ đĩa) rồi thử lại; chưa có gì bị thay đổi.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'NOT_FOUND',
        en: `${path} does not exist (was the disk removed?). Check the path and try again.`,
        vi: `${path} không tồn tại (ổ đĩa đã bị rút ra?). Hãy kiểm tra đường dẫn rồi thử lại.`,
      };
    case 'EISDIR':
      return {
        code: 'IO',
        en: `${path} is a folder, not a file. Choose a file name.`,
        vi: `${path} là một thư mục, không phải tệp. Hãy chọn tên tệp.`,
      };
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
      return {
        code: 'IO',
        en: `The disk reported an error with ${path} (removed or failing media). Check the disk and try again.`,
        vi: `Ổ đĩa báo lỗi với ${path} (thiết bị bị rút ra hoặc hỏng). Hãy kiểm tra ổ đĩa rồi thử lại.`,
      };
    case 'EMFILE':
    case 'ENFILE':
      return {
        code: 'IO',
        en: 'Too many files are open on this computer. Close some programs and try again.',
        vi: 'Máy tính đang mở quá nhiều tệp. Hãy đóng bớt chương trình rồi thử lại.',
      };
    case 'ENAMETOOLONG':
      return {
        code: 'INVALID_INPUT',
        en: `The file name is too long: ${path}. Choose a shorter one.`,
        vi: `Tên tệp quá dài: ${path}. Hãy chọn tên ngắn hơn.`,
      };
    default:
      return null;
  }
}

/**
 * The user-facing LecternError for a raw failure: a LecternError is returned as it is; a SQLite, filesystem or
 * pdf.js error is worded by its code; anything else is null (a bug: the caller logs it and says so plainly).
 * `subject` names the file the caller was working on when the error itself carries no path.
 */
export function explainFailure(error: unknown, subject?: string): LecternError | null {
  if (isLecternError(error)) return error;
  const sqlite = sqliteCode(error);
  if (sqlite !== null) {
    const wording = sqliteWording(sqlite);
    return wording === null ? null : worded(wording);
  }
  const errno = errnoCode(error);
  if (errno !== null) {
    const path = subject ?? (error as NodeJS.ErrnoException).path ?? 'the file';
    const wording = errnoWording(errno, path);
    return wording === null ? null : worded(wording);
  }
  return null;
}

/** pdf.js's failure to open or read a PDF (password, damaged, not a PDF) as a worded LecternError. */
export function pdfFailure(error: unknown, fileName: string): LecternError {
  if (isLecternError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return worded({
      code: 'UNSUPPORTED',
      en: `${fileName} is password-protected (encrypted); save an unprotected copy and import that. Nothing was imported.`,
      vi: `${fileName} được bảo vệ bằng mật khẩu (mã hóa); hãy lưu một bản không có mật khẩu rồi nhập bản đó. Chưa có gì được nhập.`,
    });
  }
  return worded({
    code: 'CORRUPT',
    en: `${fileName} could not be read as a PDF: it is damaged or not a PDF. Open it in a PDF viewer and save a new copy, or import a DOCX or text version. Nothing was imported.`,
    vi: `Không đọc được ${fileName} dưới dạng PDF: tệp bị hỏng hoặc không phải PDF. Hãy mở bằng trình xem PDF và lưu bản mới, hoặc nhập bản DOCX hay văn bản. Chưa có gì được nhập.`,
  });
}

/** The sentence shown for a failure nothing above could word (a bug): no stack, where the details went. */
export function unexpectedFailure(what: string): LecternError {
  return worded({
    code: 'INTERNAL',
    en: `Lectern could not complete ${what}; the details are in the local log.`,
    vi: `Lectern không hoàn tất được ${what}; chi tiết được ghi trong nhật ký trên máy.`,
  });
}
