import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText, t } from '@/utils/i18n';
import {
  extractFromSnapshot,
  type FlowDeps,
  type PopupState,
  readTab,
  tabFromQuery,
} from '@/utils/page/read-tab';

/** The tab the popup reads: the one its URL names (tests, the context menu), else the active tab. */
async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = tabFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The popup's reading of its tab (utils/page/read-tab.ts behind `deps`): loading, then the article or why
 * there is none; `retry` reads again, `wholePage` takes a page that is not an article as a whole. The
 * document title names what the popup shows (window switchers, screen readers, tests of the real toolbar
 * popup, which can only be seen from outside).
 */
export function usePopupFlow(deps: FlowDeps, search: string) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  // How many quotes the composer suggests (null until it knows): with some, the summary shrinks to its
  // headline so the quotes and the share bar fit in the popup's first screen.
  const [suggestions, setSuggestions] = useState<number | null>(null);

  const retry = useCallback(async () => {
    setState({ kind: 'loading' });
    setSuggestions(null);
    try {
      const target = await targetTabId(search);
      setTabId(target);
      setState(target === null ? { kind: 'no-tab' } : await readTab(deps, target));
    } catch (error) {
      setState({ kind: 'error', message: errorText(error) });
    }
  }, [deps, search]);

  useEffect(() => {
    void retry();
  }, [retry]);

  useEffect(() => {
    document.title = state.kind === 'article' ? `${state.article.title} – ${t('extName')}` : t('extName');
  }, [state]);

  const wholePage = () => {
    if (state.kind !== 'not-article') return;
    setState({ kind: 'loading' });
    void extractFromSnapshot(deps, state.snapshot, true).then(setState);
  };
  return { state, tabId, retry, wholePage, suggestions, setSuggestions };
}
