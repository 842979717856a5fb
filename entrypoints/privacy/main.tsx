import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import '../onboarding/onboarding.css';
import { t } from '../../lib/i18n/t';
import { PERMISSIONS, POLICY_DATE, STORED } from '../../lib/privacy/policy';
import { startPage } from '../../utils/page';

/** The privacy policy, as shipped with the extension (the same facts as the stores' text). */
function PrivacyPage() {
  return (
    <main className="cc-onboarding" data-testid="cc-privacy">
      <h1>{t('privacy_title')}</h1>
      <p className="cc-note">{t('privacy_updated', { date: POLICY_DATE })}</p>
      <p>{t('privacy_summary')}</p>
      <h2>{t('privacy_reads_title')}</h2>
      <p>{t('privacy_reads')}</p>
      <h2>{t('privacy_stored_title')}</h2>
      <p>{t('privacy_stored_intro')}</p>
      <div className="cc-table-scroll">
        <table className="cc-privacy-table">
          <thead>
            <tr>
              <th scope="col">{t('privacy_col_what')}</th>
              <th scope="col">{t('privacy_col_key')}</th>
              <th scope="col">{t('privacy_col_kept')}</th>
            </tr>
          </thead>
          <tbody>
            {STORED.map((s) => (
              <tr key={s.key} data-key={s.key}>
                <td>{t(s.what)}</td>
                <td>
                  <code>{s.key}</code>
                </td>
                <td>{t(s.kept)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('privacy_sent_title')}</h2>
      <p>{t('privacy_sent')}</p>
      <h2>{t('privacy_permissions_title')}</h2>
      <ul>
        {PERMISSIONS.map((p) => (
          <li key={p.name}>
            <code>{p.name}</code>: {t(p.why)}
          </li>
        ))}
      </ul>
      <h2>{t('privacy_delete_title')}</h2>
      <p>{t('privacy_delete')}</p>
      <p>{t('privacy_children')}</p>
      <p>{t('privacy_changes')}</p>
    </main>
  );
}

startPage(
  () => t('privacy_title'),
  () => <PrivacyPage />,
);
