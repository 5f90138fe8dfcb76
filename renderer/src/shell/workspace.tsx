// The workspace: library and contents on the left, the reader in the middle, notes on the right, with
// navigation history, shortcuts, dialogs and a status line wired together.
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, SearchHit } from '../../../electron/shared/types';
import { useReviewerGate } from '../annotate/use-reviewer-gate';
import { useLibraryImports, type LibraryChange } from '../import/use-library-imports';
import { NotesPanel } from '../notes/notes-panel';
import { useBackgroundReanchor } from '../notes/use-background-reanchor';
import { ReattachBar } from '../notes/reattach-bar';
import type { HitMark } from '../reader/ranges';
import { markedWords } from '../search/snippet';
import { useAnnotations } from '../state/use-annotations';
import { ImportButtons, LibraryDocumentActions, LibraryImportDialogs } from '../import/library-import-views';
import { useQuery } from '../api/use-query';
import { useDocumentNotes } from '../state/use-document-notes';
import { useNavigation } from '../state/use-navigation';
import type { Location } from '../state/nav-history';
import type { SettingsHandle } from '../state/use-settings';
import { Drawer } from './drawer';
import { LibraryColumn } from './library-column';
import { useNarrowLayout } from './narrow-layout';
import { PaneResizer } from './pane-resizer';
import { ReaderColumn, type PairView } from './reader-column';
import { SidePane } from './side-pane';
import { TopBar } from './top-bar';
import { usePaneLayout, type PaneLayout } from './use-pane-layout';
import { useWorkspaceCommands } from './use-workspace-commands';
import { WorkspaceDialogs, type DialogName } from './workspace-dialogs';

interface Props {
  settings: SettingsHandle;
}

/** The grid columns for the current pane widths; a collapsed pane keeps only its toggle; drawers take none. */
function gridColumns(layout: PaneLayout, narrow: boolean): string {
  if (narrow) return 'minmax(0,1fr)';
  const left = layout.leftCollapsed ? '36px' : `${layout.left}px`;
  const right = layout.rightCollapsed ? '36px' : `${layout.right}px`;
  return `${left} 6px minmax(0,1fr) 6px ${right}`;
}

