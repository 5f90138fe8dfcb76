// End-to-end: importing a Vietnamese decree through the library UI in Debian Chromium against the loopback
// test host and the real core — edit its title, find it by an unaccented word, pair it with its English
// version, read both side by side, then remove it. Any request not to the host fails the run.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { guardedPage } from './support/browser';
import { testControl, type RunningHost } from './support/host';
import { TEXTS, importFiles, type ImportFiles } from './support/import-files';
import { setupHostAndBrowser, type HostAndBrowser } from './support/suite';

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
});
