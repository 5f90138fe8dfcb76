// Help › Third-party Licences (menu command `about`): the app version and every shipped component with its
// licence, from `app:licenses` (read from the packaged node_modules by the main process).
import { useTranslation } from 'react-i18next';
import { getApi, unwrap } from '../api/client';
import { useAsync } from '../state/use-async';
import { Modal } from './modal';

interface Props {
  onClose: () => void;
}

/** The licences dialog: a captioned table, readable by screen readers row by row. */
export function LicensesDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const data = useAsync('licenses', async () => {
    const api = getApi();
    const [info, licenses] = await Promise.all([unwrap(api.app.info()), unwrap(api.app.licenses())]);
    return { info, licenses };
  });
  return (
    <Modal title={t('licenses.title')} onClose={onClose}>
      {data.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {data.status === 'error' && (
        <p className="error-text" role="alert">
          {t('app.error', { message: data.message })}
        </p>
      )}
      {data.status === 'ready' && (
        <>
          <p>{t('licenses.version', { name: data.value.info.name, version: data.value.info.version })}</p>
          {data.value.licenses.length === 0 ? (
            <p className="muted">{t('licenses.empty')}</p>
          ) : (
            <div className="licenses-scroll" tabIndex={0} role="region" aria-label={t('licenses.title')}>
              <table className="licenses-table">
                <caption>{t('licenses.caption', { count: data.value.licenses.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('licenses.component')}</th>
                    <th scope="col">{t('licenses.version_col')}</th>
                    <th scope="col">{t('licenses.license')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.value.licenses.map((l) => (
                    <tr key={l.name}>
                      <th scope="row">{l.name}</th>
                      <td>{l.version}</td>
                      <td>{l.license}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <div className="row-end">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
