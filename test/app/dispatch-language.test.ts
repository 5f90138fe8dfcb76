// The failure envelope says which language its message is in: 'vi' only when the interface is Vietnamese and the
// failure has a Vietnamese wording, so the renderer knows when to show its own translated sentence instead.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { LecternError } from '../../electron/core/errors';
import type { MessageLanguage } from '../../electron/shared/envelope';
import { setupHandlerTable } from '../support/services';

const table = setupHandlerTable();

const inLanguage = (language: MessageLanguage) => ({ language: () => language });

describe('the language of a failure envelope', () => {
  it('a core error with English wording only stays "en" in the Vietnamese interface', async () => {
    const missing = await dispatch(
      table.handlers,
      'documents:get',
      { docId: 'no-such-doc' },
      inLanguage('vi'),
    );
    expect(missing).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: expect.stringMatching(/^No document "no-such-doc"/) as string,
        language: 'en',
      },
    });
  });

  it('a failure worded in Vietnamese is "vi" in the Vietnamese interface and "en" in the English one', async () => {
    const worded: Handlers = {
      ...table.handlers,
      'settings:update': () => {
        throw new LecternError('IO', 'The data folder is read-only.', 'Thư mục dữ liệu chỉ đọc.');
      },
    };
    const request = { theme: 'dark' };
    expect(await dispatch(worded, 'settings:update', request, inLanguage('vi'))).toEqual({
      ok: false,
      error: { code: 'IO', message: 'Thư mục dữ liệu chỉ đọc.', language: 'vi' },
    });
    expect(await dispatch(worded, 'settings:update', request, inLanguage('en'))).toEqual({
      ok: false,
      error: { code: 'IO', message: 'The data folder is read-only.', language: 'en' },
    });
    expect(await dispatch(worded, 'settings:update', request)).toMatchObject({ error: { language: 'en' } });
  });

  it('an unexpected failure (a bug) is worded in both languages, so it follows the interface', async () => {
    const buggy: Handlers = {
      ...table.handlers,
      'documents:list': () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    const vi = await dispatch(buggy, 'documents:list', {}, inLanguage('vi'));
    expect(vi).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringContaining('Lectern không hoàn tất') as string,
        language: 'vi',
      },
    });
    const en = await dispatch(buggy, 'documents:list', {}, inLanguage('en'));
    expect(en).toMatchObject({ ok: false, error: { code: 'INTERNAL', language: 'en' } });
  });

  it('refusals of the gate itself (unknown channel, invalid request) are English: "en" whatever the interface', async () => {
    const unknown = await dispatch(table.handlers, 'no:such-channel', {}, inLanguage('vi'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', language: 'en' } });
    const invalid = await dispatch(
      table.handlers,
      'reading:setPosition',
      { docId: 'decree-63-2020' },
      inLanguage('vi'),
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', language: 'en' } });
  });
});
