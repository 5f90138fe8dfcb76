// Appears over a text selection inside a provision: highlight in one of 8 colours, or add a note with tags.
import { useTranslation } from 'react-i18next';
import type { AnnotationColor } from '../../../electron/shared/types';
import { Popover, type AnchorRect } from '../reader/popover';
import { ColorSwatches } from './color-swatches';

interface Props {
  anchor: AnchorRect;
  onHighlight: (color: AnnotationColor) => void;
  onNote: () => void;
  onClose: () => void;
}

/** Toolbar for a fresh selection. */
export function SelectionToolbar({ anchor, onHighlight, onNote, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Popover
      anchor={anchor}
      label={t('annotate.toolbar')}
      role="toolbar"
      className="selection-toolbar"
      onClose={onClose}
    >
      <ColorSwatches selected={null} onPick={onHighlight} />
      <button type="button" className="btn btn-small" onClick={onNote}>
        {t('annotate.addNote')}
      </button>
    </Popover>
  );
}

interface AcrossProps {
  anchor: AnchorRect;
  /** Where the selection lies ("Clauses 1–2, Article 6", `formatPlaces`). */
  places: string;
  onClose: () => void;
}

/**
 * Shown instead of the toolbar for a selection across provisions, which cannot be annotated yet: saying so beats
 * doing nothing or clipping the passage to one provision without a word.
 */
export function AcrossProvisionsNotice({ anchor, places, onClose }: AcrossProps) {
  const { t } = useTranslation();
  return (
    <Popover
      anchor={anchor}
      label={t('annotate.acrossTitle')}
      role="dialog"
      className="selection-toolbar selection-across"
      onClose={onClose}
    >
      <p role="status">{t('annotate.across', { places })}</p>
      <button type="button" className="btn btn-small" onClick={onClose}>
        {t('reader.close')}
      </button>
    </Popover>
  );
}
