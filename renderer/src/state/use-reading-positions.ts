// The last reading position per document, kept by the core (user.sqlite) so it survives a restart: restored the
// first time a document is shown without a requested provision, and saved whenever the position changes.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import type { LoadedDocument } from './use-document';

interface Options {
  /** The document on screen (its `lastPosition` came from the core with it). */
  doc: LoadedDocument | null;
  /** This session's positions by document id (the provision at the top of the reader). */
  positions: Readonly<Record<string, string>>;
  /** True when the current location names a provision (deep link, hit, reference): that wins over restoring. */
  requested: boolean;
  /** Scrolls to the remembered provision. */
  restore: (docId: string, eId: string) => void;
  onError: (message: string) => void;
}

/** Restores and saves reading positions; call once in the workspace. */
export function useReadingPositions({ doc, positions, requested, restore, onError }: Options): void {
  const { i18n } = useTranslation();
  const shown = useRef(new Set<string>());
  const saved = useRef(new Map<string, string>());

  useEffect(() => {
    if (!doc) return;
    const docId = doc.meta.docId;
    if (shown.current.has(docId)) return;
    shown.current.add(docId);
    const last = doc.lastPosition;
    if (last === null) return;
    saved.current.set(docId, last);
    if (!requested && positions[docId] === undefined) restore(docId, last);
  }, [doc, positions, requested, restore]);

  useEffect(() => {
    for (const [docId, eId] of Object.entries(positions)) {
      if (saved.current.get(docId) === eId) continue;
      saved.current.set(docId, eId);
      unwrap(getApi().reading.setPosition({ docId, eId })).catch((e: unknown) => {
        saved.current.delete(docId);
        onError(errorText(e, i18n));
      });
    }
  }, [positions, onError, i18n]);
}
