// The notes import dialog against two real cores (two reviewers' user.sqlite files, real Ed25519 keys): the preview
// shows who signed the bundle, the key's fingerprint and whether it is trusted; an untrusted bundle is imported
// only once the reviewer ticks the acceptance box, a trusted one at once; Vietnamese wording too.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportDialog } from '../../renderer/src/dialogs/import-dialog';
import { createI18n } from '../../renderer/src/i18n';
import { renderInApp } from '../support/renderer/app-suite';
import { installCore, openOtherCore, value, type CoreApiHandle } from '../support/renderer/core';

let mine: CoreApiHandle;
let colleague: CoreApiHandle;
let bundlePath: string;
let fingerprint: string;

beforeAll(async () => {
  mine = await installCore();
  colleague = await openOtherCore();
  await value(colleague.api.settings.update({ reviewerName: 'Trần Thị B' }));
  await value(
    colleague.api.annotations.create({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      quote: 'state secrets',
      note: 'From B',
    }),
  );
  const exported = await value(colleague.api.annotations.export({ format: 'json' }));
  bundlePath = exported!.outPath;
  fingerprint = (await value(colleague.api.keys.mine({}))).fingerprint;
});
afterEach(cleanup);
afterAll(() => {
  mine.close();
  colleague.close();
});

async function openPreview(): Promise<HTMLElement> {
  let imported = 0;
  renderInApp(<ImportDialog onImported={() => (imported += 1)} onClose={() => undefined} />);
  mine.queueOpen(bundlePath);
  fireEvent.click(screen.getByRole('button', { name: /Choose file|Chọn tệp/ }));
  const section = await screen.findByRole('region', { name: /What the file holds|Nội dung của tệp/ });
  return section;
}

describe('notes import preview', () => {
  it('shows an untrusted signer and its fingerprint, and imports only after the box is ticked', async () => {
    createI18n('en');
    const preview = await openPreview();
    expect(preview.textContent).toContain('1 note, exported');
    expect(preview.textContent).toContain('Signed by “Trần Thị B”');
    expect(within(preview).getByText(fingerprint)).toBeTruthy();
    expect(preview.textContent).toContain('Not a key you trust');
    const run = within(preview).getByRole<HTMLButtonElement>('button', { name: 'Import' });
    expect(run.disabled).toBe(true);
    fireEvent.click(within(preview).getByRole('checkbox', { name: /Import anyway/ }));
    expect(run.disabled).toBe(false);
    fireEvent.click(run);
    await screen.findByText('1 added, 0 updated, 0 unchanged');
    const notes = await value(mine.api.annotations.list({}));
    expect(notes.map((n) => n.note)).toContain('From B');
  });

  it('trusts a colleague’s key file through the keys section only after the fingerprint is confirmed', async () => {
    createI18n('en');
    const keyFile = await value(colleague.api.keys.export({}));
    renderInApp(<ImportDialog onImported={() => undefined} onClose={() => undefined} />);
    const myFingerprint = (await value(mine.api.keys.mine({}))).fingerprint;
    await screen.findByText(myFingerprint);
    expect(screen.getByText('No trusted keys yet.')).toBeTruthy();
    mine.queueOpen(keyFile!.outPath);
    fireEvent.click(screen.getByRole('button', { name: 'Trust a colleague’s key…' }));
    const candidate = await screen.findByRole('group', { name: 'Key file' });
    expect(within(candidate).getByText(fingerprint)).toBeTruthy();
    expect(await value(mine.api.keys.list({}))).toEqual([]);
    fireEvent.click(
      within(candidate).getByRole('button', { name: /I confirmed this fingerprint with Trần Thị B/ }),
    );
    await screen.findByText('“Trần Thị B” is now trusted.');
    const list = screen.getByRole('list', { name: 'Trusted keys' });
    expect(within(list).getByText(fingerprint)).toBeTruthy();
    expect((await value(mine.api.keys.list({}))).map((k) => k.fingerprint)).toEqual([fingerprint]);
    cleanup();
  });

  it('says a trusted key is trusted (Vietnamese) and imports without the box', async () => {
    createI18n('vi');
    const preview = await openPreview();
    expect(preview.textContent).toContain('Được ký bởi “Trần Thị B”');
    expect(preview.textContent).toContain('Khóa tin cậy');
    expect(within(preview).queryByRole('checkbox')).toBeNull();
    const run = within(preview).getByRole<HTMLButtonElement>('button', { name: 'Nhập' });
    expect(run.disabled).toBe(false);
    fireEvent.click(run);
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toContain('giữ nguyên 1');
    });
  });
});
