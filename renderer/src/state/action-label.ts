// The interface name of each kind of logged action, so "Undone: …" speaks the UI's language whatever the core
// logged (its summaries are English audit text). A new ActionKind fails to compile here until it has a label.
import type { ActionKind } from '../../../electron/shared/types';

const ACTION_LABEL_KEYS: Record<ActionKind, string> = {
  create: 'actions.create',
  update: 'actions.update',
  delete: 'actions.delete',
  restore: 'actions.restore',
  'tag-rename': 'actions.tagRename',
  import: 'actions.import',
  reanchor: 'actions.reanchor',
  attach: 'actions.attach',
  resolve: 'actions.resolve',
  undo: 'actions.undo',
  redo: 'actions.redo',
};

/** The i18n key naming an action of `kind` (as in "Undone: edit annotation"). */
export function actionLabelKey(kind: ActionKind): string {
  return ACTION_LABEL_KEYS[kind];
}
