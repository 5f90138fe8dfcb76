// Batch import in the app against the real core (jsdom): several files from the (scripted) multi-select dialog
// or dropped onto the window become one preview (document found, warnings, duplicates with a choice), import
// with progress, a bad file reported without stopping the rest, Cancel between files, one report, and focus back
// on the button that opened it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../electron/shared/events';
import { App } from '../../renderer/src/app';
import { installCore, stubLayout, value, type CoreApiHandle } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';
import { smallDecree } from '../support/small-decree';

let core: CoreApiHandle;
let files: ReturnType<ImportFilesModule['importFiles']>;

const decree = smallDecree;

beforeAll(async () => {
  stubLayout();
  core = await installCore();
  files = (await loadImportFiles()).importFiles();
});
afterEach(cleanup);
afterAll(() => {
  core.close();
  files.remove();
});

async function openApp() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Decree/ });
}

const row = (dialog: HTMLElement, file: string) => {
  const header = within(dialog).getByRole('rowheader', { name: file });
  return within(header.closest('tr')!);
};

/** The dialog of that name; reading and importing run the real parser, which takes seconds on a busy machine. */
const dialogNamed = (name: string) => screen.findByRole('dialog', { name }, { timeout: 60_000 });

const imported = async () => (await value(core.api.documents.imported())).map((d) => d.docId).sort();

