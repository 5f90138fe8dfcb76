// Decides whether an IPC message really comes from the app's own top-level page (VS Code does the same).
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../protocol/app-path';

/** The parts of a WebFrameMain the check reads. */
export interface FrameLike {
  url: string;
  parent: FrameLike | null;
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface SenderEventLike {
  senderFrame: FrameLike | null;
  sender: { mainFrame: FrameLike };
}

/** True only for the top frame of a window showing app://lectern/…; subframes and other origins are refused. */
export function isTrustedSender(event: SenderEventLike): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false; // the frame navigated away or was destroyed mid-call
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // Compare scheme and host, not `origin`: WHATWG URL reports "null" as the origin of non-special schemes.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && frame.url.startsWith(`${APP_ORIGIN}/`);
}
