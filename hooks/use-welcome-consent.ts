import { useEffect, useState } from 'preact/hooks';
import type { ConsentPrefs, DefaultChoice } from '@/utils/consent/engine';
import { type MessageKey, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

export type WelcomeStatus = { text: string; error: boolean } | null;

/** One answer to the cookie question, with the confirmation it shows. */
export type WelcomeChoice = {
  value: DefaultChoice;
  label: MessageKey;
  hint: MessageKey;
  saved: MessageKey;
};

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
