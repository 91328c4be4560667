import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { downloadFile } from '@/utils/browser/download';
import type { ConsentChoice, ConsentPrefs } from '@/utils/consent/engine';
import { exportMemory, parseImport } from '@/utils/consent/transfer';
import type { ConsentMemory } from '@/utils/consent/types';
import { errorText, localizedText, t, tPlural } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

export type OptionsStatus = { text: string; error: boolean } | null;

/**
 * Every site's cookie choice and the consent preferences, as the background keeps them, with the options
 * page's actions on them: each one writes through the background, then reads the list again.
 */
export function useConsentSites() {
  const [sites, setSites] = useState<ConsentMemory | null>(null);
  const [prefs, setPrefs] = useState<ConsentPrefs | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<OptionsStatus>(null);

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

  const importFile = async (file: File) => {
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

  const actions = {
    setPref(next: ConsentPrefs) {
      setPrefs(next);
      run(() => sendMessage('consentSetPrefs', { prefs: next }));
    },
    choose: (site: string, choice: ConsentChoice) =>
      run(() => sendMessage('consentChoose', { site, choice })),
    pause: (site: string, paused: boolean) => run(() => sendMessage('consentPause', { site, paused })),
    forget: (site: string) => run(() => sendMessage('consentForget', { site })),
    exportAll: () =>
      downloadFile(
        'pullquote-cookie-choices.json',
        exportMemory(sites ?? {}, Date.now()),
        'application/json',
      ),
    importFile: (file: File) => void importFile(file),
    clear() {
      if (confirm(tPlural('optionsClearConfirm', total))) run(() => sendMessage('consentClear', {}));
    },
  };
  return { sites, prefs, query, setQuery, status, rows, total, actions };
}

export type ConsentSiteActions = ReturnType<typeof useConsentSites>['actions'];
