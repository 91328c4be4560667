import { browser } from 'wxt/browser';
import { LOCAL_NETWORK_URL_REGEXES } from './public-host';

/** Session rule ids of the guard (their own range, so other rules never collide). */
export const GUARD_RULE_IDS = LOCAL_NETWORK_URL_REGEXES.map((_, index) => 9000 + index);

/**
 * The `declarativeNetRequest` rules that block every request this extension makes (its background, its
 * pages) to this computer or the local network — redirects included, which `fetch` cannot inspect:
 * `redirect: 'manual'` only says that there is one, not where it goes. `initiatorDomains` keeps web pages'
 * own requests out of it; navigations (`main_frame`) are not matched, so the reader can still open such a
 * page from the library.
 */
export function localNetworkRules(extensionId: string) {
  return LOCAL_NETWORK_URL_REGEXES.map((regexFilter, index) => ({
    id: GUARD_RULE_IDS[index] as number,
    priority: 1,
    action: { type: 'block' as const },
    condition: { regexFilter, isUrlFilterCaseSensitive: false, initiatorDomains: [extensionId] },
  }));
}

/**
 * Installs the rules for this browser session (session rules, replaced at every start). Resolves to false
 * where the browser has no `declarativeNetRequest` for this extension (Firefox MV2): there the checks in
 * `fetchPage` and the studio are what holds.
 */
export async function installLocalNetworkGuard(): Promise<boolean> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateSessionRules) return false;
  await dnr.updateSessionRules({
    removeRuleIds: GUARD_RULE_IDS,
    addRules: localNetworkRules(browser.runtime.id),
  });
  return true;
}
