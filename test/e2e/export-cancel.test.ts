// End-to-end: a long export runs in the core worker behind the loopback host while the page stays usable, and the
// export dialog's Cancel stops it — real Chromium, the real core, no file left behind.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDecree } from '../support/generated-decree';
import { guardedPage } from '../support/e2e/browser';
import { testControl, type RunningHost } from '../support/e2e/host';
import { setupHostAndBrowser } from '../support/e2e/suite';

let folder = '';
const hostAndBrowser = setupHostAndBrowser({
  before: () => {
    folder = mkdtempSync(join(tmpdir(), 'lectern-e2e-cancel-'));
  },
  after: () => {
    rmSync(folder, { recursive: true, force: true });
  },
});

/** Calls the host's contract endpoint as the injected client does. */
function api(host: RunningHost, channel: string, payload: unknown): Promise<unknown> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${host.origin}/api/${channel}`,
      { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const result = JSON.parse(body) as { ok: boolean; value?: unknown; error?: { message: string } };
          if (result.ok) resolve(result.value);
          else reject(new Error(result.error?.message ?? body));
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

describe('cancelling an export in Chromium', () => {
  it('stops a running PDF export from the dialog, leaves no file, and the reader answers meanwhile', async () => {
    const { host, browser } = hostAndBrowser();
    const file = join(folder, 'nghi-dinh-500-2031.txt');
    writeFileSync(file, generateDecree(500, 400));
    await testControl(host, 'open-file', { path: file });
    const preview = (await api(host, 'documents:importPreview', {})) as { previewId: string };
    const { document } = (await api(host, 'documents:importCommit', { previewId: preview.previewId })) as {
      document: { docId: string };
    };

    const { page, foreign, errors } = await guardedPage(browser, host.origin);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await testControl(host, 'open-link', { url: `lectern://${document.docId}` });
    await page.locator('h1', { hasText: 'số 500' }).waitFor();

    // Role queries over the whole page walk thousands of provisions: scope them to the top bar and the dialog.
    await page.locator('.top-actions').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    // Progress has arrived: the job runs in the worker.
    await dialog.locator('progress[value]').waitFor();
    // The core still answers other calls while the export runs.
    expect(await api(host, 'documents:get', { docId: 'decree-63-2020' })).toMatchObject({
      docId: 'decree-63-2020',
    });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByText('Cancel', { exact: true }).and(page.locator('p')).waitFor();
    expect(await dialog.getByText(/^Export failed/).count()).toBe(0);
    expect(await dialog.getByText(/^Saved to /).count()).toBe(0);

    const exportsDir = join(host.dataDir, 'exports');
    const left = existsSync(exportsDir) ? readdirSync(exportsDir) : [];
    expect(left.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