// The real parser and SQLite run behind each step: a generous per-test budget for a shared 2-core machine.
describe('batch import in the app', { timeout: 150_000 }, () => {
  it('previews several files, imports the good ones, reports the bad one and gives focus back', async () => {
    core.queueOpen([
      files.write('nd-1.txt', decree(1, 'ngựa')),
      files.write('broken.pdf', 'not a pdf at all'),
      files.write('nd-2.txt', decree(2, 'thuyền')),
    ]);
    await openApp();
    const opener = screen.getByRole('button', { name: 'Import files…' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = await dialogNamed('Import 3 files');
    expect(within(dialog).getByText('2 new, 0 already in the library, 1 cannot be imported.')).toBeTruthy();
    const first = row(dialog, 'nd-1.txt');
    expect(first.getByText('Nghị định về việc thứ 1')).toBeTruthy();
    expect(first.getByText(/Decree · 1\/2030\/NĐ-CP · decree-1-2030/)).toBeTruthy();
    expect(first.getByRole<HTMLSelectElement>('combobox', { name: 'Action for nd-1.txt' }).value).toBe(
      'import',
    );
    expect(row(dialog, 'broken.pdf').getByText(/pdf/i, { selector: '.error-text' })).toBeTruthy();
    expect(await imported()).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 files' }));
    const report = await dialogNamed('Import report: 3 files');
    expect(within(report).getByText('2 imported, 0 replaced, 0 skipped, 1 failed.')).toBeTruthy();
    expect(row(report, 'broken.pdf').getByText('Failed')).toBeTruthy();
    expect(row(report, 'nd-2.txt').getByRole('button', { name: 'Nghị định về việc thứ 2' })).toBeTruthy();
    expect(await imported()).toEqual(['decree-1-2030', 'decree-2-2030']);
    const library = screen.getByRole('list', { name: 'Documents' });
    await within(library).findByText('Nghị định 1/2030/NĐ-CP');

    fireEvent.click(within(report).getByText('Close', { selector: 'button.btn-primary' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import files…' }));
  });

  it('offers skip, replace or keep both for duplicates and follows the choice per file', async () => {
    core.queueOpen([
      files.write('nd-1-again.txt', decree(1, 'ngựa')),
      files.write('nd-1-revised.txt', decree(1, 'ngựa vằn')),
      files.write('nd-2-copy.txt', decree(2, 'thuyền buồm')),
    ]);
    await openApp();
    fireEvent.click(screen.getByRole('button', { name: 'Import files…' }));
    const dialog = await dialogNamed('Import 3 files');
    expect(
      row(dialog, 'nd-1-again.txt').getByText(
        /The same file as “.*” \(decree-1-2030\), already in the library\./,
      ),
    ).toBeTruthy();
    const revised = row(dialog, 'nd-1-revised.txt');
    expect(revised.getByText(/The same number as “.*” \(decree-1-2030\)/)).toBeTruthy();
    const menu = revised.getByRole<HTMLSelectElement>('combobox', { name: 'Action for nd-1-revised.txt' });
    expect(menu.value).toBe('skip');
    expect([...menu.options].map((o) => o.textContent)).toEqual([
      'Skip',
      'Replace the one in the library',
      'Keep both',
    ]);
    fireEvent.change(menu, { target: { value: 'replace' } });
    fireEvent.change(
      row(dialog, 'nd-2-copy.txt').getByRole('combobox', { name: 'Action for nd-2-copy.txt' }),
      {
        target: { value: 'keep-both' },
      },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 files' }));

    const report = await dialogNamed('Import report: 3 files');
    expect(within(report).getByText('1 imported, 1 replaced, 1 skipped, 0 failed.')).toBeTruthy();
    expect(row(report, 'nd-1-again.txt').getByText('Left out, as chosen.')).toBeTruthy();
    expect(await imported()).toEqual(['decree-1-2030', 'decree-2-2030', 'decree-2-2030-2']);
    const hits = await value(core.api.search.query({ query: 'ngua van' }));
    expect(hits.groups.map((g) => g.docId)).toContain('decree-1-2030');
  });

  it('imports files dropped onto the window from their bytes, reporting one too large to send', async () => {
    await openApp();
    const dropped = [
      new File([decree(3, 'xe đạp')], 'nd-3.txt', { type: 'text/plain' }),
      new File([new Uint8Array(21 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }),
    ];
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: dropped } });
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);

    const dialog = await dialogNamed('Import 2 files');
    expect(row(dialog, 'nd-3.txt').getByText('Nghị định về việc thứ 3')).toBeTruthy();
    expect(row(dialog, 'huge.pdf').getByText('Larger than 20 MB, the most Lectern imports.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 1 file' }));
    const report = await dialogNamed('Import report: 2 files');
    expect(within(report).getByText('1 imported, 0 replaced, 0 skipped, 1 failed.')).toBeTruthy();
    expect(await imported()).toContain('decree-3-2030');
  });

  it('walks a dropped folder into its files, reporting one in another format and leaving hidden files out', async () => {
    await openApp();
    const file = (name: string, text: string) => ({
      isDirectory: false,
      isFile: true,
      name,
      file: (ok: (f: File) => void) => {
        ok(new File([text], name, { type: 'text/plain' }));
      },
    });
    const dir = (name: string, entries: unknown[]) => ({
      isDirectory: true,
      isFile: false,
      name,
      createReader: () => {
        const batches = [entries, []];
        return {
          readEntries: (ok: (e: unknown[]) => void) => {
            ok(batches.shift() ?? []);
          },
        };
      },
    });
    const folder = dir('incoming', [
      file('nd-7.txt', decree(7, 'máy bay')),
      file('.DS_Store', 'junk'),
      file('picture.gif', 'GIF89a'),
      dir('sub', [file('nd-8.txt', decree(8, 'tàu thủy'))]),
    ]);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: [], items: [{ kind: 'file', webkitGetAsEntry: () => folder }] },
    });
    window.dispatchEvent(drop);

    const dialog = await dialogNamed('Import 3 files');
    expect(row(dialog, 'incoming › nd-7.txt').getByText('Nghị định về việc thứ 7')).toBeTruthy();
    expect(row(dialog, 'incoming › sub › nd-8.txt').getByText('Nghị định về việc thứ 8')).toBeTruthy();
    expect(row(dialog, 'incoming › picture.gif').getByText(/Not a format Lectern imports/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 files' }));
    const report = await dialogNamed('Import report: 3 files');
    expect(within(report).getByText('2 imported, 0 replaced, 0 skipped, 1 failed.')).toBeTruthy();
    expect(await imported()).toEqual(expect.arrayContaining(['decree-7-2030', 'decree-8-2030']));
  });

  it('stops between files on Cancel: what was imported stays and is listed, the rest are reported', async () => {
    // Twenty files, so the Cancel button has rendered long before the last one even on a busy machine.
    const numbers = Array.from({ length: 20 }, (_, i) => 11 + i);
    const paths = numbers.map((n) => files.write(`c-${n}.txt`, decree(n, `từ ${n}`)));
    core.queueOpen(paths);
    await openApp();
    fireEvent.click(screen.getByRole('button', { name: 'Import files…' }));
    const dialog = await dialogNamed('Import 20 files');
    let cancelled = false;
    let focusedStop = false;
    const off = core.api.on('job:progress', (p: JobProgress) => {
      if (cancelled || p.step?.status !== 'imported') return;
      const stop = screen.queryByRole('button', { name: 'Cancel the import' });
      if (stop === null) return;
      cancelled = true;
      expect(screen.getByRole('progressbar', { name: 'Files imported' })).toBeTruthy();
      focusedStop = document.activeElement === stop;
      fireEvent.click(stop);
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 20 files' }));
    const report = await dialogNamed('Import report: 20 files');
    off();
    expect(cancelled).toBe(true);
    expect(focusedStop).toBe(true);
    expect(within(report).getByText(/The import was cancelled/)).toBeTruthy();
    const ids = new Set(numbers.map((n) => `decree-${n}-2030`));
    const kept = (await imported()).filter((id) => ids.has(id));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(20);
    expect(within(report).getAllByText('Imported')).toHaveLength(kept.length);
    expect(
      within(report).getAllByText('Not imported: the import was cancelled before this file.'),
    ).toHaveLength(20 - kept.length);
    await waitFor(() => {
      expect(document.activeElement).toBe(
        within(report).getByText('Close', { selector: 'button.btn-primary' }),
      );
    });
  });
});
