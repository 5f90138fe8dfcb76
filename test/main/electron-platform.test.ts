// The Electron Platform's dialogs with a recording fake of Electron's `dialog`: batch import asks for several
// files (`openFile` + `multiSelections`) or one folder (`openDirectory`), attached to the window, and a cancelled
// dialog answers null — never an empty list the handlers would plan as a batch of nothing.
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { createElectronPlatform } from '../../electron/main/desktop/electron-platform';

/** A platform whose open dialog answers from `answers` and records what it was asked. */
function platformWith(answers: { canceled: boolean; filePaths: string[] }[], win: BrowserWindow | null) {
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
  });
  return { platform, asked };
}

const filters = [{ name: 'Documents', extensions: ['txt', 'pdf'] }];

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
    expect(await platform.chooseOpenPaths({ title: 'Import documents', filters })).toEqual([
      '/m/a.txt',
      '/m/b.pdf',
    ]);
    expect(await platform.chooseFolder({ title: 'Import a folder of documents' })).toBe('/m/decrees');
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
    expect(await platform.chooseOpenPaths({ title: 'Import documents', filters })).toBeNull();
    expect(await platform.chooseOpenPaths({ title: 'Import documents', filters })).toBeNull();
    expect(await platform.chooseFolder({ title: 'Import a folder of documents' })).toBeNull();
    expect(asked.every((a) => !a.attached)).toBe(true);
  });
});
