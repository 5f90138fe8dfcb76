// The reviewer's annotations for the UI: the live list and open conflicts from the query store, and every change
// (create, edit, delete, restore, resolve, re-attach, tag rename, undo/redo over the core's change log — the one
// undo model: it survives a restart and covers imports, as the CLI's does) as a mutation that invalidates what it
// affects. A created note is put into the cached list from the answer, without fetching the list again.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestInputOf } from '../../../electron/shared/contract';
import type { Annotation, ConflictChoice, ConflictInfo } from '../../../electron/shared/types';
import { ApiError } from '../api/client';
import { errorText } from '../api/error-text';
import { NOTES_READS } from '../api/invalidation';
import { useQuery, useStore } from '../api/use-query';
import { actionLabelKey } from './action-label';

/** What the selection toolbar or a provision note asks to create: the `annotations:create` request. */
export type NewAnnotation = RequestInputOf<'annotations:create'>;

/** Editable fields of an existing annotation: the `annotations:update` request without its id. */
type AnnotationPatch = Omit<RequestInputOf<'annotations:update'>, 'id'>;

/** Where a note is re-attached: the `annotations:attach` request without its id. */
export type AttachTarget = Omit<RequestInputOf<'annotations:attach'>, 'id'>;

/** Annotation state and actions; `all` holds every live annotation (the notes panel can show all documents). */
export interface AnnotationsState {
  all: Annotation[];
  /** Open exchange conflicts (a note and its conflict copy). */
  conflicts: ConflictInfo[];
  error: string | null;
  status: string | null;
  create: (input: NewAnnotation) => Promise<Annotation | null>;
  update: (annotation: Annotation, patch: AnnotationPatch) => Promise<void>;
  remove: (annotation: Annotation) => Promise<void>;
  /** Keeps mine, theirs or both: one core action (undone like any other). */
  resolve: (conflict: ConflictInfo, keep: ConflictChoice) => Promise<void>;
  /** Puts a note (an unanchored one) on new text: one core action (undone like any other). */
  attach: (annotation: Annotation, target: AttachTarget) => Promise<void>;
  /** Brings a deleted note back: one core action (undone like any other). */
  restore: (annotation: Annotation) => Promise<void>;
  /** Renames a tag on every note (merging onto an existing one): one core action. */
  renameTag: (from: string, to: string) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Marks the notes stale (a core event changed them behind the UI's back): they are fetched again. */
  reload: () => void;
}

/** The live annotations and conflicts, and the actions that change them. */
export function useAnnotations(
  translate: (key: string, options?: Record<string, string>) => string,
): AnnotationsState {
  const { i18n } = useTranslation();
  const store = useStore();
  const list = useQuery('annotations:list', {});
  const open = useQuery('annotations:conflicts', {});
  const all = useMemo(
    () => (list.status === 'ready' ? list.value.filter((a) => a.deleted === null) : []),
    [list],
  );
  const conflicts = useMemo(() => (open.status === 'ready' ? open.value : []), [open]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const loadError = list.status === 'error' ? list.message : open.status === 'error' ? open.message : null;

  const reload = useCallback(() => {
    store.invalidate(NOTES_READS);
  }, [store]);

  /** Runs an action, reporting failure plainly instead of throwing into React. */
  const attempt = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | null> => {
      try {
        setActionError(null);
        return await action();
      } catch (e) {
        setActionError(errorText(e, i18n));
        return null;
      }
    },
    [i18n],
  );

  const create = useCallback(
    (input: NewAnnotation) =>
      attempt(async () => {
        // Every field of the request, a passage's following parts included (dropping them would store only the first part).
        const { docId, eId, position, quote, continues, color, note, tags } = input;
        const request = { docId, eId, position, quote, continues, color, note, tags };
        const created = await store.mutate('annotations:create', request, ['annotations:list']);
        store.update('annotations:list', {}, (cached) => [
          created,
          ...cached.filter((a) => a.id !== created.id),
        ]);
        return created;
      }),
    [attempt, store],
  );

  const update = useCallback(
    async (annotation: Annotation, patch: AnnotationPatch) => {
      await attempt(() => store.mutate('annotations:update', { id: annotation.id, ...patch }));
    },
    [attempt, store],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      await attempt(() => store.mutate('annotations:delete', { id: annotation.id }));
    },
    [attempt, store],
  );

  const resolve = useCallback(
    async (conflict: ConflictInfo, keep: ConflictChoice) => {
      await attempt(() => store.mutate('annotations:resolve', { id: conflict.id, keep }));
    },
    [attempt, store],
  );

  const attach = useCallback(
    async (annotation: Annotation, target: AttachTarget) => {
      await attempt(() => store.mutate('annotations:attach', { id: annotation.id, ...target }));
    },
    [attempt, store],
  );

  const restore = useCallback(
    async (annotation: Annotation) => {
      const done = await attempt(() => store.mutate('annotations:restore', { id: annotation.id }));
      if (done !== null) setStatus(translate('notes.restored'));
    },
    [attempt, store, translate],
  );

  const renameTag = useCallback(
    async (from: string, to: string) => {
      const done = await attempt(() => store.mutate('tags:rename', { from, to }));
      if (done !== null) {
        const counts = { from, to, count: String(done.affected) };
        setStatus(translate(done.merged ? 'tags.merged' : 'tags.renamed', counts));
      }
    },
    [attempt, store, translate],
  );

  /** Undo or redo in the core; "nothing to undo/redo" is a status, not an error. */
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        setActionError(null);
        const result = await store.mutate(direction === 'undo' ? 'annotations:undo' : 'annotations:redo', {});
        const action = translate(actionLabelKey(result.original.kind));
        setStatus(translate(direction === 'undo' ? 'annotate.undone' : 'annotate.redone', { action }));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND')
          setStatus(translate(direction === 'undo' ? 'annotate.nothingToUndo' : 'annotate.nothingToRedo'));
        else setActionError(errorText(e, i18n));
      }
    },
    [store, translate, i18n],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  const error = actionError ?? loadError;

  return useMemo(
    () => ({
      all,
      conflicts,
      error,
      status,
      create,
      update,
      remove,
      resolve,
      attach,
      restore,
      renameTag,
      undo,
      redo,
      reload,
    }),
    [
      all,
      conflicts,
      error,
      status,
      create,
      update,
      remove,
      resolve,
      attach,
      restore,
      renameTag,
      undo,
      redo,
      reload,
    ],
  );
}
