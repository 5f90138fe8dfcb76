// The top bar: product name, history buttons, the search box, and the find / export / import / settings actions.
// In a narrow window it also holds the drawer toggles, and the actions go into a "More" menu.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, DocumentMeta, SearchHit } from '../../../electron/shared/types';
import { SearchBox } from '../search/search-box';
import type { Location } from '../state/nav-history';
import { OverflowMenu, type OverflowItem } from './overflow-menu';

/** The drawers' toggles, present only in a narrow window. */
export interface DrawerToggles {
  open: 'left' | 'right' | null;
  /** The drawers' element ids, for aria-controls. */
  ids: { left: string; right: string };
  toggle: (side: 'left' | 'right') => void;
}

interface Props {
  documents: DocumentMeta[];
  chapters: CorpusNode[];
  currentDocId: string | null;
  searchRef: RefObject<HTMLInputElement | null>;
  canBack: boolean;
  canForward: boolean;
  onBack: () => void;
  onForward: () => void;
  onOpenHit: (hit: SearchHit) => void;
  onJump: (location: Location) => void;
  onFind: () => void;
  onDialog: (dialog: 'export' | 'import' | 'settings') => void;
  /** Set in a narrow window: the panes are drawers and the actions are in a menu. */
  drawers: DrawerToggles | null;
}

/** One drawer's toggle button. */
function DrawerToggle({
  side,
  label,
  drawers,
}: {
  side: 'left' | 'right';
  label: string;
  drawers: DrawerToggles;
}) {
  return (
    <button
      type="button"
      className="btn drawer-toggle"
      aria-expanded={drawers.open === side}
      aria-controls={drawers.open === side ? drawers.ids[side] : undefined}
      onClick={() => {
        drawers.toggle(side);
      }}
    >
      {side === 'left' ? `☰ ${label}` : label}
    </button>
  );
}

/** Application header. */
export function TopBar(props: Props) {
  const { t } = useTranslation();
  const noDocument = !props.currentDocId;
  const actions: OverflowItem[] = [
    { label: t('menu.find'), disabled: noDocument, run: props.onFind },
    {
      label: t('menu.export'),
      disabled: noDocument,
      run: () => {
        props.onDialog('export');
      },
    },
    {
      label: t('menu.import'),
      run: () => {
        props.onDialog('import');
      },
    },
    {
      label: t('menu.settings'),
      run: () => {
        props.onDialog('settings');
      },
    },
  ];
  return (
    <header className="top-bar">
      {props.drawers && <DrawerToggle side="left" label={t('pane.library')} drawers={props.drawers} />}
      <span className="brand">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>{' '}
        <span className="brand-name">{t('app.name')}</span>
      </span>
      <nav className="history-buttons" aria-label={`${t('reader.back')} / ${t('reader.forward')}`}>
        <button
          type="button"
          className="btn btn-icon"
          aria-label={t('reader.back')}
          title={`${t('reader.back')} (Alt+←)`}
          disabled={!props.canBack}
          onClick={props.onBack}
        >
          ←
        </button>
        <button
          type="button"
          className="btn btn-icon"
          aria-label={t('reader.forward')}
          title={`${t('reader.forward')} (Alt+→)`}
          disabled={!props.canForward}
          onClick={props.onForward}
        >
          →
        </button>
      </nav>
      <SearchBox
        documents={props.documents}
        chapters={props.chapters}
        currentDocId={props.currentDocId}
        inputRef={props.searchRef}
        onOpenHit={props.onOpenHit}
        onJump={props.onJump}
      />
      {props.drawers && <DrawerToggle side="right" label={t('pane.notes')} drawers={props.drawers} />}
      {props.drawers ? (
        <OverflowMenu label={t('menu.more')} items={actions} />
      ) : (
        <div className="top-actions">
          {actions.map((a) => (
            <button key={a.label} type="button" className="btn" onClick={a.run} disabled={a.disabled}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </header>
  );
}
