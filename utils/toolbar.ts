import { browser } from 'wxt/browser';
import { composeBadge } from './badge';
import type { ConsentService } from './consent/service';
import { saveFailureItem } from './library/save-failure';
import type { Saver } from './library/saver';

// Chrome MV3 has `action`, Firefox MV2 `browserAction`; both open the toolbar popup.
export const toolbarAction = () => browser.action ?? browser.browserAction;

/** A tab's address, or undefined when the tab is gone or not ours to read. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId).catch(() => null))?.url;
}

/**
 * Redraws a tab's toolbar badge: ★ when the tab's page is saved, ✓ when a cookie choice was applied on it,
 * ! when saving from it failed. The consent service is asked lazily: it is made after this function, with
 * this function as its way to redraw.
 */
export function createBadgeRefresher(saver: Saver, consent: () => ConsentService) {
  const action = toolbarAction();
  return async (tabId: number, knownUrl?: string): Promise<void> => {
    const url = knownUrl ?? (await tabUrl(tabId));
    const saved = url ? (await saver.lookup(url).catch(() => ({ saved: false }))).saved : false;
    const consentApplied = (await consent().tabStatus(tabId, url))?.applied ?? null;
    const saveFailed = (await saveFailureItem.getValue().catch(() => null))?.tabId === tabId;
    const badge = composeBadge({ saved, consent: consentApplied, saveFailed });
    const title = badge.titles.map((key) => browser.i18n.getMessage(key)).join(' · ');
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: title || browser.i18n.getMessage('actionTitle') }),
    ]).catch(() => {});
  };
}
