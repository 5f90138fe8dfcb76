// The single decision on which URLs may load at all: the app's own scheme, nothing else.
import type { Session } from 'electron';
import { APP_ORIGIN } from '../protocol/app-path';

/** Options for the request filter; DevTools' own pages only in unpackaged development builds. */
interface RequestFilterOptions {
  allowDevTools: boolean;
}

/** True when a renderer may load `url`: app://lectern/… always; devtools:// only in development. */
export function isAllowedRequestUrl(url: string, options: RequestFilterOptions): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:') return url.startsWith(`${APP_ORIGIN}/`) && parsed.host === 'lectern';
  if (parsed.protocol === 'devtools:') return options.allowDevTools;
  return false;
}

/** Installs exactly one onBeforeRequest listener (Electron keeps only the last one registered). */
export function installRequestFilter(
  session: Pick<Session, 'webRequest'>,
  options: RequestFilterOptions,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  });
}
