// Who signed a notes bundle, its key's fingerprint and whether this machine trusts that key, worded for the
// reviewer before anything is imported (the core decided the status; this only says it).
import { useTranslation } from 'react-i18next';
import type { NotesSigner } from '../../../electron/shared/types';

/** True when the import needs the reviewer's explicit acceptance. */
export const needsAcceptance = (s: NotesSigner): boolean =>
  s.status === 'untrusted' || s.status === 'unsigned';

/** The signer block of the notes import preview. */
export function NotesSignerInfo({ signer }: { signer: NotesSigner }) {
  const { t } = useTranslation();
  const name = signer.reviewer || t('import.noName');
  return (
    <div className={needsAcceptance(signer) ? 'error-text' : 'ok-text'}>
      <p>{signer.status === 'unsigned' ? t('import.unsigned', { name }) : t('import.signedBy', { name })}</p>
      {signer.fingerprint !== null && (
        <p>
          {t('import.fingerprint')} <code>{signer.fingerprint}</code>
        </p>
      )}
      <p>
        {signer.status === 'trusted'
          ? t('import.trusted', { name: signer.trustedAs ?? name })
          : t(`import.${signer.status}Why`, { name })}
      </p>
    </div>
  );
}
