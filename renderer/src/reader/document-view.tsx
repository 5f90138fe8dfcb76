// The full text of one document as blocks. Long documents stay smooth because every block is
// `content-visibility: auto` (reader.css): Chromium skips layout and paint of blocks far off screen.
import { memo, useLayoutEffect, useMemo } from 'react';
import type { LoadedDocument } from '../state/use-document';
import { AnnexTable } from './annex-table';
import { toBlocks } from './blocks';
import { DecorationsContext } from './decorations-context';
import { Provision } from './provision';
import type { DecoratedRange } from './segments';

interface Props {
  doc: LoadedDocument;
  ranges: ReadonlyMap<string, DecoratedRange[]>;
  counts: ReadonlyMap<string, number>;
}

const NONE: DecoratedRange[] = [];

/** Renders every block of a document in reading order. */
export const DocumentView = memo(function DocumentView({ doc, ranges, counts }: Props) {
  const blocks = useMemo(() => toBlocks(doc.nodes), [doc.nodes]);
  const decorations = useMemo(() => ({ ranges, counts }), [ranges, counts]);
  // User Timing marks (local only) let the UI benchmark measure data-ready → DOM committed for a document.
  useLayoutEffect(() => {
    performance.mark('lectern:document-rendered', { detail: doc.meta.docId });
    // The frame after the commit has been painted once the next task runs after requestAnimationFrame.
    requestAnimationFrame(() => {
      setTimeout(() => {
        performance.mark('lectern:document-painted', { detail: doc.meta.docId });
      }, 0);
    });
  }, [doc]);
  return (
    <DecorationsContext.Provider value={decorations}>
      <article className="document" lang={doc.meta.language} aria-labelledby="doc-heading">
        <header className="document-header">
          <p className="document-kicker">{doc.meta.number ?? doc.meta.status}</p>
          <h1 id="doc-heading" className="document-title">
            {doc.meta.title}
          </h1>
        </header>
        {blocks.map((block) =>
          block.type === 'node' ? (
            <Provision
              key={block.key}
              node={block.node}
              doc={doc.meta}
              lead={block.lead}
              ranges={ranges.get(block.node.eId) ?? NONE}
              annotationCount={counts.get(block.node.eId) ?? 0}
            />
          ) : (
            <AnnexTable
              key={block.key}
              rows={block.rows}
              header={block.header}
              labelledBy={`h-${block.annexEId}`}
              doc={doc.meta}
            />
          ),
        )}
      </article>
    </DecorationsContext.Provider>
  );
});
