import type { WelcomeChoice, WelcomeStatus } from '@/hooks/use-welcome-consent';
import type { ConsentPrefs } from '@/utils/consent/engine';
import { t } from '@/utils/i18n';
import { OPTIONS_PAGE } from '@/utils/routes';

/** The cookie-consent choices, in the options page's order, with the confirmation each one shows. */
export const CHOICES: ReadonlyArray<WelcomeChoice> = [
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

/** The cookie question: what to do on sites the reader has not decided for, and where to change it later. */
export function ConsentQuestion({
  prefs,
  status,
  onChoose,
}: {
  prefs: ConsentPrefs | null;
  status: WelcomeStatus;
  onChoose: (choice: WelcomeChoice) => void;
}) {
  return (
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
              onChange={() => onChoose(choice)}
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
  );
}
