// The reviewer's signing keys, beside the notes import: my fingerprint and key file for colleagues, a colleague's
// key file trusted only once the reviewer says they confirmed its fingerprint with its holder, and the trusted
// keys with Remove. The core checks every step (keys:*); this only asks and shows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyFilePreview } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { useQuery, useStore } from '../api/use-query';

/** The keys section of the import dialog. */
export function SigningKeys() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  // Trusting or removing a key invalidates the list (invalidation.ts), so it is fetched again by itself.
  const mine = useQuery('keys:mine', {});
  const list = useQuery('keys:list', {});
  const me = mine.status === 'ready' ? mine.value : null;
  const trusted = list.status === 'ready' ? list.value : [];
  const loadError = mine.status === 'error' ? mine.message : list.status === 'error' ? list.message : null;
  const [candidate, setCandidate] = useState<KeyFilePreview | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const attempt = async (step: () => Promise<string | null>) => {
    try {
      const text = await step();
      if (text !== null) setMessage({ text, error: false });
    } catch (e) {
      setMessage({ text: errorText(e, i18n), error: true });
    }
  };
  return (
    <details className="signing-keys">
      <summary>{t('keys.title')}</summary>
      {me && (
        <p>
          {t('keys.mine')} <code>{me.fingerprint}</code>
        </p>
      )}
      <div className="row-end">
        <button
          type="button"
          className="btn"
          onClick={() =>
            void attempt(async () => {
              const saved = await unwrap(getApi().keys.export({}));
              return saved && t('keys.exported', { path: saved.outPath });
            })
          }
        >
          {t('keys.export')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void attempt(async () => {
              setCandidate(await unwrap(getApi().keys.read({})));
              return null;
            })
          }
        >
          {t('keys.read')}
        </button>
      </div>
      {candidate && (
        <div aria-label={t('keys.candidate')} role="group">
          <p>
            {t('keys.fileOf', { name: candidate.name })} <code>{candidate.fingerprint}</code>
          </p>
          {candidate.status === 'new' ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                void attempt(async () => {
                  const key = await store.mutate('keys:trust', { fingerprint: candidate.fingerprint });
                  setCandidate(null);
                  return t('keys.nowTrusted', { name: key.name });
                })
              }
            >
              {t('keys.confirm', { name: candidate.name })}
            </button>
          ) : (
            <p className="muted">{t(candidate.status === 'own' ? 'keys.isOwn' : 'keys.already')}</p>
          )}
        </div>
      )}
      {loadError !== null && message === null && (
        <p className="error-text" role="status">
          {loadError}
        </p>
      )}
      {message && (
        <p className={message.error ? 'error-text' : 'ok-text'} role="status">
          {message.text}
        </p>
      )}
      <ul aria-label={t('keys.trustedList')}>
        {trusted.map((k) => (
          <li key={k.fingerprint}>
            {k.name} <code>{k.fingerprint}</code>{' '}
            <button
              type="button"
              className="btn"
              aria-label={t('keys.remove', { name: k.name })}
              onClick={() =>
                void attempt(async () => {
                  await store.mutate('keys:remove', { fingerprint: k.fingerprint });
                  return null;
                })
              }
            >
              {t('keys.removeButton')}
            </button>
          </li>
        ))}
      </ul>
      {trusted.length === 0 && <p className="muted">{t('keys.none')}</p>}
    </details>
  );
}
