// End-to-end: the real renderer in Debian Chromium against the loopback test host and the real core.
// Any request that is not to the host fails the run (Article 6: the app never talks to a network).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedPage, launchChromium } from './support/browser';
import { buildRenderer, startHost, type RunningHost } from './support/host';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const started: { host?: RunningHost; browser?: Browser } = {};

/** The host and browser started in beforeAll. */
function env(): { host: RunningHost; browser: Browser } {
  if (!started.host || !started.browser) throw new Error('e2e setup did not complete');
  return { host: started.host, browser: started.browser };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  buildRenderer();
  started.host = await startHost();
  started.browser = await launchChromium();
});
afterAll(async () => {
  await started.browser?.close();
  await started.host?.stop();
});

/** axe over the page: violations that are serious or critical, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Is the provision's top inside the reading pane's viewport? */
async function inView(page: Page, eId: string): Promise<boolean> {
  const el = await page.locator(`#p-${eId}`).boundingBox();
  const pane = await page.locator('.reader-scroll').boundingBox();
  if (!el || !pane) return false;
  return el.y >= pane.y - 2 && el.y < pane.y + pane.height;
}

/** In-page script: viewport rectangle ends of `phrase` inside a provision's text (no DOM types on the Node side). */
const PHRASE_BOX = `([id, text]) => {
  const container = document.querySelector('[data-text-eid="' + id + '"]');
  const at = container.textContent.indexOf(text);
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent.length;
    if (at >= offset && at < offset + len) range.setStart(n, at - offset);
    if (at + text.length > offset && at + text.length <= offset + len) { range.setEnd(n, at + text.length - offset); break; }
    offset += len;
  }
  const rects = range.getClientRects();
  const first = rects[0], last = rects[rects.length - 1];
  return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
}`;

/** Drags the mouse across `phrase` inside a provision's text, as a reviewer would select it. */
async function dragSelect(page: Page, eId: string, phrase: string): Promise<void> {
  const box = await page.evaluate<{ x1: number; y1: number; x2: number; y2: number }>(
    `(${PHRASE_BOX})(${JSON.stringify([eId, phrase])})`,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

describe('Lectern in Chromium', () => {
  it('reads, searches, annotates, survives a reload, follows a cross-reference and goes back — offline', async () => {
    const { host, browser } = env();
    const { context, page, foreign, errors } = await guardedPage(browser, host.origin);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'reader.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Table of contents: keyboard to Article 6 and open it.
    const tree = page.getByRole('tree', { name: 'Table of contents' });
    await tree.getByRole('treeitem', { name: /^Article 6\b/ }).click();
    await expect.poll(() => inView(page, 'art_6')).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(':focus').getAttribute('data-eid')).toBe('chp_2');

    // Search as you type; Enter opens the first hit and marks it in the text.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('state secrets');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await listbox.getByRole('option').first().waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'search.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const firstHitId = await listbox.getByRole('option').first().getAttribute('id');
    expect(firstHitId).toBeTruthy();
    await page.keyboard.press('Enter');
    const hitEId = await page
      .locator('mark.hit-mark')
      .first()
      .locator('xpath=ancestor::*[@data-eid][1]')
      .getAttribute('data-eid');
    expect(hitEId).toBeTruthy();
    await expect.poll(() => inView(page, hitEId!)).toBe(true);

    // Select text in the hit, highlight it with a note.
    await dragSelect(page, hitEId!, 'state secrets');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: 'Add note' }).click();
    const editor = page.getByRole('dialog', { name: /^Note on / });
    await editor.getByLabel('Note').fill('Cross-check with Article 6 of the 2024 Law');
    await editor.getByLabel('Tags').fill('secrets');
    await page.screenshot({ path: resolve(SHOTS, 'annotate.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save' }).click();
    // One annotation, possibly drawn in several runs (search marks split it); together they read the quote.
    const highlighted = async () => {
      const marks = page.locator(`#p-${hitEId!} mark.hl`);
      const ids = new Set<string | null>();
      for (const el of await marks.all()) ids.add(await el.getAttribute('data-annotation-id'));
      return { ids: ids.size, text: (await marks.allTextContents()).join('') };
    };
    await expect.poll(highlighted).toEqual({ ids: 1, text: 'state secrets' });

    // Reload: the annotation comes back from user.sqlite.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await expect.poll(highlighted).toEqual({ ids: 1, text: 'state secrets' });
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Notes' })
          .getByText('Cross-check with Article 6 of the 2024 Law')
          .count(),
      )
      .toBe(1);
    await page.screenshot({ path: resolve(SHOTS, 'notes.png') });

    // Article 18 → "Article 4 hereof" → Article 4, then Alt+← back to Article 18.
    await tree.getByRole('treeitem', { name: /^Article 18\b/ }).click();
    await expect.poll(() => inView(page, 'art_18')).toBe(true);
    await page.locator('#p-art_18__cl_1').getByRole('link', { name: 'Article 4 hereof' }).click();
    await expect.poll(() => inView(page, 'art_4')).toBe(true);
    expect(await page.locator('#p-art_4').getAttribute('class')).toContain('flash');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => inView(page, 'art_18')).toBe(true);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes axe in the dialogs and in dark and sepia themes, and speaks Vietnamese', async () => {
    const { host, browser } = env();
    const { context, page, foreign } = await guardedPage(browser, host.origin, { colorScheme: 'dark' });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.screenshot({ path: resolve(SHOTS, 'reader-dark.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: /^Export/ }).waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'export.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const exportDialog = page.getByRole('dialog', { name: /^Export/ });
    await exportDialog.getByLabel('Annotated provisions only').check();
    await exportDialog.getByLabel('Marking text').fill('CONFIDENTIAL');
    await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
    const saved = exportDialog.getByText(/^Saved to /);
    await saved.waitFor({ timeout: 30_000 });
    const path = ((await saved.textContent()) ?? '').replace(/^Saved to /, '');
    expect(path.startsWith(host.dataDir)).toBe(true);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Theme').selectOption('sepia');
    expect(await seriousViolations(page)).toEqual([]);
    await settings.getByLabel('Interface language').selectOption('vi');
    await page.getByRole('dialog', { name: 'Cài đặt' }).waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'settings-vi.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Tìm kiếm trong mọi văn bản' }).waitFor();
    await page.locator('#p-art_6__cl_1').hover();
    await page
      .locator('#p-art_6__cl_1')
      .getByRole('button', { name: /^Sao chép kèm trích dẫn/ })
      .click();
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toContain('khoản 1 Điều 6 Nghị định 63/2020/NĐ-CP');
    await page.screenshot({ path: resolve(SHOTS, 'reader-sepia-vi.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
