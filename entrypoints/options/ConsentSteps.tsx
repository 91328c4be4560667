import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConsentMemory } from '@/utils/consent/types';
import { errorText, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

/**
 * The options page's list of buttons learned on banners no rule knows (utils/consent/learn.ts): each site's
 * button, by its words, with a way to remove it. The site's choice stays; only the click is forgotten.
 */
export function ConsentSteps() {
  const [sites, setSites] = useState<ConsentMemory | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSites((await sendMessage('consentList', {})).sites);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // The consent table above changes the same memory (forget, clear, import): follow it.
    const onFocus = () => void refresh();
    addEventListener('focus', onFocus);
    const timer = setInterval(onFocus, 2000);
    return () => {
      removeEventListener('focus', onFocus);
      clearInterval(timer);
    };
  }, [refresh]);

  const steps = Object.entries(sites ?? {})
    .filter(([, decision]) => decision.step)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return (
    <section aria-labelledby="consent-steps-heading" class="consent-steps">
      <h2 id="consent-steps-heading">{t('optionsStepsHeading')}</h2>
      <p class="options__intro">{t('optionsStepsIntro')}</p>
      {error && (
        <p class="options__status options__status--error" role="alert">
          {error}
        </p>
      )}
      {sites && steps.length === 0 ? (
        <p class="options__empty">{t('optionsStepsNone')}</p>
      ) : (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">{t('optionsColSite')}</th>
              <th scope="col">{t('optionsStepsColButton')}</th>
              <th scope="col">{t('optionsColChoice')}</th>
              <th scope="col">{t('optionsColActions')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map(([site, decision]) => (
              <tr key={site} data-step-site={site}>
                <th scope="row">{site}</th>
                <td>
                  <q>{decision.step?.text}</q>
                </td>
                <td>{decision.choice === 'accept' ? t('consentAccept') : t('consentReject')}</td>
                <td class="sites__actions">
                  <button
                    type="button"
                    class="link-button"
                    aria-label={`${t('optionsStepRemove')}: ${site}`}
                    onClick={() =>
                      void sendMessage('consentRemoveStep', { site }).then(refresh, (failure: unknown) =>
                        setError(errorText(failure)),
                      )
                    }
                  >
                    {t('optionsStepRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
