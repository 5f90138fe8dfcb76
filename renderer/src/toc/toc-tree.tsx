// The table of contents as an ARIA tree (WAI-ARIA APG tree view pattern): roving focus, arrows to move and
// expand/collapse, Home/End, Enter to open; each entry shows its annotation count.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitationLang, CorpusNode } from '../../../electron/shared/types';
import { provisionLabel } from '../reader/provision-label';
import { buildToc, tocPathTo, visibleItems, type TocItem } from './toc-model';

/** Kinds opened when the tree first shows: parts, their chapters, top-level chapters and appendices. */
const OPEN_KINDS = new Set<CorpusNode['kind']>(['part', 'chapter', 'annex']);

interface Props {
  nodes: CorpusNode[];
  /** The document's language, which its provision labels are written in. */
  language: CitationLang;
  byEId: ReadonlyMap<string, CorpusNode>;
  counts: ReadonlyMap<string, number>;
  currentEId: string | null;
  onOpen: (eId: string) => void;
}

/** Keyboard-navigable contents tree of the open document. */
export function TocTree({ nodes, language, byEId, counts, currentEId, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const roots = useMemo(() => buildToc(nodes, counts), [nodes, counts]);
  // Parts, chapters and appendices open at first, so a document's articles are one click away.
  const [expanded, setExpanded] = useState<Set<string>>(
    () =>
      new Set(
        [...roots, ...roots.filter((r) => r.node.kind === 'part').flatMap((r) => r.children)]
          .filter((r) => OPEN_KINDS.has(r.node.kind))
          .map((r) => r.node.eId),
      ),
  );
  const [focused, setFocused] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());

  // Reveal the provision being read whenever it changes (state adjusted during render, as React recommends).
  const [revealed, setRevealed] = useState<string | null>(null);
  if (currentEId !== revealed) {
    setRevealed(currentEId);
    if (currentEId) {
      const path = tocPathTo(currentEId, byEId);
      if (!path.every((p) => expanded.has(p))) setExpanded(new Set([...expanded, ...path]));
    }
  }

  const visible = visibleItems(roots, expanded);
  const activeEId = currentEId && visible.some((v) => v.node.eId === currentEId) ? currentEId : null;
  const tabStop = focused ?? activeEId ?? visible[0]?.node.eId ?? null;

  const focusItem = (eId: string | undefined) => {
    if (!eId) return;
    setFocused(eId);
    refs.current.get(eId)?.focus();
  };

  const toggle = (eId: string, open: boolean) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(eId);
      else next.delete(eId);
      return next;
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const index = visible.findIndex((v) => v.node.eId === tabStop);
    const item = visible[index];
    if (!item) return;
    const eId = item.node.eId;
    const isOpen = expanded.has(eId);
    const handled = (() => {
      switch (e.key) {
        case 'ArrowDown':
          focusItem(visible[index + 1]?.node.eId);
          return true;
        case 'ArrowUp':
          focusItem(visible[index - 1]?.node.eId);
          return true;
        case 'Home':
          focusItem(visible[0]?.node.eId);
          return true;
        case 'End':
          focusItem(visible[visible.length - 1]?.node.eId);
          return true;
        case 'ArrowRight':
          if (item.children.length === 0) return true;
          if (!isOpen) toggle(eId, true);
          else focusItem(item.children[0]?.node.eId);
          return true;
        case 'ArrowLeft': {
          if (item.children.length > 0 && isOpen) {
            toggle(eId, false);
            return true;
          }
          const parent = visible
            .slice(0, index)
            .reverse()
            .find((v) => v.level < item.level);
          focusItem(parent?.node.eId);
          return true;
        }
        case 'Enter':
        case ' ':
          onOpen(eId);
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const renderItem = (item: TocItem, index: number, siblings: TocItem[]) => {
    const eId = item.node.eId;
    const hasChildren = item.children.length > 0;
    const open = hasChildren && expanded.has(eId);
    const label = provisionLabel(item.node, language, i18n.language);
    const heading = item.node.heading && item.node.heading !== label ? item.node.heading : '';
    return (
      <li
        key={eId}
        role="treeitem"
        aria-level={item.level}
        aria-setsize={siblings.length}
        aria-posinset={index + 1}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={eId === currentEId}
        aria-current={eId === currentEId ? 'location' : undefined}
        tabIndex={eId === tabStop ? 0 : -1}
        data-eid={eId}
        ref={(el) => {
          if (el) refs.current.set(eId, el);
          else refs.current.delete(eId);
        }}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocused(eId);
        }}
        onClick={(e) => {
          e.stopPropagation();
          setFocused(eId);
          onOpen(eId);
        }}
      >
        <div
          className={`toc-row${eId === currentEId ? ' current' : ''}`}
          style={{ paddingInlineStart: `${(item.level - 1) * 14 + 4}px` }}
        >
          <span
            className={`toc-twisty${hasChildren ? '' : ' leaf'}`}
            aria-hidden="true"
            onClick={(e) => {
              if (!hasChildren) return;
              e.stopPropagation();
              toggle(eId, !open);
            }}
          >
            {hasChildren ? (open ? '▾' : '▸') : ''}
          </span>
          <span className="toc-label">
            <span className="toc-num">{label}</span>
            {heading && <span className="toc-heading"> {heading}</span>}
          </span>
          {item.count > 0 && (
            <span className="badge" title={t('toc.badge', { count: item.count })}>
              <span aria-hidden="true">{item.count}</span>
              <span className="visually-hidden">{t('toc.badge', { count: item.count })}</span>
            </span>
          )}
        </div>
        {open && <ul role="group">{item.children.map((child, i) => renderItem(child, i, item.children))}</ul>}
      </li>
    );
  };

  return (
    <ul role="tree" aria-label={t('toc.label')} className="toc-tree" onKeyDown={onKeyDown}>
      {roots.map((item, i) => renderItem(item, i, roots))}
    </ul>
  );
}
