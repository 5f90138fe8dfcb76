// Files dragged from the desktop onto the window: while they hover, `dragging` is true (the workspace shows where
// to drop); dropped, they go to `onDrop` as entries (a dropped folder walked into its files) — their bytes are
// read in the renderer and sent to the core, their paths never are. Dropping anything else (text, links) is left alone; the browser's own "open the
// dropped file" navigation is always prevented (main refuses it anyway).
import { useEffect, useState } from 'react';
import { dropEntries, type DropEntry } from './dropped-entries';

const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') === true;

/** Whether files are being dragged over the window; calls `onDrop` with the dropped files (at most `limit + 1`). */
export function useFileDrop(onDrop: (entries: DropEntry[]) => void, limit: number): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (e.dataTransfer) void dropEntries(e.dataTransfer, limit).then(onDrop);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop, limit]);
  return dragging;
}
