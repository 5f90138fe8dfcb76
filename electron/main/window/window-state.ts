// Remembers the window's size and position between runs, and puts it back on a screen that still exists.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Saved bounds plus whether the window was maximised. */
interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A display's usable area, as `screen.getAllDisplays()[i].workArea` gives it. */
interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** First-run size. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;

const stateSchema = z.object({
  x: z.int().optional(),
  y: z.int().optional(),
  width: z.int().min(MIN_WIDTH).max(20_000),
  height: z.int().min(MIN_HEIGHT).max(20_000),
  maximized: z.boolean(),
});

/** Reads the saved state; a missing or damaged file means defaults (it is a convenience, not user work). */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes atomically (temp file + rename) so a crash never leaves half a JSON file. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** Keeps the saved size but drops the position when the window would not sit mostly on any current display. */
export function fitToDisplays(state: WindowState, displays: readonly WorkArea[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = displays.some((area) => {
    const overlapW = Math.min(x + state.width, area.x + area.width) - Math.max(x, area.x);
    const overlapH = Math.min(y + state.height, area.y + area.height) - Math.max(y, area.y);
    return overlapW >= Math.min(200, state.width) && overlapH >= Math.min(100, state.height);
  });
  if (visible) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}
