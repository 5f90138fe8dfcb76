// End-to-end: importing a Vietnamese decree through the library UI in Debian Chromium against the loopback
// test host and the real core — edit its title, find it by an unaccented word, pair it with its English
// version, read both side by side, then remove it; and a batch of three files (one bad) imported and reported in
// one go, then found in the library. Any request not to the host fails the run.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/e2e/axe';
import { guardedPage } from '../support/e2e/browser';
import { startHost, testControl, type RunningHost } from '../support/e2e/host';
import { TEXTS, importFiles, type ImportFiles } from '../support/e2e/import-files';
import { setupHostAndBrowser, type HostAndBrowser } from '../support/e2e/suite';
import { vi } from '../../renderer/src/i18n/vi';

/** `{{name}}` placeholders filled as i18next does. */
function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

// Screenshots for a look by eye; gitignored like the reader run's.
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
let files: ImportFiles | undefined;
const hostAndBrowser = setupHostAndBrowser({
  before: () => {
    mkdirSync(SHOTS, { recursive: true });
    files = importFiles();
  },
  after: () => {
    files?.remove();
  },
});

function env(): HostAndBrowser & { files: ImportFiles } {
  if (!files) throw new Error('e2e setup did not complete');
  return { ...hostAndBrowser(), files };
}

