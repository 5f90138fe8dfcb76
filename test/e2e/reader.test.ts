// End-to-end: the real renderer in Debian Chromium against the loopback test host and the real core.
// Any request that is not to the host fails the run (Article 6: the app never talks to a network).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/e2e/axe';
import { guardedPage } from '../support/e2e/browser';
import { startHost, testControl } from '../support/e2e/host';
import { setupHostAndBrowser } from '../support/e2e/suite';

// Screenshots go to the gitignored test-results/ so `npm test` leaves the tree clean; the README's copies in
// docs/screenshots are refreshed only on purpose: LECTERN_UPDATE_SCREENSHOTS=1 npx vitest run test/e2e
const SHOTS = resolve(
  import.meta.dirname,
  process.env.LECTERN_UPDATE_SCREENSHOTS === '1'
    ? '../../docs/screenshots'
    : '../../test-results/screenshots',
);
const env = setupHostAndBrowser({
  before: () => {
    mkdirSync(SHOTS, { recursive: true });
  },
});

/** Is the provision's top inside the reading pane's viewport? */
async function inView(page: Page, eId: string): Promise<boolean> {
  const el = await page.locator(`#p-${eId}`).boundingBox();
  const pane = await page.locator('.reader-scroll').boundingBox();
  if (!el || !pane) return false;
  return el.y >= pane.y - 2 && el.y < pane.y + pane.height;
}

