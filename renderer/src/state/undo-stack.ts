// Undo/redo for annotation actions (Ctrl+Z / Ctrl+Shift+Z): each entry knows how to revert and re-apply itself
// through the same API calls the UI made, so the store stays the single source of truth.

/** One reversible action. */
export interface UndoEntry {
  /** i18n key of the action's name, shown in the status line. */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** A bounded history of reversible actions with a redo branch that a new action discards. */
export class UndoStack {
  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];

  constructor(private readonly limit = 100) {}

  /** Records an action that has just been applied. */
  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Reverts the latest action; returns it, or null when there is nothing to undo. */
  async undo(): Promise<UndoEntry | null> {
    const entry = this.done.pop();
    if (!entry) return null;
    try {
      await entry.undo();
    } catch (error) {
      this.done.push(entry); // nothing was reverted, keep it undoable
      throw error;
    }
    this.undone.push(entry);
    return entry;
  }

  /** Re-applies the latest undone action; returns it, or null when there is nothing to redo. */
  async redo(): Promise<UndoEntry | null> {
    const entry = this.undone.pop();
    if (!entry) return null;
    try {
      await entry.redo();
    } catch (error) {
      this.undone.push(entry);
      throw error;
    }
    this.done.push(entry);
    return entry;
  }
}
