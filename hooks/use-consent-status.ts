import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText } from '@/utils/i18n';
import { type ConsentStatus, sendMessage } from '@/utils/messages';

/**
 * The key the consent record is stored under, loaded when first needed: `utils/consent/storage` brings the
 * public suffix list (tldts) with it, which must stay out of the popup's first chunk.
 */
const storeKey = () => import('@/utils/consent/storage').then((module) => module.CONSENT_STORE_KEY);

/**
 * The tab's site and its cookie choice, as the background reports it, refreshed whenever the stored record
 * changes: a choice is counted as applied only once the background has verified it, seconds after the page
 * loaded, so the popup follows the record instead of showing the count of when it opened.
 */
export function useConsentStatus(tabId: number) {
  const [status, setStatus] = useState<ConsentStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await sendMessage('consentStatus', { tabId }));
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [tabId]);

  useEffect(() => {
    void refresh();
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      void storeKey().then((key) => {
        if (key in changes) void refresh();
      });
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, [refresh]);

  /** Runs a consent message, then reads the status again (or shows the failure). */
  const run = (work: () => Promise<unknown>) => () => {
    void work().then(refresh, (failure: unknown) => setError(String(failure)));
  };
  return { status, error, run };
}
