// Plain values and types of user.sqlite's preferences, free of SQLite, so the IPC contract and the renderer share them.

/** Reader themes; `system` follows the OS light/dark preference. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
/** One theme choice. */
export type Theme = (typeof THEMES)[number];

/** Widths of the reading column (narrow, medium and wide measures in reader.css). */
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** One line width. */
export type LineWidth = (typeof LINE_WIDTHS)[number];

/** Where the reviewer last was in one document (user.sqlite `reading_positions`). */
export interface ReadingPosition {
  docId: string;
  eId: string;
  /** ISO time of the last update. */
  updated: string;
}
