// End-to-end: printing the open document. The native menu's Print (File › Print…, Ctrl+P) reaches the page as the
// `print` command and calls the browser's print; the print stylesheet lays out the provisions with their
// highlights followed by the notes, without the toolbar, library or status line. Real Chromium prints the page to
// PDF with print media, and poppler's pdftotext reads it back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardedPage } from '../support/e2e/browser';
import { testControl } from '../support/e2e/host';
import { setupHostAndBrowser } from '../support/e2e/suite';

let folder = '';
const hostAndBrowser = setupHostAndBrowser({
  before: () => {
    folder = mkdtempSync(join(tmpdir(), 'lectern-e2e-print-'));
  },
  after: () => {
    rmSync(folder, { recursive: true, force: true });
  },
});

const NOTE = 'Kiểm tra lại phạm vi bí mật nhà nước trước khi in';

describe('printing in Chromium', () => {
  it('prints the open document with its notes and without the chrome, from the menu command', async () => {
    const { host, browser } = hostAndBrowser();
    const { page, foreign } = await guardedPage(browser, host.origin);
    await page.addInitScript(() => {
      const w = globalThis as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    // The first note makes the page ask for the reviewer's name; then the note is saved on Article 6.
    await page.evaluate(async (text) => {
      const api = (
        globalThis as unknown as { lectern: { settings: { update: (p: unknown) => Promise<unknown> } } }
      ).lectern;
      await api.settings.update({ reviewerName: 'Reviewer A' });
      await (
        globalThis as unknown as {
          lectern: { annotations: { create: (p: unknown) => Promise<unknown> } };
        }
      ).lectern.annotations.create({ docId: 'decree-63-2020', eId: 'art_6', note: text });
    }, NOTE);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await page.locator('.notes-panel').getByText(NOTE).waitFor();

    await testControl(host, 'menu', { command: 'print' });
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printed: number }).printed))
      .toBe(1);

    const pdf = join(folder, 'printed.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(
      /\s+/gu,
      ' ',
    );
    expect(text).toContain('Article 6');
    expect(text).toContain(NOTE);
    // The note list follows the text: the note comes after the decree's last article.
    expect(text.lastIndexOf(NOTE)).toBeGreaterThan(text.indexOf('Article 6'));
    for (const chrome of ['Export…', 'Import notes…', 'Settings', 'Library'])
      expect(text).not.toContain(chrome);
    expect(foreign).toEqual([]);
  });

  it('prints the notes after the text from a narrow window too, where the notes are a closed drawer', async () => {
    const { host, browser } = hostAndBrowser();
    const { page, foreign } = await guardedPage(browser, host.origin, {
      viewport: { width: 800, height: 600 },
    });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    // The note made by the test before is in this host's user.sqlite; the notes pane is a drawer, not shown.
    expect(await page.locator('.notes-panel').count()).toBe(0);
    // What window.print() does first: the frame goes back to three panes for the print layout.
    await page.evaluate("dispatchEvent(new Event('beforeprint'))");
    await page.locator('.notes-panel').getByText(NOTE).waitFor();
    const pdf = join(folder, 'printed-narrow.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(
      /\s+/gu,
      ' ',
    );
    expect(text.lastIndexOf(NOTE)).toBeGreaterThan(text.indexOf('Article 6'));
    await page.evaluate("dispatchEvent(new Event('afterprint'))");
    await page.locator('.notes-panel').waitFor({ state: 'detached' });
    expect(foreign).toEqual([]);
  });
});
