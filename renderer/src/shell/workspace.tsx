// The workspace: library and contents on the left, the reader in the middle, notes on the right, with
// navigation history, shortcuts, dialogs and a status line wired together.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../electron/core/annotations/model';
import type { SearchHit } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { ExportDialog } from '../dialogs/export-dialog';
import { ImportDialog } from '../dialogs/import-dialog';
import { LicensesDialog } from '../dialogs/licenses-dialog';
import { SettingsDialog } from '../dialogs/settings-dialog';
import { useLibraryImports, type LibraryChange } from '../import/use-library-imports';
import { LibraryList } from '../library/library-list';
import { NotesPanel } from '../notes/notes-panel';
import { allTags } from '../notes/notes-filter';
import { citationOf } from '../reader/citation-text';
import type { HitMark } from '../reader/ranges';
import { ReaderPane, type ScrollTarget } from '../reader/reader-pane';
import { SideBySideView } from '../reader/side-by-side-view';
import { markedWords } from '../search/snippet';
import { useAnnotations } from '../state/use-annotations';
import { useAsync } from '../state/use-async';
import { useDocument } from '../state/use-document';
import { useReadingPositions } from '../state/use-reading-positions';
import {
  current,
  deepLink,
  emptyHistory,
  parseDeepLink,
  replaceCurrent,
  step,
  visit,
  type Location,
} from '../state/nav-history';
import type { UiSettings } from '../state/use-settings';
import { TocTree } from '../toc/toc-tree';
import { PaneResizer } from './pane-resizer';
import { TopBar } from './top-bar';
import { usePaneLayout } from './use-pane-layout';
import { useDeepLinkEvents, useMenuCommands } from './use-menu-commands';
import { useShortcuts } from './use-shortcuts';

interface Props {
  settings: {
    settings: UiSettings;
    save: (patch: Partial<UiSettings>) => Promise<void>;
    error: string | null;
  };
}

/** Initial location from the URL hash (`#lectern://doc/eId` or `#/doc/eId`), used by deep links and tests. */
function initialLocation(): Location | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return parseDeepLink(hash.startsWith('/') ? `lectern:/${hash}` : hash);
}

