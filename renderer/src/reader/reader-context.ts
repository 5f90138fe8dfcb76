// Callbacks the reader's leaves need (links, terms, highlights, provision actions) without threading props through
// every level of the document tree.
import { createContext, useContext } from 'react';
import type { Annotation, CrossRef, DefinedTerm } from '../../../electron/shared/types';

/** Actions a provision or a decorated run of text can trigger. */
export interface ReaderActions {
  followRef: (ref: CrossRef, anchor: HTMLElement) => void;
  showTerm: (term: DefinedTerm, anchor: HTMLElement) => void;
  hideTerm: () => void;
  goToTerm: (term: DefinedTerm) => void;
  editAnnotation: (annotation: Annotation, anchor: HTMLElement) => void;
  copyWithCitation: (eId: string) => void;
  noteOnProvision: (eId: string, anchor: HTMLElement) => void;
  /** The provision's place in its document ("Clause 2, Article 16"), naming the controls that act on it. */
  placeOf: (eId: string) => string;
}

/** React context carrying the reader actions; components outside a reader get no-ops. */
export const ReaderActionsContext = createContext<ReaderActions | null>(null);

/** The reader actions; throws when used outside the reader so wiring mistakes surface in tests. */
export function useReaderActions(): ReaderActions {
  const value = useContext(ReaderActionsContext);
  if (!value) throw new Error('useReaderActions must be used inside <ReaderActionsContext.Provider>');
  return value;
}
