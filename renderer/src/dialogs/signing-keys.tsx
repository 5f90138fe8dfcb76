// The reviewer's signing keys, beside the notes import: my fingerprint and key file for colleagues, a colleague's
// key file trusted only once the reviewer says they confirmed its fingerprint with its holder, and the trusted
// keys with Remove. The core checks every step (keys:*); this only asks and shows.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyFilePreview, MyKey, TrustedKey } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';

/** The keys section of the import dialog. */
export function SigningKeys() {
  const { t, i18n } = useTranslation();
  const [me, setMe] = useState<MyKey | null>(null);
  const [trusted, setTrusted] = useState<TrustedKey[]>([]);
  const [candidate, setCandidate] = useState<KeyFilePreview | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reload = useCallback(async () => {
    const [mine, list] = await Promise.all([unwrap(getApi().keys.mine({})), unwrap(getApi().keys.list({}))]);
    setMe(mine);
    setTrusted(list);
  }, []);
  useEffect(() => {
    Promise.all([unwrap(getApi().keys.mine({})), unwrap(getApi().keys.list({}))]).then(
      ([mine, list]) => {
        setMe(mine);
        setTrusted(list);
      },
      (e: unknown) => {
        setMessage({ text: errorText(e, i18n), error: true });
      },
    );
  }, [i18n]);
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
                  const key = await unwrap(getApi().keys.trust({ fingerprint: candidate.fingerprint }));
                  setCandidate(null);
                  await reload();
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
                  await unwrap(getApi().keys.remove({ fingerprint: k.fingerprint }));
                  await reload();
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
