// Appears over a text selection (inside a provision, or a passage across provisions): highlight in one of 8
// colours, or add a note with tags.
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
