// The open document's decorations (ranges and annotation counts per eId) for provisions rendered inside another
// provision (an article's source note), so the article itself need not re-render when only they change.
import { createContext, useContext } from 'react';
import type { DecoratedRange } from './segments';

/** Ranges and annotation counts by eId. */
interface Decorations {
  ranges: ReadonlyMap<string, DecoratedRange[]>;
  counts: ReadonlyMap<string, number>;
}

const EMPTY: Decorations = { ranges: new Map(), counts: new Map() };

/** React context carrying the document's decorations; empty outside a document view. */
export const DecorationsContext = createContext<Decorations>(EMPTY);

/** The document's decorations. */
export function useDecorations(): Decorations {
  return useContext(DecorationsContext);
}
