// End-to-end, keyboard only: search → open → highlight → note → export in real Chromium against the loopback host,
// in English and in Vietnamese (dark), at 1440×900, 800×600 and 200 % zoom, with axe on every view on the way and
// every top-bar control inside the window. Below the drawer breakpoint the panes are drawers and the actions a menu.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { vi } from '../../renderer/src/i18n/vi';
import { DRAWER_LAYOUT_BELOW_PX } from '../../renderer/src/shell/layout-breakpoint';
import { seriousViolations } from '../support/e2e/axe';
import { guardedPage } from '../support/e2e/browser';
import { startHost } from '../support/e2e/host';
import { setupHostAndBrowser } from '../support/e2e/suite';

const env = setupHostAndBrowser();

/** `{{name}}` placeholders filled as i18next does. */
function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

const SIZES = [
  { name: '1440×900', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  { name: '800×600', viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 },
  // A 1440×900 window zoomed to 200 % lays out 720×450 CSS pixels at two device pixels each.
  { name: '200 % zoom', viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
] as const;

const LANGUAGES = [
  { locale: 'en', strings: en, colorScheme: 'light' },
  { locale: 'vi', strings: vi, colorScheme: 'dark' },
] as const;

/** The focused element's text, name and provision, read in the page. */
function focused(
  page: Page,
): Promise<{ text: string; label: string | null; eId: string | null; inBody: boolean }> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    return {
      text: (el && el.textContent || '').trim(),
      label: el ? el.getAttribute('aria-label') : null,
      eId: el && el.closest('[data-eid]') ? el.closest('[data-eid]').getAttribute('data-eid') : null,
      inBody: !el || el === document.body,
    };
  })()`);
}

/** Presses Tab until the focused control's text or name is `name` (at most 30 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.text === name || f.label === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Every visible control of the top bar lies inside the window, and nothing scrolls sideways. */
async function everythingInside(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('.top-bar button, .top-bar input, .top-bar select')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < 0 || r.right > innerWidth + 0.5 || r.top < 0 || r.bottom > innerHeight)
        out.push((el.getAttribute('aria-label') || el.textContent || el.tagName).trim());
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push('horizontal scroll');
    // Only the text scrolls: a frame scrolled by focus() or scrollIntoView() hides the breadcrumbs and leaves a gap.
    for (const el of document.querySelectorAll('.app, .panes, .pane-reader'))
      if (el.scrollTop > 0) out.push(el.className + ' scrolled by ' + el.scrollTop);
    return out;
  })()`);
}

