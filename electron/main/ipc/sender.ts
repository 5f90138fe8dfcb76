// Decides whether an IPC message really comes from the app's own top-level page (VS Code does the same).
import { APP_ORIGIN } from '../protocol/app-path';

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
  return url.origin === APP_ORIGIN && frame.url.startsWith(`${APP_ORIGIN}/`);
}
