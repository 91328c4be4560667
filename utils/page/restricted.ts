/**
 * Pages the browser never lets an extension script run on. Knowing them up front lets the popup say so
 * plainly instead of failing inside `scripting.executeScript`.
 */
export type RestrictedReason =
  | 'browser-page'
  | 'extension-page'
  | 'store'
  | 'pdf'
  | 'view-source'
  | 'file'
  /** The browser refused for another reason (no access granted, an error page, the tab moved on). */
  | 'no-access';

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'resource:',
  'javascript:',
  'data:',
  'blob:',
]);
const EXTENSION_SCHEMES = new Set([
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'safari-web-extension:',
]);

/** Store pages where Chrome and Firefox block extension scripts by policy. */
const STORE_PAGES: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

export function restrictedReason(rawUrl: string | undefined | null): RestrictedReason | null {
  if (!rawUrl) return null;
  if (rawUrl.startsWith('view-source:')) return 'view-source';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (EXTENSION_SCHEMES.has(url.protocol)) {
    // Chrome's PDF viewer is itself an extension page.
    return url.host === 'mhjfbmdgcfjbbpaeojofohoefgiehjai' ? 'pdf' : 'extension-page';
  }
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page';
  if (url.protocol === 'file:') return /\.pdf$/i.test(url.pathname) ? 'pdf' : 'file';
  const host = url.hostname.toLowerCase();
  for (const store of STORE_PAGES) {
    if (host === store.host && (!store.path || url.pathname.startsWith(store.path))) return 'store';
  }
  // A top-level PDF is shown by the browser's viewer, where no extension script runs.
  if (/\.pdf$/i.test(url.pathname)) return 'pdf';
  return null;
}

/** Classify the error `scripting.executeScript` throws when the browser refuses a page we did not predict. */
export function restrictedReasonFromError(message: string): RestrictedReason {
  if (/chrome:\/\/|chrome-untrusted:|edge:\/\/|about:|devtools:/i.test(message)) return 'browser-page';
  if (/extensions gallery|web ?store|addons\.mozilla/i.test(message)) return 'store';
  if (/chrome-extension:\/\/|moz-extension:\/\/|extension page/i.test(message)) return 'extension-page';
  if (/file:\/\//i.test(message)) return 'file';
  return 'no-access';
}
