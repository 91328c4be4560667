import { useEffect, useState } from 'preact/hooks';
import type { WelcomeChoice, WelcomeStatus } from '@/components/welcome/ConsentQuestion';
import type { ConsentPrefs } from '@/utils/consent/engine';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

/** The consent preferences as the background keeps them, and the welcome page's answer to the question. */
export function useWelcomeConsent() {
  const [prefs, setPrefs] = useState<ConsentPrefs | null>(null);
  const [status, setStatus] = useState<WelcomeStatus>(null);

  const fail = (error: unknown) =>
    setStatus({
      text: t('welcomeSaveFailed', error instanceof Error ? error.message : String(error)),
      error: true,
    });

  useEffect(() => {
    sendMessage('consentList', {}).then((list) => setPrefs(list.prefs), fail);
  }, []);

  const choose = (choice: WelcomeChoice) => {
    if (!prefs) return;
    const next = { ...prefs, defaultChoice: choice.value };
    setPrefs(next);
    setStatus(null);
    sendMessage('consentSetPrefs', { prefs: next }).then(
      () => setStatus({ text: t(choice.saved), error: false }),
      fail,
    );
  };
  return { prefs, status, choose };
}
