// The top bar's "More" menu in a narrow window: a menu button (WAI-ARIA menu button pattern) whose items are
// the actions that no longer fit beside the search box. Arrow keys move, Escape closes, focus returns to the button.
import { useEffect, useId, useRef, useState } from 'react';

/** One action of the menu. */
export interface OverflowItem {
  label: string;
  disabled?: boolean;
  run: () => void;
}

interface Props {
  label: string;
  items: OverflowItem[];
}

/** A button that opens a menu of actions. */
export function OverflowMenu({ label, items }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const entries = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []),
  ];
  useEffect(() => {
    if (!open) return;
    entries()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target instanceof Node ? e.target : null;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const close = () => {
    button.current?.focus();
    setOpen(false);
  };
  return (
    <div className="overflow-menu">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} ▾
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          className="overflow-menu-list"
          role="menu"
          aria-label={label}
          onKeyDown={(e) => {
            const list = entries();
            const at = list.indexOf(document.activeElement as HTMLElement);
            const move = (i: number) => {
              e.preventDefault();
              list[(i + list.length) % list.length]?.focus();
            };
            if (e.key === 'ArrowDown') move(at + 1);
            else if (e.key === 'ArrowUp') move(at - 1);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(list.length - 1);
            else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            } else if (e.key === 'Tab') setOpen(false);
          }}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="overflow-menu-item"
              tabIndex={-1}
              disabled={item.disabled}
              onClick={() => {
                // Focus goes back to the menu button first, so a dialog the action opens returns focus there.
                close();
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
