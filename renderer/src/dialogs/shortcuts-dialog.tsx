// The shortcut sheet (`?`): every keyboard shortcut of the window, in one table the sheet is drawn from.
import { useTranslation } from 'react-i18next';
import type { Strings } from '../i18n/en';
import { Modal } from './modal';

/** One shortcut: its keys as shown, and the key of its description under `shortcuts.`. */
interface Shortcut {
  keys: string;
  what: Exclude<keyof Strings['shortcuts'], 'title' | 'skip' | 'groupReading' | 'groupApp'>;
}

/** Every shortcut the window answers, grouped as the sheet shows them (see use-shortcuts.ts, provision-keys.ts). */
const SHORTCUTS: { group: 'groupApp' | 'groupReading'; items: Shortcut[] }[] = [
  {
    group: 'groupApp',
    items: [
      { keys: 'Ctrl+K', what: 'search' },
      { keys: 'Ctrl+F', what: 'find' },
      { keys: 'Alt+← / Alt+→', what: 'back' },
      { keys: 'Ctrl+Z / Ctrl+Shift+Z', what: 'undo' },
      { keys: 'Ctrl+P', what: 'print' },
      { keys: '?', what: 'help' },
    ],
  },
  {
    group: 'groupReading',
    items: [
      { keys: 'j / k, ↓ / ↑', what: 'next' },
      { keys: 'Home / End', what: 'ends' },
      { keys: 'n, Enter', what: 'note' },
      { keys: 'Shift+← / →, Ctrl+Shift+← / →', what: 'select' },
      { keys: 'h', what: 'highlight' },
      { keys: 'c', what: 'copy' },
    ],
  },
];

/** The sheet itself. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose}>
      {SHORTCUTS.map(({ group, items }) => (
        <section key={group} aria-label={t(`shortcuts.${group}`)}>
          <h3>{t(`shortcuts.${group}`)}</h3>
          <dl className="shortcut-list">
            {items.map((s) => (
              <div key={s.what} className="shortcut-row">
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{t(`shortcuts.${s.what}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