/** The reading position the core has stored for the decree (what a restart would restore). */
function storedPosition(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(
    "window.lectern.reading.getPosition({ docId: 'decree-63-2020' }).then((r) => (r.ok && r.value ? r.value.eId : null))",
  );
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
    // No reviewer name yet: the first note asks for one (never signed with the OS account).
    const prompt = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await prompt.getByLabel('Reviewer name').fill('Trần Thị B');
    expect(await seriousViolations(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Save name and note' }).click();
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
      .getByRole('button', { name: 'Sao chép Clause 1, Article 6 kèm trích dẫn' })
      .click();
    // The interface is Vietnamese, the decree is the English translation: it is cited as it is written.
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toContain('Clause 1, Article 6, Decree 63/2020/ND-CP');
    await page.screenshot({ path: resolve(SHOTS, 'reader-sepia-vi.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Sepia, a wide line and the last provision read are kept by the core: a reload (a restart of the window)
    // brings all three back. Article 10 is opened from the contents, so it is the position to come back to.
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('dialog', { name: 'Cài đặt' }).getByLabel('Độ rộng dòng').selectOption('wide');
    await page.keyboard.press('Escape');
    await page.locator('[role="treeitem"][data-eid="art_10"]').click();
    await expect.poll(() => inView(page, 'art_10')).toBe(true);
    await expect.poll(() => storedPosition(page)).toBe('art_10');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('sepia');
    expect(await page.locator('html').getAttribute('data-line-width')).toBe('wide');
    await expect.poll(() => inView(page, 'art_10')).toBe(true);
    expect(await page.locator('#p-art_10').getAttribute('class')).not.toContain('flash');

    // Back to English for the tests that follow (the language is stored in user.sqlite too).
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('dialog', { name: 'Cài đặt' }).getByLabel('Ngôn ngữ giao diện').selectOption('en');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.keyboard.press('Escape');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('imports a notes bundle exported earlier in this run into a fresh profile, and explains a foreign file', async () => {
    const { host, browser } = env();
    // Reviewer A (this run's profile, holding the note made above) exports an exchange bundle from the dialog.
    const a = await guardedPage(browser, host.origin);
    await a.page.goto(host.url);
    await a.page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    const notesOfA = await a.page.evaluate<number>(
      "window.lectern.annotations.list({ docId: 'decree-63-2020' }).then((r) => r.value.length)",
    );
    expect(notesOfA).toBeGreaterThan(0);
    await a.page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = a.page.getByRole('dialog', { name: /^Export/ });
    await exportDialog.getByLabel('Format').selectOption('json');
    await exportDialog.getByRole('button', { name: 'Export notes' }).click();
    const saved = exportDialog.getByText(/^Saved to /);
    await saved.waitFor({ timeout: 30_000 });
    const bundle = ((await saved.textContent()) ?? '').replace(/^Saved to /, '');
    expect(bundle.startsWith(host.dataDir)).toBe(true);
    await a.context.close();

    // Reviewer B: a second host over an empty profile imports it through the dialog.
    const other = await startHost();
    try {
      const b = await guardedPage(browser, other.origin);
      await b.page.goto(other.url);
      await b.page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
      await b.page.getByRole('button', { name: 'Import notes…' }).click();
      const dialog = b.page.getByRole('dialog', { name: 'Import notes' });
      await testControl(other, 'open-file', { path: bundle });
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      // Signed by A's key, which B has not trusted: the preview says so and asks for explicit acceptance.
      await dialog.getByText('Not a key you trust', { exact: false }).waitFor({ timeout: 30_000 });
      await dialog.getByRole('checkbox', { name: /Import anyway/ }).check();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog
        .getByText(`${String(notesOfA)} added, 0 updated, 0 unchanged`)
        .waitFor({ timeout: 30_000 });
      await b.page.screenshot({ path: resolve(SHOTS, 'import.png') });
      expect(await seriousViolations(b.page)).toEqual([]);
      await expect
        .poll(() =>
          b.page
            .getByRole('region', { name: 'Notes' })
            .getByText('Cross-check with Article 6 of the 2024 Law')
            .count(),
        )
        .toBe(1);

      // A JSON file that is not a Lectern bundle: the dialog says so in words, and nothing is imported.
      const foreignFile = join(other.dataDir, 'package-lock.json');
      writeFileSync(foreignFile, JSON.stringify({ name: 'something-else', lockfileVersion: 3 }));
      await testControl(other, 'open-file', { path: foreignFile });
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      const failed = dialog.getByText(/^Import failed: /);
      await failed.waitFor({ timeout: 30_000 });
      expect(await failed.textContent()).toMatch(/Lectern|bundle|notes/i);
      expect(await dialog.getByText(/added/).count()).toBe(0);
      expect(
        await b.page.evaluate<number>('window.lectern.annotations.list({}).then((r) => r.value.length)'),
      ).toBe(notesOfA);

      // Help › Third-party Licences arrives as a menu command and opens its dialog.
      await b.page.keyboard.press('Escape');
      await testControl(other, 'menu', { command: 'about' });
      await b.page.getByRole('dialog', { name: 'Third-party licences' }).waitFor();
      expect(await seriousViolations(b.page)).toEqual([]);
      await b.page.keyboard.press('Escape');

      // A lectern:// link opened from outside the app (OS argv / open-url) opens that provision.
      await testControl(other, 'open-link', { url: 'lectern://decree-63-2020/art_18__cl_2' });
      await expect.poll(() => inView(b.page, 'art_18__cl_2'), { timeout: 30_000 }).toBe(true);
      await testControl(other, 'open-link', { url: 'lectern://decree-99-2099/art_1' });
      await b.page
        .locator('.status-bar')
        .getByText('lectern://decree-99-2099/art_1', { exact: false })
        .waitFor({ timeout: 30_000 });
      expect(b.foreign).toEqual([]);
      expect(b.errors).toEqual([]);
      await b.context.close();
    } finally {
      await other.stop();
    }
  });

  it('highlights and notes a passage across two clauses as one note, drawn in both', async () => {
    const { host, browser } = env();
    const { context, page, foreign, errors } = await guardedPage(browser, host.origin);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await page.evaluate("window.lectern.settings.update({ reviewerName: 'Trần Thị B' })");
    await page.reload(); // the window reads the reviewer's name at start
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await page
      .getByRole('tree', { name: 'Table of contents' })
      .getByRole('treeitem', { name: /^Article 6\b/ })
      .click();
    await expect.poll(() => inView(page, 'art_6')).toBe(true);
    // From "state secrets about security" in clause 1 to "Illegally using equipment" in clause 2, by mouse.
    const from = await page.evaluate<{ x1: number; y1: number }>(
      `(${PHRASE_BOX})(${JSON.stringify(['art_6__cl_1', 'state secrets about security'])})`,
    );
    const to = await page.evaluate<{ x2: number; y2: number }>(
      `(${PHRASE_BOX})(${JSON.stringify(['art_6__cl_2', 'Illegally using equipment'])})`,
    );
    await page.mouse.move(from.x1, from.y1);
    await page.mouse.down();
    await page.mouse.move(to.x2, to.y2, { steps: 10 });
    await page.mouse.up();
    const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
    await toolbar.getByRole('button', { name: 'Add note' }).click();
    const editor = page.getByRole('dialog', { name: /^Note on Clauses 1–2, Article 6/ });
    await editor.getByLabel('Note').fill('One passage over two clauses');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    const passage = () =>
      page.evaluate<{ eId: string; parts: string[] } | null>(
        `window.lectern.annotations.list({ docId: 'decree-63-2020' }).then((r) => {
          const a = r.value.find((x) => x.note === 'One passage over two clauses');
          return a ? { eId: a.target.eId, parts: a.continues.map((p) => p.eId) } : null;
        })`,
      );
    await expect.poll(passage).toEqual({ eId: 'art_6__cl_1', parts: ['art_6__cl_2'] });
    for (const eId of ['art_6__cl_1', 'art_6__cl_2'])
      await expect.poll(() => page.locator(`#p-${eId} mark.hl`).count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Notes' }).getByText('One passage over two clauses').waitFor();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
