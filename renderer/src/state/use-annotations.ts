// The reviewer's annotations for the UI: a live list from the store plus create/update/delete with undo/redo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Annotation,
  AnnotationColor,
  ConflictChoice,
  ConflictInfo,
} from '../../../electron/shared/types';
import { getApi, messageOf, unwrap } from '../api/client';
import { UndoStack } from './undo-stack';

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
  /** Keeps mine, theirs or both: one core action, undone by the core's undo of that resolve. */
  resolve: (conflict: ConflictInfo, keep: ConflictChoice) => Promise<void>;
  /** Puts a note (an unanchored one) on new text: one core action, undone by the core's undo of that attach. */
  attach: (annotation: Annotation, target: AttachTarget) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  reload: () => void;
}

/** Loads every live annotation and keeps it fresh after each action. */
export function useAnnotations(
  translate: (key: string, options?: Record<string, string>) => string,
): AnnotationsState {
  const [all, setAll] = useState<Annotation[]>([]);
  const [conflicts, setConflicts] = useState<ConflictInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [token, setToken] = useState(0);
  const stack = useRef(new UndoStack());

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
        if (live) setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

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
        setError(messageOf(e));
        return null;
      }
    },
    [reload],
  );

  const create = useCallback(
    (input: NewAnnotation) =>
      attempt(async () => {
        const api = getApi();
        const { docId, eId, position, quote, color, note, tags } = input;
        const created = await unwrap(
          api.annotations.create({ docId, eId, position, quote, color, note, tags }),
        );
        stack.current.push({
          label: 'annotate.actionCreate',
          undo: async () => {
            await unwrap(api.annotations.delete({ id: created.id }));
          },
          redo: async () => {
            await unwrap(api.annotations.restore({ id: created.id }));
          },
        });
        return created;
      }),
    [attempt],
  );

  const update = useCallback(
    async (annotation: Annotation, patch: AnnotationPatch) => {
      await attempt(async () => {
        const api = getApi();
        const before = { note: annotation.note, color: annotation.color, tags: annotation.tags };
        await unwrap(api.annotations.update({ id: annotation.id, ...patch }));
        stack.current.push({
          label: 'annotate.actionUpdate',
          undo: async () => {
            await unwrap(api.annotations.update({ id: annotation.id, ...before }));
          },
          redo: async () => {
            await unwrap(api.annotations.update({ id: annotation.id, ...patch }));
          },
        });
      });
    },
    [attempt],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      await attempt(async () => {
        const api = getApi();
        await unwrap(api.annotations.delete({ id: annotation.id }));
        stack.current.push({
          label: 'annotate.actionDelete',
          undo: async () => {
            await unwrap(api.annotations.restore({ id: annotation.id }));
          },
          redo: async () => {
            await unwrap(api.annotations.delete({ id: annotation.id }));
          },
        });
      });
    },
    [attempt],
  );

  const resolve = useCallback(
    async (conflict: ConflictInfo, keep: ConflictChoice) => {
      await attempt(async () => {
        const api = getApi();
        await unwrap(api.annotations.resolve({ id: conflict.id, keep }));
        stack.current.push({
          label: 'conflicts.actionResolve',
          undo: async () => {
            await unwrap(api.annotations.undo({ expect: 'resolve' }));
          },
          redo: async () => {
            await unwrap(api.annotations.resolve({ id: conflict.id, keep }));
          },
        });
      });
    },
    [attempt],
  );

  const attach = useCallback(
    async (annotation: Annotation, target: AttachTarget) => {
      await attempt(async () => {
        const api = getApi();
        const request = { id: annotation.id, ...target };
        await unwrap(api.annotations.attach(request));
        stack.current.push({
          label: 'reattach.actionAttach',
          undo: async () => {
            await unwrap(api.annotations.undo({ expect: 'attach' }));
          },
          redo: async () => {
            await unwrap(api.annotations.attach(request));
          },
        });
      });
    },
    [attempt],
  );

  const undo = useCallback(async () => {
    const entry = await attempt(() => stack.current.undo());
    if (entry) setStatus(translate('annotate.undone', { action: translate(entry.label) }));
  }, [attempt, translate]);

  const redo = useCallback(async () => {
    const entry = await attempt(() => stack.current.redo());
    if (entry) setStatus(translate('annotate.redone', { action: translate(entry.label) }));
  }, [attempt, translate]);

  return useMemo(
    () => ({ all, conflicts, error, status, create, update, remove, resolve, attach, undo, redo, reload }),
    [all, conflicts, error, status, create, update, remove, resolve, attach, undo, redo, reload],
  );
}
