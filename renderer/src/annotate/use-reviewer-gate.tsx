// Puts the reviewer-name prompt in front of the first note: while no name is set, `create` waits for the
// prompt (the name is stored in settings first, so the core signs the note with it) or for "Not now".
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationsState, NewAnnotation } from '../state/use-annotations';
import type { SettingsHandle } from '../state/use-settings';
import { ReviewerPrompt } from './reviewer-prompt';

/** The store with a gated `create`, and the prompt to render (null when not asking). */
export function useReviewerGate(
  store: AnnotationsState,
  settings: SettingsHandle,
): { store: AnnotationsState; prompt: ReactNode } {
  const [asking, setAsking] = useState<NewAnnotation | null>(null);
  const waiting = useRef<((created: ReturnType<AnnotationsState['create']>) => void) | null>(null);
  const skipped = useRef(false);
  const named = settings.settings.reviewerName.trim().length > 0;
  const { create } = store;

  const gated = useCallback(
    (input: NewAnnotation): ReturnType<AnnotationsState['create']> => {
      if (named || skipped.current) return create(input);
      return new Promise((resolve) => {
        waiting.current = resolve;
        setAsking(input);
      });
    },
    [named, create],
  );

  const finish = useCallback(
    (name: string | null) => {
      const input = asking;
      const resolve = waiting.current;
      setAsking(null);
      waiting.current = null;
      if (!input || !resolve) return;
      if (name === null) skipped.current = true; // "Not now": not asked again this session
      const saving = name === null ? Promise.resolve() : settings.save({ reviewerName: name });
      resolve(saving.then(() => create(input)));
    },
    [asking, settings, create],
  );

  const prompt = asking ? (
    <ReviewerPrompt
      onName={(name) => {
        finish(name);
      }}
      onSkip={() => {
        finish(null);
      }}
    />
  ) : null;
  return { store: useMemo(() => ({ ...store, create: gated }), [store, gated]), prompt };
}
