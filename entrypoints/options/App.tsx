import { ConsentDefaults } from '@/components/options/ConsentDefaults';
import { ConsentToolbar } from '@/components/options/ConsentToolbar';
import { SitesTable } from '@/components/options/SitesTable';
import { useConsentSites } from '@/hooks/use-consent-sites';
import { t } from '@/utils/i18n';
import { BlueskyAccount } from './Bluesky';
import { ConsentSteps } from './ConsentSteps';
import { LibrarySync } from './LibrarySync';

/** The options page: every site's cookie choice, with search, change, forget, export, import and clear. */
export function App() {
  const { sites, prefs, query, setQuery, status, rows, total, actions } = useConsentSites();

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('optionsConsentHeading')}</h2>
        <p class="options__intro">{t('optionsConsentIntro')}</p>
        {prefs && <ConsentDefaults prefs={prefs} onChange={actions.setPref} />}
        <ConsentToolbar query={query} onQuery={setQuery} total={total} actions={actions} />
        <p class="options__status">
          <span role="status">{status && !status.error ? status.text : ''}</span>
          <span class="options__status--error" role="alert">
            {status?.error ? status.text : ''}
          </span>
        </p>
        {sites && rows.length === 0 ? (
          <p class="options__empty">{total ? t('optionsNoMatch', query) : t('optionsNoSites')}</p>
        ) : (
          <SitesTable rows={rows} actions={actions} />
        )}
      </section>
      <ConsentSteps />
      <LibrarySync />
      <BlueskyAccount />
    </main>
  );
}
