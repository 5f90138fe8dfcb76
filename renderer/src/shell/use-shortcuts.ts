// Global keyboard and mouse shortcuts: Ctrl+K search, Ctrl+F find, Alt+←/→ and mouse buttons 4/5 for history,
// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) for annotation undo/redo outside text fields, `?` for the shortcut sheet.
import { useEffect, useRef } from 'react';

/** Handlers for each shortcut. */
interface Shortcuts {
  search: () => void;
  find: () => void;
  back: () => void;
  forward: () => void;
  undo: () => void;
  redo: () => void;
  /** `?` outside text fields: the shortcut sheet. */
  help: () => void;
}

function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'))
  );
}

/** Installs the shortcuts on the window for the component's lifetime. */
export function useShortcuts(handlers: Shortcuts): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'k') h.search();
      else if (mod && key === 'f') h.find();
      else if (e.altKey && e.key === 'ArrowLeft') h.back();
      else if (e.altKey && e.key === 'ArrowRight') h.forward();
      else if (mod && key === 'z' && !inTextField(e.target)) (e.shiftKey ? h.redo : h.undo)();
      else if (mod && key === 'y' && !inTextField(e.target)) h.redo();
      else if (e.key === '?' && !mod && !inTextField(e.target)) h.help();
      else handled = false;
      if (handled) e.preventDefault();
    };
    const onMouse = (e: MouseEvent) => {
      if (e.button === 3) ref.current.back();
      else if (e.button === 4) ref.current.forward();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, []);
}
