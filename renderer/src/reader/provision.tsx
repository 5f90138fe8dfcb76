// One provision as a reviewer reads it: number and heading in the document's own language, its text, the notes
// that belong with it (source note, related articles, footnotes), and its action buttons.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, DocumentMeta } from '../../../electron/shared/types';
import { nodeLabel } from '../../../electron/shared/provision-labels';
import { useDecorations } from './decorations-context';
import { CopyIcon, NoteIcon } from './icons';
import { NodeText } from './node-text';
import { isNamedByInterface, numberLabel, provisionLabel } from './provision-label';
import { useReaderActions } from './reader-context';
import type { DecoratedRange } from './segments';

/** What a provision needs to know about its document: the language its labels are written in, and its kind. */
type ProvisionDoc = Pick<DocumentMeta, 'language' | 'kind'>;

interface Props {
  node: CorpusNode;
  doc: ProvisionDoc;
  ranges: readonly DecoratedRange[];
  annotationCount: number;
  /** Provisions shown under this one's heading (an article's source note). */
  lead?: readonly CorpusNode[];
}

const NO_LEAD: readonly CorpusNode[] = [];
const NONE: DecoratedRange[] = [];

/** Kinds whose number is printed in front of their text instead of in a heading. */
const INLINE = new Set<CorpusNode['kind']>(['clause', 'point', 'footnote']);

/** "Điều 6. Heading" / "Article 6"; a heading is added after a full stop when the source has one. */
function titled(label: string, heading: string | null): string {
  return heading === null || heading === label ? label : `${label}. ${heading}`;
}

function Heading({ node, doc }: { node: CorpusNode; doc: ProvisionDoc }) {
  const id = `h-${node.eId}`;
  const label = nodeLabel(node, doc.language);
  switch (node.kind) {
    case 'part':
    case 'chapter':
      return (
        <h2 id={id} className={node.kind === 'part' ? 'chapter-heading part-heading' : 'chapter-heading'}>
          <span className="chapter-num">{label}</span>
          {/* A space between number and title for copy and screen readers; the grid does not draw it. */}
          {node.heading && ' '}
          {node.heading && <span className="chapter-title">{node.heading}</span>}
        </h2>
      );
    case 'article':
      return (
        <h3 id={id} className="article-heading">
          {titled(label, node.heading)}
        </h3>
      );
    case 'section':
    case 'subsection': {
      // The commentary numbers its tasks "1.", "2."; legal sections read "Mục 1" / "Section 1".
      const text =
        doc.kind === 'commentary'
          ? [node.num && `${node.num}.`, node.heading].filter(Boolean).join(' ')
          : null;
      const Tag = node.kind === 'section' ? 'h3' : 'h4';
      return (
        <Tag id={id} className={`section-heading ${node.kind}-heading`}>
          {text ?? titled(label, node.heading)}
        </Tag>
      );
    }
    case 'annex':
      return (
        <h2 id={id} className="annex-heading">
          {node.heading ?? label}
        </h2>
      );
    case 'title':
      return node.heading ? (
        <h1 id={id} className="doc-title">
          {node.heading}
        </h1>
      ) : null;
    default:
      return node.heading ? (
        <h4 id={id} className="block-heading">
          {node.heading}
        </h4>
      ) : null;
  }
}

/** A provision's copy-with-citation and note buttons (and its note count); an appendix row shows them too. */
export function ProvisionActions({
  node,
  doc,
  annotationCount,
}: {
  node: CorpusNode;
  doc: ProvisionDoc;
  annotationCount: number;
}) {
  const { t, i18n } = useTranslation();
  const actions = useReaderActions();
  // Named-by-interface blocks (preamble, signature) by their UI name; numbered ones by their place in the act.
  const place = isNamedByInterface(node)
    ? provisionLabel(node, doc.language, i18n.language)
    : actions.placeOf(node.eId);
  return (
    <span className="provision-actions">
      {annotationCount > 0 && (
        <span className="provision-count" title={t('reader.annotations', { count: annotationCount })}>
          <span aria-hidden="true">{annotationCount}</span>
          <span className="visually-hidden">{t('reader.annotations', { count: annotationCount })}</span>
        </span>
      )}
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('reader.copyCitationOf', { place })}
        title={t('reader.copyCitation')}
        onClick={() => {
          actions.copyWithCitation(node.eId);
        }}
      >
        <CopyIcon />
      </button>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('reader.addNoteTo', { place })}
        title={t('reader.addNote')}
        onClick={(e) => {
          actions.noteOnProvision(node.eId, e.currentTarget);
        }}
      >
        <NoteIcon />
      </button>
    </span>
  );
}

/** A provision shown inside another one (a source note under its article's heading), decorated from context. */
function LeadNote({ node, doc }: { node: CorpusNode; doc: ProvisionDoc }) {
  const { ranges, counts } = useDecorations();
  return (
    <Provision
      node={node}
      doc={doc}
      ranges={ranges.get(node.eId) ?? NONE}
      annotationCount={counts.get(node.eId) ?? 0}
    />
  );
}

/** Renders a provision of any kind; the wrapper's id `p-<eId>` is the scroll and flash target. */
export const Provision = memo(function Provision({
  node,
  doc,
  ranges,
  annotationCount,
  lead = NO_LEAD,
}: Props) {
  const { t } = useTranslation();
  const { placeOf } = useReaderActions();
  const num = numberLabel(node);
  const inline = INLINE.has(node.kind) || (node.kind === 'section' && !node.heading);
  const heading = inline ? null : <Heading node={node} doc={doc} />;
  const isFootnote = node.kind === 'footnote';
  return (
    <div
      id={`p-${node.eId}`}
      className={`provision kind-${node.kind} depth-${Math.min(node.depth, 4)}`}
      data-eid={node.eId}
      // Focusable for the reader's roving focus (provision-keys.ts), named by its place in the act.
      tabIndex={-1}
      role={isFootnote ? 'note' : 'group'}
      aria-label={isFootnote ? t('reader.footnote', { num: node.num ?? '' }) : placeOf(node.eId)}
    >
      {heading}
      {lead.map((n) => (
        <LeadNote key={n.eId} node={n} doc={doc} />
      ))}
      {node.text.length > 0 && (
        <p className="provision-body">
          {inline && num && <span className="provision-num">{num} </span>}
          <NodeText eId={node.eId} text={node.text} ranges={ranges} />
        </p>
      )}
      {node.kind !== 'title' && node.kind !== 'dateline' && (
        <ProvisionActions node={node} doc={doc} annotationCount={annotationCount} />
      )}
    </div>
  );
});
