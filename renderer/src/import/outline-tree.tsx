// The detected structure of a file being imported, as a collapsible outline: each provision that has
// provisions inside gets a disclosure button, so a reviewer can check the tree before saving it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, CitationLang } from '../../../electron/shared/types';
import { outlineLabel } from './node-label';

interface Props {
  nodes: CorpusNode[];
  /** The document's language (as set in the form), which its provision labels are written in. */
  language: CitationLang;
}

/** Nested list of the detected provisions; top level shown, deeper levels opened on demand. */
export function OutlineTree({ nodes, language }: Props) {
  const { t } = useTranslation();
  const children = useMemo(() => {
    const map = new Map<string | null, CorpusNode[]>();
    for (const n of [...nodes].sort((a, b) => a.order - b.order)) {
      const list = map.get(n.parentEId) ?? [];
      list.push(n);
      map.set(n.parentEId, list);
    }
    return map;
  }, [nodes]);
  return (
    <ul className="outline" aria-label={t('docImport.outline')}>
      {(children.get(null) ?? []).map((n) => (
        <OutlineItem key={n.eId} node={n} kids={children} language={language} />
      ))}
    </ul>
  );
}

function OutlineItem({
  node,
  kids,
  language,
}: {
  node: CorpusNode;
  kids: Map<string | null, CorpusNode[]>;
  language: CitationLang;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const inside = kids.get(node.eId) ?? [];
  const label = outlineLabel(node, language, i18n.language);
  return (
    <li data-eid={node.eId}>
      {inside.length > 0 ? (
        <button
          type="button"
          className="outline-toggle"
          aria-expanded={open}
          aria-label={`${label} (${t('docImport.children', { count: inside.length })})`}
          title={t('docImport.expand', { label })}
          onClick={() => {
            setOpen(!open);
          }}
        >
          <span className="outline-caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="outline-label">{label}</span>
          <span className="outline-count" aria-hidden="true">
            {inside.length}
          </span>
        </button>
      ) : (
        <span className="outline-leaf">{label}</span>
      )}
      {open && inside.length > 0 && (
        <ul>
          {inside.map((n) => (
            <OutlineItem key={n.eId} node={n} kids={kids} language={language} />
          ))}
        </ul>
      )}
    </li>
  );
}
