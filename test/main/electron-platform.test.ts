// The Electron Platform's dialogs with a recording fake of Electron's `dialog`: batch import asks for several
// files (`openFile` + `multiSelections`) or one folder (`openDirectory`), attached to the window, and a cancelled
// dialog answers null — never an empty list the handlers would plan as a batch of nothing. Dialogs are worded by
// this host in the interface language, from the purpose the handler named.
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { createElectronPlatform } from '../../electron/main/desktop/electron-platform';
import type { MenuLocale } from '../../electron/main/desktop/menu-labels';
import { IMPORT_EXTENSIONS } from '../../electron/core/import/folder-files';

/** A platform whose open dialog answers from `answers` and records what it was asked. */
function platformWith(
  answers: { canceled: boolean; filePaths: string[] }[],
  win: BrowserWindow | null,
  locale: MenuLocale = 'en',
) {
  const asked: { attached: boolean; options: OpenDialogOptions }[] = [];
  const showOpenDialog = (a: OpenDialogOptions, b?: OpenDialogOptions) => {
    asked.push(b === undefined ? { attached: false, options: a } : { attached: true, options: b });
    return Promise.resolve(answers.shift() ?? { canceled: true, filePaths: [] });
  };
  const dialog = {
    showOpenDialog,
    showSaveDialog: () => Promise.reject(new Error('unused')),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  const platform = createElectronPlatform({
    app: { getName: () => 'Lectern', getVersion: () => '0.0.0', getAppPath: () => '/app' },
    dialog,
    window: () => win,
    dataDir: '/tmp/data',
    portable: false,
    locale: () => locale,
  });
  return { platform, asked };
}

const filters = [{ name: 'Documents', extensions: IMPORT_EXTENSIONS.map((e) => e.slice(1)) }];

describe('Electron platform dialogs for batch import', () => {
  it('asks for several files or one folder, attached to the window', async () => {
    // Only its identity matters: the dialog receives it as its parent.
    const win = Object.create(null) as BrowserWindow;
    const { platform, asked } = platformWith(
      [
        { canceled: false, filePaths: ['/m/a.txt', '/m/b.pdf'] },
        { canceled: false, filePaths: ['/m/decrees'] },
      ],
      win,
    );
    expect(await platform.chooseOpenPaths({ purpose: 'importDocuments' })).toEqual(['/m/a.txt', '/m/b.pdf']);
    expect(await platform.chooseFolder({ purpose: 'importFolder' })).toBe('/m/decrees');
    expect(asked).toEqual([
      {
        attached: true,
        options: { title: 'Import documents', filters, properties: ['openFile', 'multiSelections'] },
      },
      { attached: true, options: { title: 'Import a folder of documents', properties: ['openDirectory'] } },
    ]);
  });

  it('answers null when the dialog is cancelled or returns nothing, also without a window', async () => {
    const { platform, asked } = platformWith(
      [
        { canceled: true, filePaths: ['/ignored'] },
        { canceled: false, filePaths: [] },
        { canceled: true, filePaths: [] },
      ],
      null,
    );
    expect(await platform.chooseOpenPaths({ purpose: 'importDocuments' })).toBeNull();
    expect(await platform.chooseOpenPaths({ purpose: 'importDocuments' })).toBeNull();
    expect(await platform.chooseFolder({ purpose: 'importFolder' })).toBeNull();
    expect(asked.every((a) => !a.attached)).toBe(true);
  });

  it('words the dialog in the interface language, with the file types the purpose accepts', async () => {
    const { platform, asked } = platformWith(
      [
        { canceled: false, filePaths: ['/m/a.docx'] },
        { canceled: false, filePaths: ['/m/colleague.lectern-key.json'] },
      ],
      null,
      'vi',
    );
    await platform.chooseOpenPaths({ purpose: 'importDocuments' });
    await platform.chooseOpenPath({ purpose: 'trustKey' });
    expect(asked.map((a) => a.options)).toEqual([
      {
        title: 'Nhập văn bản',
        filters: [{ name: 'Văn bản', extensions: ['txt', 'docx', 'pdf', 'html', 'htm', 'xhtml'] }],
        properties: ['openFile', 'multiSelections'],
      },
      {
        title: 'Tin cậy khóa của đồng nghiệp',
        filters: [{ name: 'Khóa công khai Lectern', extensions: ['json'] }],
        properties: ['openFile'],
      },
    ]);
  });
});
