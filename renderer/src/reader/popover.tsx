// A small floating panel anchored under (or above) an element, kept inside the viewport; Escape closes it, and
// a dialog returns focus to where it was.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Viewport rectangle the popover is anchored to. */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

/** The anchor rectangle of an element or DOM range, captured when the popover opens. */
export function rectOf(target: Element | Range): AnchorRect {
  // Ranges without layout (e.g. in a DOM without a renderer) fall back to their start element.
  const box = 'getBoundingClientRect' in target ? target : null;
  if (!box) return { top: 0, bottom: 0, left: 0, width: 0 };
  const r = box.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, width: r.width };
}

interface Props {
  anchor: AnchorRect;
  label: string;
  role?: 'dialog' | 'tooltip' | 'toolbar';
  className?: string;
  onClose: () => void;
  children: ReactNode;
  onMouseEnter?: () => void;
  onMouseLeave?: () => void;
  id?: string;
}

/** Floating panel; `role` tells assistive technology whether it is a tooltip, a toolbar or a dialog. */
export function Popover({
  anchor,
  label,
  role = 'dialog',
  className,
  onClose,
  children,
  onMouseEnter,
  onMouseLeave,
  id,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ top: anchor.bottom + 6, left: anchor.left });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const below = anchor.bottom + 6;
    const top = below + h > vh - 8 && anchor.top - h - 6 > 8 ? anchor.top - h - 6 : below;
    const left = Math.max(8, Math.min(anchor.left + anchor.width / 2 - w / 2, vw - w - 8));
    setPos({ top, left });
  }, [anchor]);

  // A dialog gives focus back to where it was (the provision or button that opened it) when it closes, unless
  // the reviewer has put focus somewhere else meanwhile; without this, Save or Escape dropped focus to <body>.
  useLayoutEffect(() => {
    if (role !== 'dialog') return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = ref.current;
    return () => {
      const now = document.activeElement;
      const lost = now === null || now === document.body || (panel?.contains(now) ?? false);
      if (lost && previous?.isConnected === true) previous.focus({ preventScroll: true });
    };
  }, [role]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
    };
  }, [onClose]);

  return (
    <div
      ref={ref}
      id={id}
      role={role}
      aria-label={label}
      className={`popover ${className ?? ''}`}
      style={{ top: pos.top, left: pos.left }}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
      onMouseDown={(e) => {
        // Keep the text selection while clicking toolbar buttons.
        if (role === 'toolbar') e.preventDefault();
      }}
    >
      {children}
    </div>
  );
}
