import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { QuoteMark } from '@/components/Icons';
import type { ConsentPrefs, DefaultChoice } from '@/utils/consent/engine';
import { type MessageKey, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { OPTIONS_PAGE } from '@/utils/routes';

type Status = { text: string; error: boolean } | null;

/** The cookie-consent choices, in the options page's order, with the confirmation each one shows. */
const CHOICES: ReadonlyArray<{
  value: DefaultChoice;
  label: MessageKey;
  hint: MessageKey;
  saved: MessageKey;
}> = [
  { value: 'none', label: 'welcomeDefaultNone', hint: 'welcomeDefaultNoneHint', saved: 'welcomeSavedNone' },
  {
    value: 'reject',
    label: 'welcomeDefaultReject',
    hint: 'welcomeDefaultRejectHint',
    saved: 'welcomeSavedReject',
  },
  {
    value: 'accept',
    label: 'welcomeDefaultAccept',
    hint: 'welcomeDefaultAcceptHint',
    saved: 'welcomeSavedAccept',
  },
];

const FEATURES: ReadonlyArray<{ title: MessageKey; text: MessageKey; icon: ComponentChildren }> = [
  { title: 'welcomeReadTitle', text: 'welcomeReadText', icon: <QuoteMark size={22} /> },
  {
    title: 'welcomeShareTitle',
    text: 'welcomeShareText',
    icon: <Glyph d="M4 12v7h16v-7M12 3v12M7 8l5-5 5 5" />,
  },
  { title: 'welcomeSaveTitle', text: 'welcomeSaveText', icon: <Glyph d="M6 3h12v18l-6-4-6 4z" /> },
  {
    title: 'welcomeConsentTitle',
    text: 'welcomeConsentText',
    icon: (
      <Glyph d="M12 3a9 9 0 1 0 9 9 3 3 0 0 1-3-3 3 3 0 0 1-3-3 3 3 0 0 1-3-3zM8.5 12h.01M12 16h.01M15.5 13h.01" />
    ),
  },
];

function Glyph({ d }: { d: string }) {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

/** The page a first install opens: what Pullquote does, its privacy promise, and the cookie question. */
export function App() {
  const [prefs, setPrefs] = useState<ConsentPrefs | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const fail = (error: unknown) =>
    setStatus({
      text: t('welcomeSaveFailed', error instanceof Error ? error.message : String(error)),
      error: true,
    });

  useEffect(() => {
    sendMessage('consentList', {}).then((list) => setPrefs(list.prefs), fail);
  }, []);

  const choose = (choice: (typeof CHOICES)[number]) => {
    if (!prefs) return;
    const next = { ...prefs, defaultChoice: choice.value };
    setPrefs(next);
    setStatus(null);
    sendMessage('consentSetPrefs', { prefs: next }).then(
      () => setStatus({ text: t(choice.saved), error: false }),
      fail,
    );
  };

  return (
    <main class="welcome">
      <header class="welcome__hero">
        <span class="brand welcome__brand">
          <QuoteMark size={28} />
          <span class="brand__name">{t('extName')}</span>
        </span>
        <h1>{t('welcomeHeading')}</h1>
        <p class="welcome__lead">{t('welcomeLead')}</p>
        <p class="welcome__pin">{t('welcomePin')}</p>
      </header>

      <section aria-labelledby="features-heading">
        <h2 id="features-heading">{t('welcomeFeaturesHeading')}</h2>
        <ul class="features">
          {FEATURES.map((feature) => (
            <li key={feature.title} class="feature">
              <span class="feature__icon">{feature.icon}</span>
              <h3>{t(feature.title)}</h3>
              <p>{t(feature.text)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-heading" class="privacy">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <ul>
          <li>{t('welcomePrivacyLocal')}</li>
          <li>{t('welcomePrivacyNoAnalytics')}</li>
          <li>{t('welcomePrivacyNoRemote')}</li>
        </ul>
      </section>

      <section aria-labelledby="consent-heading" class="consent">
        <h2 id="consent-heading">{t('welcomeConsentHeading')}</h2>
        <fieldset class="choices" disabled={!prefs}>
          <legend>{t('welcomeConsentQuestion')}</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value} class="choice">
              <input
                type="radio"
                name="default-choice"
                value={choice.value}
                checked={prefs?.defaultChoice === choice.value}
                aria-describedby={`hint-${choice.value}`}
                onChange={() => choose(choice)}
              />
              <span class="choice__text">
                <span class="choice__label">{t(choice.label)}</span>
                <span class="choice__hint" id={`hint-${choice.value}`}>
                  {t(choice.hint)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p class={`welcome__status${status?.error ? ' welcome__status--error' : ''}`} role="status">
          {status?.text ?? ''}
        </p>
        <p class="welcome__later">
          {t('welcomeChangeLater')}{' '}
          <a href={OPTIONS_PAGE} class="welcome__settings">
            {t('welcomeOpenSettings')}
          </a>
        </p>
      </section>
    </main>
  );
}
