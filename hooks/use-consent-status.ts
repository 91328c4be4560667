import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CONSENT_STORE_KEY } from '@/utils/consent/gate';
import { errorText } from '@/utils/i18n';
import { type ConsentStatus, sendMessage } from '@/utils/messages';

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
      if (CONSENT_STORE_KEY in changes) void refresh();
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
