// An accessible modal dialog: labelled, focus moved in and kept inside (Tab wraps), Escape closes,
// focus returned to where it was.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusInside, wrapTab } from './focus-trap';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** Modal dialog shell. */
export function Modal({ title, onClose, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useFocusInside(ref, '.modal-body');
  // Escape closes even when focus left the dialog (a button that disables itself while a job runs drops focus).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          wrapTab(e, ref.current);
        }}
      >
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="btn btn-icon"
            aria-label={t('common.close')}
            title={t('common.close')}
            onClick={onClose}
          >
            ✕
          </button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
