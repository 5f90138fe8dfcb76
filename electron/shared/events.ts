// Main → renderer events: progress of long jobs, commands chosen from the native menu, deep links opened by the OS.
import { THEMES } from '../core/userdb/model';
import type { DeepLinkTarget } from './deep-link';

/** One menu command per theme, derived from the settings' theme list so a new theme reaches the menu. */
export const THEME_MENU_COMMANDS = THEMES.map((theme) => ({ theme, command: `theme-${theme}` as const }));

/** Commands the native menu (or its accelerators) sends to the renderer. */
export const MENU_COMMANDS = [
  'export-pdf',
  'export-notes',
  'import-notes',
  'print',
  'find',
  ...THEME_MENU_COMMANDS.map((t) => t.command),
  'go-back',
  'go-forward',
  'go-search',
  'about',
] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Progress of a long job (export, import, the start-up re-anchoring of notes); `done === total` means finished. */
export interface JobProgress {
  jobId: string;
  kind: 'export' | 'import' | 'reanchor';
  done: number;
  total: number;
  /** Short human label of the current step, e.g. "Article 6"; never note content. */
  label: string;
  /** Batch import: which file of the batch this step is about, and where it stands. */
  step?: {
    index: number;
    status: 'reading' | 'importing' | 'imported' | 'replaced' | 'skipped' | 'failed';
  };
}

/** Every event the main process may push, with its payload. */
export interface EventMap {
  'job:progress': JobProgress;
  'menu:command': { command: MenuCommand };
  /** A `lectern://doc/eId` link opened from outside the app (another document, a shortcut, a mail). */
  'app:open': DeepLinkTarget;
}

/** Event channel names. */
export type EventName = keyof EventMap;

/** All event names at run time; the preload refuses to subscribe to anything else. */
export const EVENT_NAMES: readonly EventName[] = ['job:progress', 'menu:command', 'app:open'];

/** True when `name` is one of the contract's events. */
export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name);
}
