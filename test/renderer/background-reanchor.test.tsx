// The start-up re-anchoring pass as the reader sees it: the core worker reports it on `job:progress` (kind
// `reanchor`; produced for real in test/app/worker/core-client.test.ts); the status line follows it and,
// once it is done, the notes panel shows the notes where the pass put them. Real core behind `window.lectern`.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { DOC, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  ({ core } = suite);
});

const notesPanel = () => screen.getByRole('region', { name: 'Notes' });

describe('background re-anchoring', () => {
  it('shows the pass in the status line and shows the notes it placed once done', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const footer = document.querySelector('footer.status-bar');
    expect(footer).not.toBeNull();
    core.emit('job:progress', {
      jobId: 'startup-reanchor',
      kind: 'reanchor',
      done: 25,
      total: 200,
      label: 'Decree 63/2020/ND-CP',
    });
    await waitFor(() => {
      expect(footer?.textContent).toBe(
        'Moving notes to the current text of Decree 63/2020/ND-CP: 25 of 200…',
      );
    });
    // A note the pass placed behind the panel's back (as the core does while the panel shows its old list).
    await value(core.api.annotations.create({ docId: DOC, eId: 'art_6', note: 'placed by the pass' }));
    expect(within(notesPanel()).queryByText('placed by the pass')).toBeNull();
    core.emit('job:progress', {
      jobId: 'startup-reanchor',
      kind: 'reanchor',
      done: 200,
      total: 200,
      label: '',
    });
    await within(notesPanel()).findByText('placed by the pass');
    expect(footer?.textContent).toContain('Notes moved to the current text (200 looked at)');
  });
});
