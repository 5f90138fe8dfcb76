// The top bar: product name, history buttons, the search box, and the find / export / import / settings actions.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusNode, DocumentMeta, SearchHit } from '../../../electron/shared/types';
import { SearchBox } from '../search/search-box';
import type { Location } from '../state/nav-history';

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
}

/** Application header. */
export function TopBar(props: Props) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="brand">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>{' '}
        {t('app.name')}
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
      <div className="top-actions">
        <button type="button" className="btn" onClick={props.onFind} disabled={!props.currentDocId}>
          {t('menu.find')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onDialog('export');
          }}
          disabled={!props.currentDocId}
        >
          {t('menu.export')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onDialog('import');
          }}
        >
          {t('menu.import')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onDialog('settings');
          }}
        >
          {t('menu.settings')}
        </button>
      </div>
    </header>
  );
}
