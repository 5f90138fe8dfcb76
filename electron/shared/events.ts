// Main → renderer events: progress of long jobs and commands chosen from the native menu.

/** Commands the native menu (or its accelerators) sends to the renderer. */
export const MENU_COMMANDS = [
  'export-pdf',
  'export-notes',
  'import-notes',
  'theme-light',
  'theme-dark',
  'theme-system',
  'go-back',
  'go-forward',
  'go-search',
  'about',
] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Progress of a long job (export, import); `done === total` means finished. */
export interface JobProgress {
  jobId: string;
  kind: 'export' | 'import';
  done: number;
  total: number;
  /** Short human label of the current step, e.g. "Article 6"; never note content. */
  label: string;
}

/** Every event the main process may push, with its payload. */
export interface EventMap {
  'job:progress': JobProgress;
  'menu:command': { command: MenuCommand };
}

/** Event channel names. */
export type EventName = keyof EventMap;

/** All event names at run time; the preload refuses to subscribe to anything else. */
export const EVENT_NAMES: readonly EventName[] = ['job:progress', 'menu:command'];

/** True when `name` is one of the contract's events. */
export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name);
}
