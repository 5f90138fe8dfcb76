// The export dialog's Cancel: shown while the PDF export runs, it sends `export:cancel` with the job's id, and the
// export's CANCELLED answer reads as cancelled, not as a failure; focus stays in the dialog throughout. The core is faked here (pdfkit does not run
// under jsdom); the real cancellation inside the core worker is tested in test/app/worker/core-client.test.ts.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LecternApi } from '../../electron/shared/api';
import type { IpcResult } from '../../electron/shared/envelope';
import type { JobProgress } from '../../electron/shared/events';
import { ExportDialog } from '../../renderer/src/dialogs/export-dialog';
import { createI18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS } from '../../renderer/src/state/use-settings';

afterEach(() => {
  cleanup();
  delete window.lectern;
});

/** A core whose PDF export runs until cancelled, recording the cancel requests. */
function fakeCore() {
  const cancels: string[] = [];
  const listeners: ((p: JobProgress) => void)[] = [];
  let finish: ((r: IpcResult<unknown>) => void) | null = null;
  let running: string | null = null;
  const api = {
    export: {
      pdf: ({ jobId }: { jobId: string }) =>
        new Promise<IpcResult<unknown>>((resolve) => {
          running = jobId;
          finish = resolve;
        }),
      cancel: ({ jobId }: { jobId: string }) => {
        cancels.push(jobId);
        if (jobId === running)
          finish?.({ ok: false, error: { code: 'CANCELLED', message: 'Export cancelled', language: 'en' } });
        return Promise.resolve({ ok: true, value: jobId === running });
      },
    },
    on: (event: string, fn: (p: JobProgress) => void) => {
      if (event === 'job:progress') listeners.push(fn);
      return () => undefined;
    },
  };
  window.lectern = api as unknown as LecternApi;
  return {
    cancels,
    running: () => running,
    progress: (p: Omit<JobProgress, 'jobId'>) => {
      for (const fn of listeners) fn({ ...p, jobId: running ?? '' });
    },
  };
}

/** Renders the dialog over the fake core; resolves the dialog. */
async function renderDialog() {
  render(
    <ExportDialog
      docId="decree-63-2020"
      docTitle="Decree 63/2020/ND-CP"
      tags={[]}
      settings={DEFAULT_SETTINGS}
      onSaveSettings={() => Promise.resolve()}
      onClose={() => undefined}
    />,
  );
  return screen.findByRole('dialog');
}

describe('export dialog cancel', () => {
  it('offers Cancel only while the export runs, cancels that job, and says cancelled', async () => {
    createI18n('en');
    const core = fakeCore();
    const dialog = await renderDialog();
    expect(within(dialog).queryByRole('button', { name: 'Cancel' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    const cancel = await within(dialog).findByRole('button', { name: 'Cancel' });
    act(() => {
      core.progress({ kind: 'export', done: 3, total: 40, label: 'Decree 63' });
    });
    expect(within(dialog).getByRole('progressbar').getAttribute('value')).toBe('3');
    fireEvent.click(cancel);
    expect(core.cancels).toEqual([core.running()]);
    await within(dialog).findByText('Cancel', { selector: 'p' });
    expect(within(dialog).queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(within(dialog).queryByText(/^Export failed/)).toBeNull();
  });

  it('keeps focus in the dialog: on Cancel while the export runs, then on Export PDF once cancelled', async () => {
    createI18n('en');
    fakeCore();
    const dialog = await renderDialog();
    const start = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Export PDF' });
    start.focus();
    fireEvent.click(start);
    const cancel = await within(dialog).findByRole('button', { name: 'Cancel' });
    // The start button disabled itself: focus moved to Cancel rather than staying on a control that is off.
    expect(start.disabled).toBe(true);
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    // While the cancel travels, Cancel keeps focus (marked unavailable, not disabled, so focus is not dropped).
    expect(cancel.getAttribute('aria-disabled')).toBe('true');
    await within(dialog).findByText('Cancel', { selector: 'p' });
    expect(cancel.isConnected).toBe(false);
    expect(document.activeElement).toBe(start);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });
});
