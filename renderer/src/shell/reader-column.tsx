// The middle pane: two paired documents side by side, or the reader on the open document, or a plain line
// saying why there is nothing to read yet (loading, no document, the library failed to load).
import type { ComponentProps, ReactNode } from 'react';
import { ReaderPane } from '../reader/reader-pane';
import { SideBySideView } from '../reader/side-by-side-view';
import type { LoadedDocument } from '../state/use-document';

/** Two documents shown side by side, aligned by provision. */
export interface PairView {
  docId: string;
  otherDocId: string;
}

type ReaderProps = Omit<ComponentProps<typeof ReaderPane>, 'doc' | 'position'>;

interface Props extends ReaderProps {
  pairView: PairView | null;
  onClosePair: () => void;
  doc: LoadedDocument | null;
  /** This session's reading positions; the reader is told the open document's. */
  positions: Readonly<Record<string, string>>;
  /** What to say when there is no document to show. */
  empty: string;
  /** A bar shown above the text (re-attaching a note). */
  banner?: ReactNode;
}

/** The reader area. */
export function ReaderColumn({ pairView, onClosePair, doc, positions, empty, banner, ...reader }: Props) {
  return (
    <main className="pane pane-reader" style={{}}>
      {banner}
      {pairView ? (
        <SideBySideView docId={pairView.docId} otherDocId={pairView.otherDocId} onClose={onClosePair} />
      ) : doc ? (
        <ReaderPane {...reader} doc={doc} position={positions[doc.meta.docId] ?? null} />
      ) : (
        <p className="reader-empty muted">{empty}</p>
      )}
    </main>
  );
}