describe('keyboard only, in both languages, at every size', () => {
  for (const size of SIZES) {
    for (const lang of LANGUAGES) {
      it(`${lang.locale} at ${size.name}: search → open → highlight → note → export, axe on every view`, async () => {
        const { browser } = env();
        const host = await startHost();
        try {
          const s = lang.strings;
          const narrow = size.viewport.width < DRAWER_LAYOUT_BELOW_PX;
          const { context, page, foreign, errors } = await guardedPage(browser, host.origin, {
            viewport: size.viewport,
            deviceScaleFactor: size.deviceScaleFactor,
            colorScheme: lang.colorScheme,
          });
          await page.goto(host.url);
          await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
          await page.evaluate(`window.lectern.settings.update({ locale: '${lang.locale}' })`);
          await page.reload();
          await page.getByRole('combobox', { name: s.search.label }).waitFor();
          expect(await everythingInside(page)).toEqual([]);
          expect(await seriousViolations(page)).toEqual([]);

          // Search from the keyboard; the results popup overflows at these heights and must stay accessible.
          await page.keyboard.press('Control+k');
          await page.keyboard.type('state secrets');
          const results = page.getByRole('listbox', { name: s.search.results });
          await results.getByRole('option').first().waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.press('Enter');
          // Enter moves focus to the provision found.
          await expect.poll(async () => (await focused(page)).eId).toBeTruthy();
          const eId = (await focused(page)).eId!;
          expect(await everythingInside(page)).toEqual([]);

          // h highlights the focused provision; the first note of this profile asks who is reviewing.
          await page.keyboard.press('h');
          const prompt = page.getByRole('dialog', { name: s.reviewer.title });
          await prompt.waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.type('Trần Thị B');
          await page.keyboard.press('Enter');
          const notesOn = () =>
            page.evaluate<number>(
              `window.lectern.annotations.list({}).then((r) => r.value.filter((a) => a.target.eId === '${eId}').length)`,
            );
          await expect.poll(notesOn).toBe(1);
          await page.locator(`#p-${eId} .provision-count`).first().waitFor();

          // n opens a note on it; Ctrl+Enter saves; focus comes back to the provision.
          await page.locator(`#p-${eId}`).focus();
          await page.keyboard.press('n');
          const editor = page.getByRole('dialog', {
            name: new RegExp(`^${fill(s.annotate.newNote).trim()}`),
          });
          await editor.waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.type(`Checked at ${size.name}`);
          await page.keyboard.press('Control+Enter');
          await editor.waitFor({ state: 'detached' });
          await expect.poll(notesOn).toBe(2);
          expect((await focused(page)).inBody).toBe(false);

          // Part of the provision: Ctrl+Shift+→ twice selects its first two words, and h highlights just those.
          await page.locator(`#p-${eId}`).focus();
          await page.keyboard.press('Control+Shift+ArrowRight');
          await page.keyboard.press('Control+Shift+ArrowRight');
          await page.getByRole('toolbar', { name: s.annotate.toolbar }).waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.press('h');
          await expect.poll(notesOn).toBe(3);
          const text = await page.locator(`[data-text-eid="${eId}"]`).first().textContent();
          const quotes = await page.evaluate<(string | null)[]>(
            `window.lectern.annotations.list({}).then((r) => r.value.filter((a) => a.target.eId === '${eId}').map((a) => a.target.quote ? a.target.quote.exact : null))`,
          );
          const part = quotes.find((q) => q !== null) ?? '';
          expect(part.trim().split(/\s+/)).toHaveLength(2);
          expect(text?.startsWith(part)).toBe(true);

          // The notes: a drawer opened from the keyboard in a narrow window, the right pane otherwise.
          if (narrow) {
            await page.keyboard.press('Control+k');
            await tabTo(page, s.pane.notes);
            await page.keyboard.press('Enter');
            const drawer = page.getByRole('dialog', { name: s.pane.notes });
            await drawer.getByText(`Checked at ${size.name}`).waitFor();
            expect(await seriousViolations(page)).toEqual([]);
            await page.keyboard.press('Escape');
            await drawer.waitFor({ state: 'detached' });
            expect((await focused(page)).text).toBe(s.pane.notes);
            // The library drawer too, with the contents.
            await page.keyboard.press('Control+k');
            await page.keyboard.press('Shift+Tab');
            for (let i = 0; i < 6 && (await focused(page)).text !== `☰ ${s.pane.library}`; i += 1)
              await page.keyboard.press('Shift+Tab');
            await page.keyboard.press('Enter');
            const library = page.getByRole('dialog', { name: s.pane.library });
            await library.getByRole('tree').waitFor();
            expect(await seriousViolations(page)).toEqual([]);
            await page.keyboard.press('Escape');
            await library.waitFor({ state: 'detached' });
          } else {
            await page
              .getByRole('region', { name: s.pane.notes })
              .getByText(`Checked at ${size.name}`)
              .waitFor();
            expect(await seriousViolations(page)).toEqual([]);
          }

          // Export from the keyboard: through the More menu in a narrow window, the toolbar button otherwise.
          await page.keyboard.press('Control+k');
          if (narrow) {
            await tabTo(page, `${s.menu.more} ▾`);
            await page.keyboard.press('ArrowDown');
            await page.getByRole('menu', { name: s.menu.more }).waitFor();
            expect(await seriousViolations(page)).toEqual([]);
            await page.keyboard.press('ArrowDown'); // Find → Export…
            expect((await focused(page)).text).toBe(s.menu.export);
            await page.keyboard.press('Enter');
          } else {
            await tabTo(page, s.menu.export);
            await page.keyboard.press('Enter');
          }
          const dialog = page.getByRole('dialog', {
            name: new RegExp(`^${s.export.title.split('{{')[0] ?? ''}`),
          });
          await dialog.waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await tabTo(page, s.export.run);
          await page.keyboard.press('Enter');
          const saved = dialog.getByText(new RegExp(`^${fill(s.export.done)}`));
          await saved.waitFor({ timeout: 60_000 });
          const path = ((await saved.textContent()) ?? '').replace(fill(s.export.done), '');
          expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' });
          // Focus goes back to the control that opened the dialog.
          expect((await focused(page)).text).toBe(narrow ? `${s.menu.more} ▾` : s.menu.export);

          // Settings, the last view, reached the same way.
          if (narrow) {
            await page.keyboard.press('Enter');
            await page.keyboard.press('End');
            expect((await focused(page)).text).toBe(s.menu.settings);
            await page.keyboard.press('Enter');
          } else {
            await tabTo(page, s.menu.settings);
            await page.keyboard.press('Enter');
          }
          await page.getByRole('dialog', { name: s.settings.title }).waitFor();
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.press('Escape');
          expect(await everythingInside(page)).toEqual([]);
          expect(foreign).toEqual([]);
          expect(errors).toEqual([]);
          await context.close();
        } finally {
          await host.stop();
        }
        // Many steps, each with an axe run, on a shared two-core machine.
      }, 180_000);
    }
  }
});
