// A side pane shown as a drawer over the text in a narrow window: a labelled modal panel with a close button,
// Escape and the backdrop close it, Tab stays inside, and focus goes back to the control that opened it.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusInside, wrapTab } from '../dialogs/focus-trap';

interface Props {
  side: 'left' | 'right';
  /** The pane's accessible name ("Library", "Notes"). */
  label: string;
  id: string;
  onClose: () => void;
  children: ReactNode;
}

/** The library or the notes as a drawer. */
export function Drawer({ side, label, id, onClose, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useFocusInside(ref);
  return (
    <>
      <div className="drawer-backdrop" aria-hidden="true" onClick={onClose} />
      <aside
        ref={ref}
        id={id}
        className={`drawer drawer-${side}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            onClose();
            return;
          }
          wrapTab(e, ref.current);
        }}
      >
        <button
          type="button"
          className="btn btn-icon drawer-close"
          aria-label={t('pane.close', { pane: label })}
          title={t('pane.close', { pane: label })}
          onClick={onClose}
        >
          ✕
        </button>
        {children}
      </aside>
    </>
  );
}
