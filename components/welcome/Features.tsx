import type { ComponentChildren } from 'preact';
import { QuoteMark } from '@/components/Icons';
import { type MessageKey, t } from '@/utils/i18n';

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

/** What Pullquote does, one card a feature. */
export function WelcomeFeatures() {
  return (
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
  );
}

/** The privacy promise. */
export function WelcomePrivacy() {
  return (
    <section aria-labelledby="privacy-heading" class="privacy">
      <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
      <ul>
        <li>{t('welcomePrivacyLocal')}</li>
        <li>{t('welcomePrivacyNoAnalytics')}</li>
        <li>{t('welcomePrivacyNoRemote')}</li>
      </ul>
    </section>
  );
}
