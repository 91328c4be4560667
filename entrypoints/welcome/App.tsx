import { QuoteMark } from '@/components/Icons';
import { ConsentQuestion } from '@/components/welcome/ConsentQuestion';
import { WelcomeFeatures, WelcomePrivacy } from '@/components/welcome/Features';
import { useWelcomeConsent } from '@/hooks/use-welcome-consent';
import { t } from '@/utils/i18n';

/** The page a first install opens: what Pullquote does, its privacy promise, and the cookie question. */
export function App() {
  const { prefs, status, choose } = useWelcomeConsent();
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
      <WelcomeFeatures />
      <WelcomePrivacy />
      <ConsentQuestion prefs={prefs} status={status} onChoose={choose} />
    </main>
  );
}
