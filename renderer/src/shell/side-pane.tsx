// A collapsible side pane (library on the left, notes on the right): a labelled aside whose toggle button
// points the way the pane will move, and whose content is not rendered while collapsed.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  side: 'left' | 'right';
  /** The pane's accessible name, also used in the toggle's label. */
  label: string;
  collapsed: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** A side pane with its collapse toggle. */
export function SidePane({ side, label, collapsed, onToggle, children }: Props) {
  const { t } = useTranslation();
  // The arrow points towards where the pane goes: outwards to collapse, inwards to expand.
  const outwards = side === 'left' ? '«' : '»';
  const inwards = side === 'left' ? '»' : '«';
  return (
    <aside className={`pane pane-${side}${collapsed ? ' collapsed' : ''}`} aria-label={label}>
      <button
        type="button"
        className="btn btn-icon pane-toggle"
        aria-expanded={!collapsed}
        aria-label={t(collapsed ? 'pane.expand' : 'pane.collapse', { pane: label })}
        onClick={onToggle}
      >
        {collapsed ? inwards : outwards}
      </button>
      {!collapsed && children}
    </aside>
  );
}
