import { describe, expect, it } from 'vitest';
import { IPC_ERROR_CODES } from '../../electron/shared/envelope';
import { ApiError } from '../../renderer/src/api/client';
import { errorKey, errorText } from '../../renderer/src/api/error-text';
import { createI18n } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/i18n/en';
import { vi } from '../../renderer/src/i18n/vi';

const NO_DOC = 'No document "x". List the documents to see valid ids.';

describe('errorText', () => {
  it('shows a message already in the interface language as it is', () => {
    expect(errorText(new ApiError('NOT_FOUND', NO_DOC, 'en'), createI18n('en'))).toBe(NO_DOC);
    const locked = 'Cơ sở dữ liệu ghi chú của Lectern đang bị khóa.';
    expect(errorText(new ApiError('IO', locked, 'vi'), createI18n('vi'))).toBe(locked);
  });

  it('in the Vietnamese interface, words an English message by its code and keeps it as the detail', () => {
    expect(errorText(new ApiError('NOT_FOUND', NO_DOC, 'en'), createI18n('vi'))).toBe(
      `Không tìm thấy mục được yêu cầu. (${NO_DOC})`,
    );
    expect(errorText(new ApiError('EXISTS', '/tmp/a.pdf already exists.', 'en'), createI18n('vi'))).toBe(
      'Tệp hoặc mục này đã tồn tại. (/tmp/a.pdf already exists.)',
    );
  });

  it('in the English interface, words a Vietnamese message by its code', () => {
    expect(errorText(new ApiError('IO', 'Ổ đĩa đã đầy.', 'vi'), createI18n('en'))).toBe(
      'Lectern could not read or write a file. (Ổ đĩa đã đầy.)',
    );
  });

  it('follows a language the interface switched to, and a regional code such as vi-VN', async () => {
    const i18n = createI18n('en');
    const error = new ApiError('CONFLICT', 'Job job-1 is already running.', 'en');
    expect(errorText(error, i18n)).toBe('Job job-1 is already running.');
    await i18n.changeLanguage('vi-VN');
    expect(errorText(error, i18n)).toBe(
      'Không thể thực hiện việc này ở trạng thái hiện tại. (Job job-1 is already running.)',
    );
  });

  it('gives anything that is not an ApiError (a bug in the renderer) the INTERNAL wording', () => {
    expect(errorText(new TypeError('x is undefined'), createI18n('vi'))).toBe(
      'Lectern gặp sự cố ngoài dự kiến. (x is undefined)',
    );
    expect(errorText(new TypeError('x is undefined'), createI18n('en'))).toBe(
      'Lectern hit an unexpected problem. (x is undefined)',
    );
    expect(errorText(undefined, createI18n('en'))).toBe('Lectern hit an unexpected problem. (undefined)');
    expect(errorText(new Error(''), createI18n('vi'))).toBe('Lectern gặp sự cố ngoài dự kiến.');
  });

  it('has a distinct sentence for every IPC error code in both languages', () => {
    const get = (table: object, key: string) =>
      key.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown> | undefined)?.[p], table);
    for (const table of [en, vi]) {
      const sentences = IPC_ERROR_CODES.map((code) => get(table, errorKey(code)));
      expect(sentences.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      expect(new Set(sentences).size).toBe(IPC_ERROR_CODES.length);
    }
    const i18n = createI18n('vi');
    for (const code of IPC_ERROR_CODES) {
      expect(errorText(new ApiError(code, 'detail', 'en'), i18n)).toBe(`${vi.errors[code]} (detail)`);
    }
  });
});
