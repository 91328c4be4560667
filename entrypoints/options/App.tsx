import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { downloadFile } from '@/utils/browser/download';
import type { ConsentChoice, ConsentPrefs, DefaultChoice } from '@/utils/consent/engine';
import { exportMemory, parseImport } from '@/utils/consent/transfer';
import type { ConsentMemory } from '@/utils/consent/types';
import { errorText, formatNumber, localizedText, t, tPlural, uiLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { formatTime } from '@/utils/time';
import { BlueskyAccount } from './Bluesky';
import { ConsentSteps } from './ConsentSteps';
import { LibrarySync } from './LibrarySync';

type Status = { text: string; error: boolean } | null;

/** The options page: every site's cookie choice, with search, change, forget, export, import and clear. */
export function App() {
  const [sites, setSites] = useState<ConsentMemory | null>(null);
  const [prefs, setPrefs] = useState<ConsentPrefs | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await sendMessage('consentList', {});
      setSites(list.sites);
      setPrefs(list.prefs);
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = (work: () => Promise<unknown>) => {
    void work().then(refresh, (error: unknown) => setStatus({ text: errorText(error), error: true }));
  };

  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return Object.entries(sites ?? {})
      .filter(([site]) => site.includes(needle))
      .sort((a, b) => b[1].decidedAt - a[1].decidedAt);
  }, [sites, query]);
  const total = Object.keys(sites ?? {}).length;

  const setPref = (next: ConsentPrefs) => {
    setPrefs(next);
    run(() => sendMessage('consentSetPrefs', { prefs: next }));
  };

  const onImport = async (file: File) => {
    const result = parseImport(await file.text());
    if (!result.ok) {
      setStatus({ text: t('optionsImportFailed', localizedText(result.localized)), error: true });
      return;
    }
    const imported = tPlural('optionsImported', Object.keys(result.sites).length);
    run(async () => {
      await sendMessage('consentImport', { sites: result.sites });
      setStatus({
        text: result.skipped ? `${imported} ${tPlural('optionsImportSkipped', result.skipped)}` : imported,
        error: false,
      });
    });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('optionsConsentHeading')}</h2>
        <p class="options__intro">{t('optionsConsentIntro')}</p>
        {prefs && (
          <div class="options__prefs">
            <fieldset>
              <legend>{t('optionsDefaultLegend')}</legend>
              {(
                [
                  ['none', 'optionsDefaultNone'],
                  ['reject', 'optionsDefaultReject'],
                  ['accept', 'optionsDefaultAccept'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} class="check">
                  <input
                    type="radio"
                    name="default-choice"
                    value={value}
                    checked={prefs.defaultChoice === value}
                    onChange={() => setPref({ ...prefs, defaultChoice: value as DefaultChoice })}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
            <label class="check">
              <input
                type="checkbox"
                checked={prefs.sync}
                onChange={(event) => setPref({ ...prefs, sync: event.currentTarget.checked })}
              />
              {t('optionsSync')}
            </label>
          </div>
        )}
        <div class="options__toolbar">
          <label class="field">
            <span class="field__label">{t('optionsSearch')}</span>
            <input
              type="search"
              class="field__input"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </label>
          <span class="options__count">{tPlural('optionsSiteCount', total)}</span>
          <button
            type="button"
            class="button"
            disabled={!total}
            onClick={() =>
              downloadFile(
                'pullquote-cookie-choices.json',
                exportMemory(sites ?? {}, Date.now()),
                'application/json',
              )
            }
          >
            {t('optionsExport')}
          </button>
          <label class="button options__file">
            {t('optionsImport')}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void onImport(file);
              }}
            />
          </label>
          <button
            type="button"
            class="button"
            disabled={!total}
            onClick={() => {
              if (confirm(tPlural('optionsClearConfirm', total))) run(() => sendMessage('consentClear', {}));
            }}
          >
            {t('optionsClear')}
          </button>
        </div>
        <p class="options__status">
          <span role="status">{status && !status.error ? status.text : ''}</span>
          <span class="options__status--error" role="alert">
            {status?.error ? status.text : ''}
          </span>
        </p>
        {sites && rows.length === 0 ? (
          <p class="options__empty">{total ? t('optionsNoMatch', query) : t('optionsNoSites')}</p>
        ) : (
          <table class="sites">
            <thead>
              <tr>
                <th scope="col">{t('optionsColSite')}</th>
                <th scope="col">{t('optionsColChoice')}</th>
                <th scope="col">{t('optionsColDecided')}</th>
                <th scope="col">{t('optionsColApplied')}</th>
                <th scope="col">{t('optionsColActions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([site, decision]) => (
                <tr key={site} data-site={site}>
                  <th scope="row">{site}</th>
                  <td>
                    <select
                      aria-label={`${t('optionsColChoice')}: ${site}`}
                      value={decision.choice}
                      onChange={(event) =>
                        run(() =>
                          sendMessage('consentChoose', {
                            site,
                            choice: event.currentTarget.value as ConsentChoice,
                          }),
                        )
                      }
                    >
                      <option value="reject">{t('consentReject')}</option>
                      <option value="accept">{t('consentAccept')}</option>
                    </select>
                    {decision.paused && <span class="sites__paused">{t('optionsPaused')}</span>}
                  </td>
                  <td>{formatTime(decision.decidedAt, uiLanguage()) ?? '—'}</td>
                  <td>{formatNumber(decision.appliedCount)}</td>
                  <td class="sites__actions">
                    <button
                      type="button"
                      class="link-button"
                      onClick={() =>
                        run(() => sendMessage('consentPause', { site, paused: !decision.paused }))
                      }
                    >
                      {decision.paused ? t('consentResume') : t('consentPause')}
                    </button>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => run(() => sendMessage('consentForget', { site }))}
                    >
                      {t('consentForget')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ConsentSteps />
      <LibrarySync />
      <BlueskyAccount />
    </main>
  );
}
