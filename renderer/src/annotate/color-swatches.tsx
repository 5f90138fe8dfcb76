// The eight named highlight colours as a row of buttons (names from the shared annotation model).
import { useTranslation } from 'react-i18next';
import { ANNOTATION_COLORS } from '../../../electron/shared/palette';
import type { AnnotationColor } from '../../../electron/shared/types';

interface Props {
  selected: AnnotationColor | null;
  onPick: (color: AnnotationColor) => void;
}

/** Colour picker; each swatch is a labelled toggle button. */
export function ColorSwatches({ selected, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <span className="swatches">
      {ANNOTATION_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch hl-${color}`}
          aria-label={t('annotate.color', { color: t(`colors.${color}`) })}
          aria-pressed={selected === color}
          title={t(`colors.${color}`)}
          data-color={color}
          onClick={() => {
            onPick(color);
          }}
        />
      ))}
    </span>
  );
}
