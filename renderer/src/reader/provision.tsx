// One provision as a reviewer reads it: number and heading as in the source, its text, and its action buttons.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { nodeLabel } from '../../../electron/core/corpus/citation';
import { CopyIcon, NoteIcon } from './icons';
import { NodeText } from './node-text';
import { useReaderActions } from './reader-context';
import type { DecoratedRange } from './segments';

interface Props {
  node: CorpusNode;
  ranges: readonly DecoratedRange[];
  annotationCount: number;
}

/** The visible number prefix: "1." for clauses, "a)" for points (đ written as in Vietnamese). */
export function numberLabel(node: CorpusNode): string {
  if (!node.num) return '';
  if (node.kind === 'clause' || node.kind === 'section') return `${node.num}.`;
  if (node.kind === 'point') return `${node.num === 'dd' ? 'đ' : node.num})`;
  return node.num;
}

function Heading({ node }: { node: CorpusNode }) {
  const { t } = useTranslation();
  const id = `h-${node.eId}`;
  switch (node.kind) {
    case 'chapter':
      return (
        <h2 id={id} className="chapter-heading">
          <span className="chapter-num">{t('kind.chapter', { num: node.num ?? '' })}</span>
          {node.heading && <span className="chapter-title">{node.heading}</span>}
        </h2>
      );
    case 'article':
      return (
        <h3 id={id} className="article-heading">
          {t('kind.article', { num: node.num ?? '' })}. {node.heading}
        </h3>
      );
    case 'section':
      return (
        <h3 id={id} className="section-heading">
          {node.num ? `${node.num}. ` : ''}
          {node.heading}
        </h3>
      );
    case 'annex':
      return (
        <h2 id={id} className="annex-heading">
          {node.heading ?? t('kind.annex')}
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

function Actions({ node, annotationCount }: { node: CorpusNode; annotationCount: number }) {
  const { t, i18n } = useTranslation();
  const actions = useReaderActions();
  const label = nodeLabel(node, i18n.language === 'vi' ? 'vi' : 'en');
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
        aria-label={`${t('reader.copyCitation')}: ${label}`}
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
        aria-label={`${t('reader.addNote')}: ${label}`}
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

/** Renders a provision of any kind; the wrapper's id `p-<eId>` is the scroll and flash target. */
export const Provision = memo(function Provision({ node, ranges, annotationCount }: Props) {
  const num = numberLabel(node);
  const inline =
    node.kind === 'clause' || node.kind === 'point' || (node.kind === 'section' && !node.heading);
  const heading = inline ? null : <Heading node={node} />;
  return (
    <div
      id={`p-${node.eId}`}
      className={`provision kind-${node.kind} depth-${Math.min(node.depth, 4)}`}
      data-eid={node.eId}
    >
      {heading}
      {node.text.length > 0 && (
        <p className="provision-body">
          {inline && num && <span className="provision-num">{num} </span>}
          <NodeText eId={node.eId} text={node.text} ranges={ranges} />
        </p>
      )}
      {node.kind !== 'title' && node.kind !== 'dateline' && (
        <Actions node={node} annotationCount={annotationCount} />
      )}
    </div>
  );
});
