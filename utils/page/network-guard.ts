import { browser } from 'wxt/browser';
import { isPublicHttpUrl, LOCAL_NETWORK_URL_REGEXES } from './public-host';

/** Session rule ids of the guard (their own range, so other rules never collide). */
const GUARD_RULE_IDS = LOCAL_NETWORK_URL_REGEXES.map((_, index) => 9000 + index);

/**
 * The `declarativeNetRequest` rules that block every request this extension makes (its background, its
 * pages) to this computer or the local network — redirects included, which `fetch` cannot inspect:
 * `redirect: 'manual'` only says that there is one, not where it goes. `initiatorDomains` keeps web pages'
 * own requests out of it; navigations (`main_frame`) are not matched, so the reader can still open such a
 * page from the library.
 */
function localNetworkRules(extensionId: string) {
  return LOCAL_NETWORK_URL_REGEXES.map((regexFilter, index) => ({
    id: GUARD_RULE_IDS[index] as number,
    priority: 1,
    action: { type: 'block' as const },
    condition: { regexFilter, isUrlFilterCaseSensitive: false, initiatorDomains: [extensionId] },
  }));
}

/** What Firefox's webRequest tells about a request, as far as the guard needs it. */
interface RequestDetails {
  url: string;
  type: string;
  originUrl?: string;
  documentUrl?: string;
}

/**
 * Whether the guard stops a request: one this extension makes (its background or one of its pages), not a
 * navigation, to an address that is not public (`isPublicHttpUrl`). Web pages' and other extensions'
 * requests are never touched.
 */
export function blocksExtensionRequest(details: RequestDetails, extensionOrigin: string): boolean {
  if (details.type === 'main_frame') return false;
  const from = details.originUrl ?? details.documentUrl ?? '';
  return from.startsWith(extensionOrigin) && !isPublicHttpUrl(details.url);
}

/**
 * Guards every request the extension makes, redirects included: Chrome's `declarativeNetRequest` session
 * rules; where there is none (Firefox MV2), a blocking `webRequest` listener registered synchronously
 * (an event page must have it at start-up), limited to requests outside tabs (`tabId: -1`, the background)
 * so web pages' own requests never wait on it. Resolves to whether a guard is in place.
 */
export function installLocalNetworkGuard(): Promise<boolean> {
  const dnr = browser.declarativeNetRequest;
  if (dnr?.updateSessionRules) {
    return dnr
      .updateSessionRules({ removeRuleIds: GUARD_RULE_IDS, addRules: localNetworkRules(browser.runtime.id) })
      .then(() => true);
  }
  const onBeforeRequest = browser.webRequest?.onBeforeRequest;
  if (!onBeforeRequest) return Promise.resolve(false);
  const origin = browser.runtime.getURL('/');
  onBeforeRequest.addListener(
    (details) => (blocksExtensionRequest(details, origin) ? { cancel: true } : {}),
    { urls: ['http://*/*', 'https://*/*'], tabId: -1 },
    ['blocking'],
  );
  return Promise.resolve(true);
}
