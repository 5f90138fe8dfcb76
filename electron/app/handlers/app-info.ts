// The app slice: facts about the running app and its third-party licences, both from the host.
import type { HandlerContext, Slice } from './context';

/** `app:info` and `app:licenses`. */
export function appInfoHandlers({ platform }: HandlerContext): Slice<'app:info' | 'app:licenses'> {
  return {
    'app:info': () => platform.info(),
    'app:licenses': () => platform.licenses(),
  };
}
