// Follows the core's start-up re-anchoring of notes (`job:progress` of kind `reanchor`): a status line while it
// runs, and `onDone` (reload the notes, whose places changed) once it has finished.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';

/** Shows the background pass in the status line and calls `onDone` when it reaches its total. */
export function useBackgroundReanchor(onStatus: (line: string) => void, onDone: () => void): void {
  const { t } = useTranslation();
  useEffect(
    () =>
      getApi().on('job:progress', (p) => {
        if (p.kind !== 'reanchor') return;
        if (p.done < p.total) {
          onStatus(t('notes.reanchoring', { document: p.label, done: p.done, total: p.total }));
          return;
        }
        onStatus(t('notes.reanchored', { total: p.total }));
        onDone();
      }),
    [onStatus, onDone, t],
  );
}
