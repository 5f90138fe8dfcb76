// Where the reader is: back/forward history, the provision to scroll to, this session's reading position per
// document (restored from and saved to the core), and the document loaded at the current location.
import { useCallback, useState } from 'react';
import type { DocumentMeta } from '../../../electron/shared/types';
import type { ScrollTarget } from '../reader/reader-pane';
import {
  current,
  emptyHistory,
  parseDeepLink,
  replaceCurrent,
  step,
  visit,
  type Location,
  type NavHistory,
} from './nav-history';
import { useDocument, type LoadedDocument } from './use-document';
import { useReadingPositions } from './use-reading-positions';
import type { AsyncState } from './use-async';

interface Options {
  documents: DocumentMeta[];
  onPositionError: (message: string) => void;
}

/** Navigation state and actions the workspace wires into its panes. */
interface Navigation {
  docId: string | null;
  docState: AsyncState<LoadedDocument>;
  /** The loaded document when it is the one at the current location. */
  doc: LoadedDocument | null;
  target: ScrollTarget;
  positions: Readonly<Record<string, string>>;
  canBack: boolean;
  canForward: boolean;
  /** Opens `to`; `record` adds it to the history, `focus` moves keyboard focus to the provision. */
  go: (to: Location, record?: boolean, focus?: boolean) => void;
  /** Steps back (−1) or forward (+1) in the history. */
  move: (delta: -1 | 1) => void;
  /** Records the provision at the top of the reader for the current document. */
  onPosition: (eId: string) => void;
}

/** Initial location from the URL hash (`#lectern://doc/eId` or `#/doc/eId`), used by deep links and tests. */
function initialLocation(): Location | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return parseDeepLink(hash.startsWith('/') ? `lectern:/${hash}` : hash);
}

/** Visits `to`, first recording where the reader was in the page being left, so Back returns there. */
function leaveAndVisit(
  h: NavHistory,
  docId: string | null,
  positions: Readonly<Record<string, string>>,
  to: Location,
): NavHistory {
  const leaving = current(h) ?? (docId ? { docId, eId: null } : null);
  const base = leaving
    ? replaceCurrent(h, { docId: leaving.docId, eId: positions[leaving.docId] ?? leaving.eId })
    : h;
  return visit(base, to);
}

/** Holds the history, scroll target and reading positions; call once in the workspace. */
export function useNavigation({ documents, onPositionError }: Options): Navigation {
  const [history, setHistory] = useState(() => {
    const start = initialLocation();
    return start ? visit(emptyHistory, start) : emptyHistory;
  });
  const here = current(history) ?? (documents[0] ? { docId: documents[0].docId, eId: null } : null);
  const docId = here?.docId ?? null;
  const docState = useDocument(docId);
  const doc = docState.status === 'ready' && docState.value.meta.docId === docId ? docState.value : null;
  const [target, setTarget] = useState<ScrollTarget>({ eId: here?.eId ?? null, seq: 0 });
  const [positions, setPositions] = useState<Record<string, string>>({});

  const go = useCallback(
    (to: Location, record = true, focus = false) => {
      // Reopening a document without a target returns to where the reviewer left it.
      const eId = to.eId ?? (to.docId !== docId ? (positions[to.docId] ?? null) : null);
      if (record) setHistory((h) => leaveAndVisit(h, docId, positions, { docId: to.docId, eId }));
      setTarget((s) => ({ eId, seq: s.seq + 1, ...(focus ? { focus } : {}) }));
      if (eId) setPositions((p) => ({ ...p, [to.docId]: eId }));
    },
    [docId, positions],
  );
  const move = useCallback(
    (delta: -1 | 1) => {
      const next = step(history, delta);
      const loc = current(next);
      if (next === history || !loc) return;
      setHistory(next);
      setTarget((s) => ({ eId: loc.eId, seq: s.seq + 1 }));
    },
    [history],
  );
  const onPosition = useCallback(
    (eId: string) => {
      if (docId) setPositions((p) => (p[docId] === eId ? p : { ...p, [docId]: eId }));
    },
    [docId],
  );
  const restore = useCallback((id: string, eId: string) => {
    setPositions((p) => ({ ...p, [id]: eId }));
    setTarget((s) => ({ eId, seq: s.seq + 1, quiet: true }));
  }, []);
  useReadingPositions({ doc, positions, requested: Boolean(here?.eId), restore, onError: onPositionError });

  const canBack = history.index > 0;
  const canForward = history.index < history.entries.length - 1;
  return { docId, docState, doc, target, positions, canBack, canForward, go, move, onPosition };
}
