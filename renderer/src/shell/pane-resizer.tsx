// A vertical splitter between panes: drag with the pointer or use ←/→ when focused (WAI-ARIA window splitter).
import { useTranslation } from 'react-i18next';

interface Props {
  pane: string;
  size: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the pane (left pane), −1 when it shrinks it (right pane). */
  direction: 1 | -1;
  onResize: (size: number) => void;
}

/** The splitter; its value is the pane width in pixels. */
export function PaneResizer({ pane, size, min, max, direction, onResize }: Props) {
  const { t } = useTranslation();
  const clamp = (v: number) => Math.max(min, Math.min(max, Math.round(v)));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('pane.resize', { pane })}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="resizer"
      onKeyDown={(e) => {
        const step = e.shiftKey ? 40 : 12;
        if (e.key === 'ArrowLeft') onResize(clamp(size - step * direction));
        else if (e.key === 'ArrowRight') onResize(clamp(size + step * direction));
        else return;
        e.preventDefault();
      }}
      onPointerDown={(e) => {
        const startX = e.clientX;
        const startSize = size;
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        const move = (ev: PointerEvent) => {
          onResize(clamp(startSize + (ev.clientX - startX) * direction));
        };
        const up = () => {
          el.removeEventListener('pointermove', move);
          el.removeEventListener('pointerup', up);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
      }}
    />
  );
}
