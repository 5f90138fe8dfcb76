// Routes `lectern://doc/eId` links opened from the OS to the renderer. A link can arrive before the window has
// loaded (it started the app), so links wait until the renderer is ready and are delivered in order.
import type { DeepLinkTarget } from '../../shared/deep-link';

/** Queue-then-deliver router for deep links; `deliver` sends one to the renderer. */
interface DeepLinkRouter {
  /** A link from argv, `second-instance` or `open-url`; null (not a deep link) is ignored. */
  open(target: DeepLinkTarget | null): void;
  /** The renderer finished loading: deliver what waited, then deliver at once. */
  rendererReady(): void;
  /** The renderer is reloading or gone: queue again until it is ready. */
  rendererGone(): void;
}

/** Creates the router used by the main process. */
export function createDeepLinkRouter(deliver: (target: DeepLinkTarget) => void): DeepLinkRouter {
  let ready = false;
  const pending: DeepLinkTarget[] = [];
  return {
    open(target) {
      if (target === null) return;
      if (ready) deliver(target);
      else pending.push(target);
    },
    rendererReady() {
      ready = true;
      for (const target of pending.splice(0)) deliver(target);
    },
    rendererGone() {
      ready = false;
    },
  };
}