/** Imports `path` through the library's button; `edit` fills fields of the preview before Import. */
async function importViaUi(
  page: Page,
  host: RunningHost,
  path: string,
  edit?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await testControl(host, 'open-file', { path });
  await page.getByRole('button', { name: 'Import document…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import / });
  await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
  if (edit) await edit(dialog);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByText(/was imported and is now in the library/).waitFor();
  await dialog.getByRole('button', { name: 'Open the document' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('importing documents in Chromium', () => {
  it('imports a Vietnamese decree with an edited title, finds it, reads it beside its translation, removes it', async () => {
    const { host, browser, files } = env();
    const viPath = files.write('nghi-dinh-17-2031.txt', TEXTS.vi);
    const enPath = files.write('decree-17-2031-en.txt', TEXTS.en);
    const { page, foreign, errors } = await guardedPage(browser, host.origin);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();

    await importViaUi(page, host, viPath, async (dialog) => {
      expect(await dialog.getByLabel('Number').inputValue()).toBe('17/2031/NĐ-CP');
      await page.screenshot({ path: resolve(SHOTS, 'import-preview.png') });
      expect(await seriousViolations(page, '.modal')).toEqual([]);
      await dialog
        .getByLabel('Title', { exact: true })
        .fill('Nghị định về động viên công nghiệp (bản nhập thử)');
      await dialog.getByLabel('Short title (shown in the library)').fill('NĐ 17/2031 — động viên');
    });
    const library = page.getByRole('list', { name: 'Documents' });
    await library.getByText('NĐ 17/2031 — động viên').waitFor();
    await page
      .getByRole('heading', { level: 1, name: 'Nghị định về động viên công nghiệp (bản nhập thử)' })
      .waitFor();

    // An unaccented query finds the accented Vietnamese text of the imported document.
    await page.getByRole('combobox', { name: 'Search all documents' }).fill('bao dam bi mat');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const group = results.getByRole('group', { name: /động viên/ });
    await group.getByRole('option').first().waitFor();
    expect(await group.getByRole('option').first().textContent()).toMatch(/bí mật/);
    await page.keyboard.press('Escape');

    await importViaUi(page, host, enPath);
    const viActions = library.getByRole('group', { name: 'Actions for NĐ 17/2031 — động viên' });
    await viActions.getByRole('button', { name: 'Pair with…' }).click();
    const pair = page.getByRole('dialog', { name: /^Pair / });
    await pair.getByRole('radio', { name: /17\/2031\/ND-CP/ }).check();
    await pair.getByRole('button', { name: 'Pair and read side by side' }).click();

    const view = page.getByRole('region', { name: 'Side by side' });
    const row = view.locator('tr[data-eid="art_3__cl_2__pt_dd"]');
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toContain('Biện pháp bảo đảm bí mật nhà nước;');
    expect(await row.getByRole('cell').last().textContent()).toContain(
      'Measures for protecting state secrets;',
    );
    await page.screenshot({ path: resolve(SHOTS, 'side-by-side.png') });
    expect(await seriousViolations(page, '.sbs')).toEqual([]);

    await viActions.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove “NĐ 17/2031 — động viên”?' });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await library.getByText('NĐ 17/2031 — động viên').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.status-bar').textContent())
      .toContain('Removed “NĐ 17/2031 — động viên”');
    expect(await page.getByRole('region', { name: 'Side by side' }).count()).toBe(0);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports two files and reports a bad one as one batch, then lists them in the library', async () => {
    const { host, browser, files } = env();
    const decree = (n: number, word: string) =>
      [
        'CHÍNH PHỦ',
        `Số: ${n}/2030/NĐ-CP`,
        'Hà Nội, ngày 01 tháng 01 năm 2030',
        'NGHỊ ĐỊNH',
        `VỀ VIỆC THỨ ${n}`,
        'Căn cứ Luật Tổ chức Chính phủ;',
        'Điều 1. Phạm vi',
        `Nghị định này quy định về ${word}.`,
      ].join('\n');
    const paths = [
      files.write('nd-41-2030.txt', decree(41, 'ngựa')),
      files.write('scan.pdf', 'not a pdf at all'),
      files.write('nd-42-2030.txt', decree(42, 'thuyền')),
    ];
    const { page, foreign, errors } = await guardedPage(browser, host.origin);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();

    await testControl(host, 'open-file', { paths });
    await page.getByRole('button', { name: 'Import files…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import 3 files' });
    await dialog.waitFor();
    const rowOf = (scope: typeof dialog, file: string) =>
      scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: file, exact: true }) });
    expect(await rowOf(dialog, 'nd-41-2030.txt').textContent()).toContain('41/2030/NĐ-CP');
    expect(await rowOf(dialog, 'scan.pdf').textContent()).toMatch(/not a PDF/i);
    await page.screenshot({ path: resolve(SHOTS, 'batch-preview.png') });
    expect(await seriousViolations(page, '.modal')).toEqual([]);

    await dialog.getByRole('button', { name: 'Import 2 files' }).click();
    const report = page.getByRole('dialog', { name: 'Import report: 3 files' });
    await report.getByText('2 imported, 0 replaced, 0 skipped, 1 failed.').waitFor();
    expect(await rowOf(report, 'scan.pdf').textContent()).toContain('Failed');
    expect(await rowOf(report, 'nd-42-2030.txt').textContent()).toContain('Imported');
    expect(await seriousViolations(page, '.modal')).toEqual([]);
    await report.getByText('Close', { exact: true }).click();
    await report.waitFor({ state: 'detached' });

    const library = page.getByRole('list', { name: 'Documents' });
    await library.getByText('Nghị định 41/2030/NĐ-CP').waitFor();
    await library.getByText('Nghị định 42/2030/NĐ-CP').waitFor();
    // The library's quick filter finds one of them by its number, typed without marks.
    await page.getByRole('searchbox', { name: 'Filter by number or title' }).fill('42/2030/nd');
    await expect.poll(() => library.getByRole('listitem').count()).toBe(1);
    expect(await page.locator('.library-count').textContent()).toMatch(/^1 of \d+ documents$/);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
  for (const size of [
    { name: '800×600', viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 },
    { name: '200 % zoom', viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
  ]) {
    it(`in Vietnamese, dark, at ${size.name}: the import preview, the pair dialog and side by side pass axe`, async () => {
      const { browser, files } = env();
      const host = await startHost();
      try {
        const viPath = files.write('nd-17-2031-vi.txt', TEXTS.vi);
        const enPath = files.write('decree-17-2031.txt', TEXTS.en);
        const { page, foreign, errors } = await guardedPage(browser, host.origin, {
          viewport: size.viewport,
          deviceScaleFactor: size.deviceScaleFactor,
          colorScheme: 'dark',
        });
        await page.goto(host.url);
        await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
        await page.evaluate("window.lectern.settings.update({ locale: 'vi' })");
        await page.reload();
        await page.getByRole('combobox', { name: vi.search.label }).waitFor();

        // The library is a drawer in a window this narrow; each import starts from it.
        const importOne = async (path: string) => {
          await page.getByRole('button', { name: `☰ ${vi.pane.library}` }).click();
          await testControl(host, 'open-file', { path });
          await page
            .getByRole('dialog', { name: vi.pane.library })
            .getByRole('button', { name: vi.docImport.open })
            .click();
          const dialog = page.getByRole('dialog', { name: new RegExp(`^${vi.docImport.run}`) });
          await dialog.getByRole('button', { name: vi.docImport.run, exact: true }).waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await dialog.getByRole('button', { name: vi.docImport.run, exact: true }).click();
          await dialog.getByText(fill(vi.docImport.done).split('”')[1] ?? '', { exact: false }).waitFor();
          await dialog.getByRole('button', { name: vi.docImport.openDocument }).click();
          await dialog.waitFor({ state: 'detached' });
        };
        await importOne(viPath);
        await importOne(enPath);

        // Pair the Vietnamese text with its translation, from the library drawer, and read both side by side.
        await page.getByRole('button', { name: `☰ ${vi.pane.library}` }).click();
        const drawer = page.getByRole('dialog', { name: vi.pane.library });
        await drawer
          .getByText(/17\/2031\/NĐ-CP/)
          .first()
          .waitFor();
        const actions = drawer.getByRole('group', { name: new RegExp(`^${fill(vi.docActions.group)}.*NĐ`) });
        await actions.getByRole('button', { name: vi.docActions.pair }).click();
        const pair = page.getByRole('dialog', {
          name: new RegExp(`^${fill(vi.docActions.pairTitle).split('“')[0] ?? ''}`),
        });
        await pair.getByRole('radio', { name: /17\/2031\/ND-CP/ }).check();
        expect(await seriousViolations(page)).toEqual([]);
        await pair.getByRole('button', { name: vi.docActions.pairRun }).click();
        const view = page.getByRole('region', { name: vi.sideBySide.title });
        await view.locator('tr[data-eid="art_3__cl_2__pt_dd"]').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth <= innerWidth')).toBe(true);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        await host.stop();
      }
    });
  }
});
