// Gives jsdom tests the real core behind `window.lectern` (bundled corpus.sqlite, a temp user.sqlite).
// The core is Node code typed by tsconfig.node.json, so it is loaded through a runtime import and typed here.
import type { LecternApi } from '../../../electron/shared/api';
import type { EventMap, EventName } from '../../../electron/shared/events';
import type { Annotation, CorpusNode } from '../../../electron/shared/types';

/** What test/support/e2e/core-api.ts returns. */
export interface CoreApiHandle {
  api: LecternApi;
  dataDir: string;
  saved: string[];
  /** The next open dialog's answer: a path, null (cancelled), or several paths (a multi-select). */
  queueOpen: (answer: string | string[] | null) => void;
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => void;
  head: (path: string, bytes: number) => string;
  close: () => void;
}

/** Opens a fresh core and installs it as `window.lectern`. */
export async function installCore(): Promise<CoreApiHandle> {
  const specifier: string = '../e2e/core-api.ts';
  const mod = (await import(/* @vite-ignore */ specifier)) as { openCoreApi: () => CoreApiHandle };
  const handle = mod.openCoreApi();
  window.lectern = handle.api;
  return handle;
}

/** Calls an API method and unwraps its envelope, failing the test on an error envelope. */
export async function value<T>(
  pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** jsdom has no layout: scrolling is a no-op there, recorded so tests can see what was scrolled to. */
export function stubLayout(): HTMLElement[] {
  const scrolled: HTMLElement[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: HTMLElement) {
    scrolled.push(this);
  };
  return scrolled;
}

/** Opens another core (a second reviewer's machine: its own user.sqlite) without installing it. */
export async function openOtherCore(): Promise<CoreApiHandle> {
  const specifier: string = '../e2e/core-api.ts';
  const mod = (await import(/* @vite-ignore */ specifier)) as { openCoreApi: () => CoreApiHandle };
  return mod.openCoreApi();
}

/** One note by id, deleted ones included (the UI reads notes only as lists). */
export async function noteById(api: LecternApi, id: string): Promise<Annotation> {
  const found = (await value(api.annotations.list({ deleted: 'include' }))).find((a) => a.id === id);
  if (found === undefined) throw new Error(`No note ${id}`);
  return found;
}

/** One provision by eId (the UI reads a document's nodes as one list). */
export async function nodeById(api: LecternApi, docId: string, eId: string): Promise<CorpusNode> {
  const found = (await value(api.documents.nodes({ docId }))).find((n) => n.eId === eId);
  if (found === undefined) throw new Error(`No provision ${eId} in ${docId}`);
  return found;
}
