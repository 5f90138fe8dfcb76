// Asked once, before the first note is saved while no reviewer name is set: who is writing, so notes and PDFs
// are signed with a real name and never silently with the OS account. "Not now" saves the note unsigned.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTING_TEXT_MAX } from '../../../electron/shared/types';
import { Modal } from '../dialogs/modal';

interface Props {
  onName: (name: string) => void;
  onSkip: () => void;
}

/** The reviewer-name dialog. */
export function ReviewerPrompt({ onName, onSkip }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const id = useId();
  const trimmed = name.trim();
  return (
    <Modal title={t('reviewer.title')} onClose={onSkip}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) onName(trimmed);
        }}
      >
        <p>{t('reviewer.why')}</p>
        <label className="field" htmlFor={id}>
          <span>{t('settings.reviewer')}</span>
          <input
            id={id}
            className="input"
            value={name}
            maxLength={SETTING_TEXT_MAX}
            autoComplete="name"
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
        </label>
        <div className="row-end">
          <button type="button" className="btn" onClick={onSkip}>
            {t('reviewer.skip')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!trimmed}>
            {t('reviewer.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
