// The reviewer's annotations for the UI: a live list from the store plus create/update/delete, and undo/redo over
// the core's change log (the one undo model: it survives a restart and covers imports, as the CLI's does).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Annotation,
  AnnotationColor,
  ConflictChoice,
  ConflictInfo,
} from '../../../electron/shared/types';
import { ApiError, getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { actionLabelKey } from './action-label';

/** What the selection toolbar or a provision note asks to create. */
export interface NewAnnotation {
  docId: string;
  eId: string;
  position: { start: number; end: number } | null;
  /** The selected text, stored as the quote the annotation re-anchors by. */
  quote: string | null;
  color?: AnnotationColor;
  note?: string;
  tags?: string[];
}

/** Editable fields of an existing annotation. */
export interface AnnotationPatch {
  note?: string;
  color?: AnnotationColor;
  tags?: string[];
}

/** Where a note is re-attached: a provision, and a range of its text or (null) the whole provision. */
export interface AttachTarget {
  eId: string;
  position: { start: number; end: number } | null;
  quote: string | null;
}

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
  reload: () => void;
}

/** Loads every live annotation and keeps it fresh after each action. */
export function useAnnotations(
  translate: (key: string, options?: Record<string, string>) => string,
): AnnotationsState {
  const { i18n } = useTranslation();
  const [all, setAll] = useState<Annotation[]>([]);
  const [conflicts, setConflicts] = useState<ConflictInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [token, setToken] = useState(0);

  useEffect(() => {
    let live = true;
    const api = getApi();
    Promise.all([unwrap(api.annotations.list({})), unwrap(api.annotations.conflicts({}))]).then(
      ([list, open]) => {
        if (!live) return;
        setAll(list.filter((a) => a.deleted === null));
        setConflicts(open);
      },
      (e: unknown) => {
        if (live) setError(errorText(e, i18n));
      },
    );
    return () => {
      live = false;
    };
  }, [token, i18n]);

  const reload = useCallback(() => {
    setToken((n) => n + 1);
  }, []);

  /** Runs an action, reporting failure plainly instead of throwing into React. */
  const attempt = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | null> => {
      try {
        setError(null);
        const value = await action();
        reload();
        return value;
      } catch (e) {
        setError(errorText(e, i18n));
        return null;
      }
    },
    [reload, i18n],
  );

  const create = useCallback(
    (input: NewAnnotation) =>
      attempt(async () => {
        const api = getApi();
        const { docId, eId, position, quote, color, note, tags } = input;
        return unwrap(api.annotations.create({ docId, eId, position, quote, color, note, tags }));
      }),
    [attempt],
  );

  const update = useCallback(
    async (annotation: Annotation, patch: AnnotationPatch) => {
      await attempt(async () => {
        await unwrap(getApi().annotations.update({ id: annotation.id, ...patch }));
      });
    },
    [attempt],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      await attempt(async () => {
        await unwrap(getApi().annotations.delete({ id: annotation.id }));
      });
    },
    [attempt],
  );

  const resolve = useCallback(
    async (conflict: ConflictInfo, keep: ConflictChoice) => {
      await attempt(async () => {
        await unwrap(getApi().annotations.resolve({ id: conflict.id, keep }));
      });
    },
    [attempt],
  );

  const attach = useCallback(
    async (annotation: Annotation, target: AttachTarget) => {
      await attempt(async () => {
        await unwrap(getApi().annotations.attach({ id: annotation.id, ...target }));
      });
    },
    [attempt],
  );

  const restore = useCallback(
    async (annotation: Annotation) => {
      const done = await attempt(() => unwrap(getApi().annotations.restore({ id: annotation.id })));
      if (done !== null) setStatus(translate('notes.restored'));
    },
    [attempt, translate],
  );

  const renameTag = useCallback(
    async (from: string, to: string) => {
      const done = await attempt(() => unwrap(getApi().tags.rename({ from, to })));
      if (done !== null) {
        const counts = { from, to, count: String(done.affected) };
        setStatus(translate(done.merged ? 'tags.merged' : 'tags.renamed', counts));
      }
    },
    [attempt, translate],
  );

  /** Undo or redo in the core; "nothing to undo/redo" is a status, not an error. */
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        setError(null);
        const api = getApi().annotations;
        const result = await unwrap(direction === 'undo' ? api.undo({}) : api.redo({}));
        reload();
        const action = translate(actionLabelKey(result.original.kind));
        setStatus(translate(direction === 'undo' ? 'annotate.undone' : 'annotate.redone', { action }));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND')
          setStatus(translate(direction === 'undo' ? 'annotate.nothingToUndo' : 'annotate.nothingToRedo'));
        else setError(errorText(e, i18n));
      }
    },
    [reload, translate, i18n],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

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
