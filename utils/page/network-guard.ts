import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { isPublicHttpUrl, LOCAL_NETWORK_URL_REGEXES } from './public-host';

/** Session rule ids of the guard (their own range, so other rules never collide). */
export const GUARD_RULE_IDS = LOCAL_NETWORK_URL_REGEXES.map((_, index) => 9000 + index);

/** The session rule that lets through the one server the reader named (`allowUserServer`). */
export const USER_SERVER_RULE_ID = 9100;

/** Above the block rules' priority (1): in declarativeNetRequest the higher priority wins. */
export const USER_SERVER_PRIORITY = 2;

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

/**
 * A server origin the reader typed, as the guard accepts it: exactly an http(s) origin (`scheme://host` or
 * `scheme://host:port`, as `URL.origin` writes it: no path, no credentials, lower-case, no default port)
 * whose host is a DNS name or an IP address. Null for anything else, so a rule's filter is never built from
 * text with wildcards or separators in it.
 */
export function userServerOrigin(value: string): string | null {
  if (value.length > 300) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== value) return null;
  const host = url.hostname;
  const name = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
  return name.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? value : null;
}

/**
 * The rule that lets this extension's requests to the server the reader named through the block rules:
 * "allow" at a higher priority, for URLs that start with exactly that origin and a slash (so
 * `http://localhost:2583/` and not `:25830`, another port, scheme or host), initiated by the extension only.
 * Redirects from it are requests of their own, judged again: one to another local address stays blocked.
 */
export function userServerRule(extensionId: string, origin: string) {
  return {
    id: USER_SERVER_RULE_ID,
    priority: USER_SERVER_PRIORITY,
    action: { type: 'allow' as const },
    condition: { urlFilter: `|${origin}/`, initiatorDomains: [extensionId] },
  };
}

/**
 * The guard's whole rule set: the block rules, and the allow rule for the server the reader named, if any.
 */
export function guardRules(extensionId: string, userServer: string | null) {
  const rules: Array<ReturnType<typeof localNetworkRules>[number] | ReturnType<typeof userServerRule>> =
    localNetworkRules(extensionId);
  if (userServer !== null) rules.push(userServerRule(extensionId, userServer));
  return rules;
}

/** What Firefox's webRequest tells about a request, as far as the guard needs it. */
export interface RequestDetails {
  url: string;
  type: string;
  originUrl?: string;
  documentUrl?: string;
}

/** Whether `url` is on exactly `origin` (scheme, host and port). */
function onOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Whether the guard stops a request: one this extension makes (its background or one of its pages), not a
 * navigation, to an address that is not public (`isPublicHttpUrl`), unless it goes to the server the reader
 * named (`userServer`, an origin). Web pages' and other extensions' requests are never touched.
 */
export function blocksExtensionRequest(
  details: RequestDetails,
  extensionOrigin: string,
  userServer: string | null = null,
): boolean {
  if (details.type === 'main_frame') return false;
  const from = details.originUrl ?? details.documentUrl ?? '';
  if (!from.startsWith(extensionOrigin) || isPublicHttpUrl(details.url)) return false;
  return userServer === null || !onOrigin(details.url, userServer);
}

/**
 * Firefox's record of the server the reader named, where the webRequest guard reads it. In session storage,
 * like Chrome's session rules: it outlives the background page's restarts but not the browser's, and the
 * Bluesky session code puts it back from the stored session at start-up.
 */
const userServerItem = storage.defineItem<string | null>('session:networkGuardUserServer', {
  fallback: null,
});

const sessionRules = () => {
  const dnr = browser.declarativeNetRequest;
  return typeof dnr?.updateSessionRules === 'function' ? dnr : null;
};

/**
 * Lets this extension's requests reach `origin` although it is on this computer or the local network: for
 * a server the reader typed themselves (a self-hosted Bluesky PDS), never for one found by resolving a
 * name, a DID document or a redirect. One origin at a time: it replaces the previous one. Chrome: the
 * allow rule (`userServerRule`); Firefox: the origin the webRequest guard lets through. Throws on anything
 * but an origin (`userServerOrigin`).
 */
export async function allowUserServer(origin: string): Promise<void> {
  const checked = userServerOrigin(origin);
  if (checked === null) throw new Error(`Not a server origin: ${origin}`);
  const dnr = sessionRules();
  if (dnr) {
    await dnr.updateSessionRules({
      removeRuleIds: [USER_SERVER_RULE_ID],
      addRules: [userServerRule(browser.runtime.id, checked)],
    });
  } else await userServerItem.setValue(checked);
}

/** Stops letting the reader's server through: every local address is blocked again. */
export async function forgetUserServer(): Promise<void> {
  const dnr = sessionRules();
  if (dnr) await dnr.updateSessionRules({ removeRuleIds: [USER_SERVER_RULE_ID] });
  else await userServerItem.removeValue();
}

/**
 * Guards every request the extension makes, redirects included: Chrome's `declarativeNetRequest` session
 * rules; where there is none (Firefox MV2), a blocking `webRequest` listener registered synchronously
 * (an event page must have it at start-up), limited to requests outside tabs (`tabId: -1`, the background
 * and the toolbar popup) so web pages' own requests never wait on it. A request it would block is let
 * through when it goes to the server the reader named, read at that moment (an answer as a promise).
 * Resolves to whether a guard is in place. The allow rule of Chrome is left as it is: `allowUserServer`
 * owns it.
 */
export function installLocalNetworkGuard(): Promise<boolean> {
  const dnr = sessionRules();
  if (dnr) {
    return dnr
      .updateSessionRules({ removeRuleIds: GUARD_RULE_IDS, addRules: localNetworkRules(browser.runtime.id) })
      .then(() => true);
  }
  const onBeforeRequest = browser.webRequest?.onBeforeRequest;
  if (!onBeforeRequest) return Promise.resolve(false);
  const origin = browser.runtime.getURL('/');
  onBeforeRequest.addListener(
    (details) => {
      if (!blocksExtensionRequest(details, origin)) return {};
      return userServerItem
        .getValue()
        .catch(() => null)
        .then((server) => ({ cancel: blocksExtensionRequest(details, origin, server) }));
    },
    { urls: ['http://*/*', 'https://*/*'], tabId: -1 },
    ['blocking'],
  );
  return Promise.resolve(true);
}