/** The main three-pane workspace. */
export function Workspace({ settings }: Props) {
  const { t, i18n } = useTranslation();
  const translate = useCallback((key: string, o?: Record<string, string>) => t(key, o ?? {}), [t]);
  // Bumped when documents are imported, removed or paired: the library, its actions and the open text reload.
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [pairView, setPairView] = useState<{ docId: string; otherDocId: string } | null>(null);
  const docs = useAsync('docs', () => unwrap(getApi().documents.list()), libraryVersion);
  const documents = useMemo(() => (docs.status === 'ready' ? docs.value : []), [docs]);
  const [history, setHistory] = useState(() => {
    const start = initialLocation();
    return start ? visit(emptyHistory, start) : emptyHistory;
  });
  const here = current(history) ?? (documents[0] ? { docId: documents[0].docId, eId: null } : null);
  const docId = here?.docId ?? null;
  const docState = useDocument(docId, libraryVersion);
  const doc = docState.status === 'ready' && docState.value.meta.docId === docId ? docState.value : null;
  const store = useAnnotations(translate);
  const [target, setTarget] = useState<ScrollTarget>({ eId: here?.eId ?? null, seq: 0 });
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [hit, setHit] = useState<HitMark | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [dialog, setDialog] = useState<'export' | 'import' | 'settings' | 'licenses' | null>(null);
  const [status, setStatus] = useState('');
  const [layout, setLayout] = usePaneLayout();
  const searchRef = useRef<HTMLInputElement>(null);

  const go = useCallback(
    (to: Location, record = true) => {
      // Reopening a document without a target returns to where the reviewer left it.
      const eId = to.eId ?? (to.docId !== docId ? (positions[to.docId] ?? null) : null);
      if (record) {
        setHistory((h) => {
          // Remember where the reader was in the page being left, so Back returns there.
          const leaving = current(h) ?? (docId ? { docId, eId: null } : null);
          const base = leaving
            ? replaceCurrent(h, { docId: leaving.docId, eId: positions[leaving.docId] ?? leaving.eId })
            : h;
          return visit(base, { docId: to.docId, eId });
        });
      }
      setTarget((s) => ({ eId, seq: s.seq + 1 }));
      if (eId) setPositions((p) => ({ ...p, [to.docId]: eId }));
    },
    [docId, positions],
  );
  const move = useCallback(
    (delta: -1 | 1) => {
      const next = step(history, delta);
      const loc = current(next);
      if (next === history || !loc) return;
      setHistory(next);
      setTarget((s) => ({ eId: loc.eId, seq: s.seq + 1 }));
    },
    [history],
  );
  const onPosition = useCallback(
    (eId: string) => {
      if (docId) setPositions((p) => (p[docId] === eId ? p : { ...p, [docId]: eId }));
    },
    [docId],
  );
  const restore = useCallback((id: string, eId: string) => {
    setPositions((p) => ({ ...p, [id]: eId }));
    setTarget((s) => ({ eId, seq: s.seq + 1, quiet: true }));
  }, []);
  const onPositionError = useCallback(
    (m: string) => {
      setStatus(t('app.error', { message: m }));
    },
    [t],
  );
  useReadingPositions({ doc, positions, requested: Boolean(here?.eId), restore, onError: onPositionError });
  const imports = useLibraryImports({
    documents,
    version: libraryVersion,
    onChanged: (change: LibraryChange) => {
      setLibraryVersion((v) => v + 1);
      store.reload();
      if (change.kind === 'removed') {
        setPairView(null);
        const next = documents.find((d) => d.docId !== change.docId);
        if (change.docId === docId && next) go({ docId: next.docId, eId: null });
      }
    },
    onOpen: (id) => {
      setPairView(null);
      go({ docId: id, eId: null });
    },
    onSideBySide: (left, right) => {
      setPairView({ docId: left, otherDocId: right });
    },
    onStatus: setStatus,
  });
  const openHit = useCallback(
    (h: SearchHit) => {
      setHit({ eId: h.eId, words: markedWords(h.snippet) });
      go({ docId: h.docId, eId: h.eId });
    },
    [go],
  );

  useShortcuts({
    search: () => searchRef.current?.focus(),
    find: () => {
      if (doc) setFindOpen(true);
    },
    back: () => {
      move(-1);
    },
    forward: () => {
      move(1);
    },
    undo: () => {
      void store.undo();
    },
    redo: () => {
      void store.redo();
    },
  });

  useMenuCommands({
    'export-pdf': () => {
      setDialog('export');
    },
    'export-notes': () => {
      setDialog('export');
    },
    'import-notes': () => {
      setDialog('import');
    },
    'theme-light': () => void settings.save({ theme: 'light' }),
    'theme-dark': () => void settings.save({ theme: 'dark' }),
    'theme-system': () => void settings.save({ theme: 'system' }),
    'go-back': () => {
      move(-1);
    },
    'go-forward': () => {
      move(1);
    },
    'go-search': () => searchRef.current?.focus(),
    about: () => {
      setDialog('licenses');
    },
  });

  useDeepLinkEvents((target) => {
    if (!documents.some((d) => d.docId === target.docId)) {
      setStatus(t('app.unknownLink', { link: deepLink(target) }));
      return;
    }
    setPairView(null);
    go(target);
  });

  const docAnnotations = useMemo(() => store.all.filter((a) => a.target.docId === docId), [store.all, docId]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of docAnnotations) m.set(a.target.eId, (m.get(a.target.eId) ?? 0) + 1);
    return m;
  }, [docAnnotations]);
  const order = useMemo(
    () => new Map((doc?.nodes ?? []).map((n) => [`${n.docId}/${n.eId}`, n.order])),
    [doc],
  );
  const chapters = useMemo(() => (doc?.nodes ?? []).filter((n) => n.kind === 'chapter'), [doc]);
  const citeAnnotation = useCallback(
    (a: Annotation) =>
      doc && a.target.docId === doc.meta.docId
        ? citationOf(doc, a.target.eId, i18n.language)
        : `${a.target.docId} · ${a.target.eId}`,
    [doc, i18n.language],
  );
  const message = store.error ?? settings.error ?? (docState.status === 'error' ? docState.message : null);
  const columns = `${layout.leftCollapsed ? '36px' : `${layout.left}px`} 6px minmax(0,1fr) 6px ${layout.rightCollapsed ? '36px' : `${layout.right}px`}`;

  return (
    <div className="app">
      <TopBar
        documents={documents}
        chapters={chapters}
        currentDocId={docId}
        searchRef={searchRef}
        canBack={history.index > 0}
        canForward={history.index < history.entries.length - 1}
        onBack={() => {
          move(-1);
        }}
        onForward={() => {
          move(1);
        }}
        onOpenHit={openHit}
        onJump={(loc) => {
          go(loc);
        }}
        onFind={() => {
          setFindOpen(true);
        }}
        onDialog={setDialog}
      />
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        <aside
          className={`pane pane-left${layout.leftCollapsed ? ' collapsed' : ''}`}
          aria-label={t('pane.library')}
        >
          <button
            type="button"
            className="btn btn-icon pane-toggle"
            aria-expanded={!layout.leftCollapsed}
            aria-label={t(layout.leftCollapsed ? 'pane.expand' : 'pane.collapse', {
              pane: t('pane.library'),
            })}
            onClick={() => {
              setLayout({ leftCollapsed: !layout.leftCollapsed });
            }}
          >
            {layout.leftCollapsed ? '»' : '«'}
          </button>
          {!layout.leftCollapsed && (
            <>
              <h2 className="pane-title">{t('library.heading')}</h2>
              {imports.importButton}
              <LibraryList
                documents={documents}
                currentDocId={docId}
                actions={imports.actionsFor}
                onOpen={(id) => {
                  setPairView(null);
                  go({ docId: id, eId: null });
                }}
              />
              <h2 className="pane-title">{t('pane.toc')}</h2>
              {doc && (
                <TocTree
                  nodes={doc.nodes}
                  byEId={doc.byEId}
                  counts={counts}
                  currentEId={docId ? (positions[docId] ?? null) : null}
                  onOpen={(eId) => {
                    go({ docId: doc.meta.docId, eId });
                  }}
                />
              )}
            </>
          )}
        </aside>
        <PaneResizer
          pane={t('pane.library')}
          size={layout.left}
          min={200}
          max={520}
          direction={1}
          onResize={(left) => {
            setLayout({ left });
          }}
        />
        <main className="pane pane-reader" style={{}}>
          {pairView ? (
            <SideBySideView
              docId={pairView.docId}
              otherDocId={pairView.otherDocId}
              onClose={() => {
                setPairView(null);
              }}
            />
          ) : doc ? (
            <ReaderPane
              doc={doc}
              annotations={docAnnotations}
              store={store}
              target={target}
              hit={hit}
              findOpen={findOpen}
              position={positions[doc.meta.docId] ?? null}
              defaultColor={settings.settings.defaultColor}
              onFindClose={() => {
                setFindOpen(false);
              }}
              onNavigate={(d, e) => {
                go({ docId: d, eId: e });
              }}
              onPosition={onPosition}
              onStatus={setStatus}
            />
          ) : (
            <p className="reader-empty muted">
              {docs.status === 'error'
                ? t('app.error', { message: docs.message })
                : docId
                  ? t('app.loading')
                  : t('reader.noDocument')}
            </p>
          )}
        </main>
        <PaneResizer
          pane={t('pane.notes')}
          size={layout.right}
          min={220}
          max={560}
          direction={-1}
          onResize={(right) => {
            setLayout({ right });
          }}
        />
        <aside
          className={`pane pane-right${layout.rightCollapsed ? ' collapsed' : ''}`}
          aria-label={t('pane.notes')}
        >
          <button
            type="button"
            className="btn btn-icon pane-toggle"
            aria-expanded={!layout.rightCollapsed}
            aria-label={t(layout.rightCollapsed ? 'pane.expand' : 'pane.collapse', { pane: t('pane.notes') })}
            onClick={() => {
              setLayout({ rightCollapsed: !layout.rightCollapsed });
            }}
          >
            {layout.rightCollapsed ? '«' : '»'}
          </button>
          {!layout.rightCollapsed && (
            <NotesPanel
              all={store.all}
              currentDocId={docId}
              order={order}
              citationOf={citeAnnotation}
              onOpen={(a) => {
                go({ docId: a.target.docId, eId: a.target.eId });
              }}
            />
          )}
        </aside>
      </div>
      <footer className="status-bar" role="status" aria-live="polite">
        {message ? <span className="error-text">{message}</span> : (store.status ?? status)}
      </footer>
      {dialog === 'export' && doc && (
        <ExportDialog
          docId={doc.meta.docId}
          docTitle={doc.meta.shortTitle}
          tags={allTags(store.all)}
          settings={settings.settings}
          onSaveSettings={settings.save}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onImported={store.reload}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {imports.dialogs}
      {dialog === 'licenses' && (
        <LicensesDialog
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog === 'settings' && (
        <SettingsDialog
          settings={settings.settings}
          error={settings.error}
          onSave={settings.save}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