/** The main three-pane workspace. */
export function Workspace({ settings }: Props) {
  const { t } = useTranslation();
  const translate = useCallback((key: string, o?: Record<string, string>) => t(key, o ?? {}), [t]);
  const [pairView, setPairView] = useState<PairView | null>(null);
  // Imports, removals and pairings invalidate it (and the open text) through the query store.
  const docs = useQuery('documents:list', {});
  const documents = useMemo(() => (docs.status === 'ready' ? docs.value : []), [docs]);
  const [status, setStatus] = useState('');
  const onPositionError = useCallback(
    (m: string) => {
      setStatus(t('app.error', { message: m }));
    },
    [t],
  );
  const nav = useNavigation({ documents, onPositionError });
  const { docId, doc, go } = nav;
  const gate = useReviewerGate(useAnnotations(translate), settings);
  const store = gate.store;
  const [reattaching, setReattaching] = useState<Annotation | null>(null);
  const [hit, setHit] = useState<HitMark | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [layout, setLayout] = usePaneLayout();
  const narrow = useNarrowLayout();
  const [drawer, setDrawer] = useState<'left' | 'right' | null>(null);
  const drawerIds = { left: useId(), right: useId() };
  /** In a narrow window a choice made in a drawer (a document, a provision, a note) closes it to show the text. */
  const closeDrawer = () => {
    setDrawer(null);
  };
  const searchRef = useRef<HTMLInputElement>(null);
  const views = useDocumentNotes(store.all, docId, doc);

  /** Opens a location in the single reader, leaving side by side. */
  const open = (to: Location) => {
    setPairView(null);
    go(to);
  };
  const imports = useLibraryImports({
    documents,
    onChanged: (change: LibraryChange) => {
      if (change.kind === 'removed') {
        setPairView(null);
        const next = documents.find((d) => d.docId !== change.docId);
        if (change.docId === docId && next) go({ docId: next.docId, eId: null });
      }
    },
    onOpen: (id) => {
      closeDrawer();
      open({ docId: id, eId: null });
    },
    onSideBySide: (left, right) => {
      closeDrawer();
      setPairView({ docId: left, otherDocId: right });
    },
    onStatus: setStatus,
  });
  useBackgroundReanchor(setStatus, store.reload);
  const openHit = useCallback(
    (h: SearchHit) => {
      setHit({ eId: h.eId, words: markedWords(h.excerpt) });
      // Focus follows the hit into the text, so Tab and the reading keys go on from the provision found.
      go({ docId: h.docId, eId: h.eId }, true, true);
    },
    [go],
  );
  useWorkspaceCommands({
    searchRef,
    documents,
    find: () => {
      if (doc) setFindOpen(true);
    },
    move: nav.move,
    undo: () => void store.undo(),
    redo: () => void store.redo(),
    openDialog: setDialog,
    saveSettings: settings.save,
    openLink: open,
    onStatus: setStatus,
  });
  // The skip link: to the provision being read (or the text's top), past the toolbar and the library.
  const skipToText = () => {
    const eId = docId ? nav.positions[docId] : undefined;
    const el =
      (eId === undefined ? null : document.getElementById(`p-${eId}`)) ??
      document.querySelector<HTMLElement>('.reader-scroll .provision[data-eid]') ??
      document.querySelector<HTMLElement>('.reader-scroll');
    el?.focus();
  };
  const closeDialog = useCallback(() => {
    setDialog(null);
  }, []);

  const message =
    store.error ?? settings.error ?? (nav.docState.status === 'error' ? nav.docState.message : null);
  const position = docId ? (nav.positions[docId] ?? null) : null;
  const library = (
    <LibraryColumn
      documents={documents}
      doc={doc}
      currentDocId={docId}
      currentEId={position}
      counts={views.counts}
      importButton={<ImportButtons imports={imports} />}
      importedAt={imports.importedAt}
      actions={(d) => <LibraryDocumentActions imports={imports} doc={d} />}
      onOpenDocument={(id) => {
        closeDrawer();
        open({ docId: id, eId: null });
      }}
      onOpenProvision={(d, eId) => {
        closeDrawer();
        go({ docId: d, eId }, true, narrow);
      }}
    />
  );
  const notes = (
    <NotesPanel
      all={store.all}
      conflicts={store.conflicts}
      currentDocId={docId}
      order={views.order}
      citationOf={views.citeAnnotation}
      onOpen={(a) => {
        closeDrawer();
        go({ docId: a.target.docId, eId: a.target.eId }, true, narrow);
      }}
      onResolve={(c, keep) => void store.resolve(c, keep)}
      onRestore={store.restore}
      onRenameTag={store.renameTag}
      onReattach={(a) => {
        closeDrawer();
        setReattaching(a);
        if (a.target.docId !== docId) open({ docId: a.target.docId, eId: null });
      }}
    />
  );

  /** A side pane: a drawer in a narrow window (shown while open), else the collapsible pane. */
  const sidePane = (side: 'left' | 'right', label: string, content: ReactNode) => {
    const collapsedKey = side === 'left' ? 'leftCollapsed' : 'rightCollapsed';
    if (narrow)
      return (
        drawer === side && (
          <Drawer side={side} id={drawerIds[side]} label={label} onClose={closeDrawer}>
            {content}
          </Drawer>
        )
      );
    return (
      <SidePane
        side={side}
        label={label}
        collapsed={layout[collapsedKey]}
        onToggle={() => {
          setLayout({ [collapsedKey]: !layout[collapsedKey] });
        }}
      >
        {content}
      </SidePane>
    );
  };

  return (
    <div className={narrow ? 'app app-narrow' : 'app'}>
      <a
        className="skip-link"
        href="#reader-text"
        onClick={(e) => {
          e.preventDefault();
          skipToText();
        }}
      >
        {t('shortcuts.skip')}
      </a>
      <TopBar
        documents={documents}
        chapters={views.chapters}
        currentDocId={docId}
        searchRef={searchRef}
        canBack={nav.canBack}
        canForward={nav.canForward}
        onBack={() => {
          nav.move(-1);
        }}
        onForward={() => {
          nav.move(1);
        }}
        onOpenHit={openHit}
        onJump={(loc) => {
          go(loc, true, true);
        }}
        onFind={() => {
          setFindOpen(true);
        }}
        onDialog={setDialog}
        drawers={
          narrow
            ? {
                open: drawer,
                ids: drawerIds,
                toggle: (side) => {
                  setDrawer((d) => (d === side ? null : side));
                },
              }
            : null
        }
      />
      <div className="panes" style={{ gridTemplateColumns: gridColumns(layout, narrow) }}>
        {sidePane('left', t('pane.library'), library)}
        {!narrow && (
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
        )}
        <ReaderColumn
          banner={
            reattaching && (
              <ReattachBar
                note={reattaching}
                doc={doc}
                position={position}
                onAttach={(target) => {
                  const note = reattaching;
                  setReattaching(null);
                  void store.attach(note, target);
                }}
                onCancel={() => {
                  setReattaching(null);
                }}
              />
            )
          }
          pairView={pairView}
          onClosePair={() => {
            setPairView(null);
          }}
          doc={doc}
          annotations={views.docAnnotations}
          store={store}
          target={nav.target}
          hit={hit}
          findOpen={findOpen}
          defaultColor={settings.settings.defaultColor}
          onFindClose={() => {
            setFindOpen(false);
          }}
          onNavigate={(d, e) => {
            go({ docId: d, eId: e });
          }}
          onPosition={nav.onPosition}
          onStatus={setStatus}
          positions={nav.positions}
          empty={
            docs.status === 'error'
              ? t('app.error', { message: docs.message })
              : docId
                ? t('app.loading')
                : t('reader.noDocument')
          }
        />
        {!narrow && (
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
        )}
        {sidePane('right', t('pane.notes'), notes)}
      </div>
      <footer className="status-bar" role="status" aria-live="polite">
        {message ? <span className="error-text">{message}</span> : (store.status ?? status)}
      </footer>
      <WorkspaceDialogs
        open={dialog}
        doc={doc}
        store={store}
        settings={settings}
        libraryDialogs={<LibraryImportDialogs imports={imports} />}
        onClose={closeDialog}
      />
      {gate.prompt}
    </div>
  );
}
