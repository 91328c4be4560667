import { cleanUrl } from '../share/clean-url';

/**
 * The page's URL as the library stores it: tracking parameters, credentials and the `#fragment` removed
 * (a fragment points into a page, it never names another one), everything else as the site wrote it.
 * Null for anything that is not an http(s) URL.
 */
export function libraryUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(cleanUrl(url.trim()));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
}

/**
 * The dedup key (and item id) for a URL: `libraryUrl`, then host lowercased (URL does it) without a leading
 * `www.`, default port dropped, and a trailing slash dropped except on the root path. `www.` is dropped
 * because sites serve the same article on both hosts and readers save from both; the scheme is kept
 * (http and https of the same path are almost always the same page too, but a key that merged them would
 * hide a downgrade). Null for anything that is not an http(s) URL.
 */
export function urlKey(url: string): string | null {
  const cleaned = libraryUrl(url);
  if (cleaned === null) return null;
  const parsed = new URL(cleaned);
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : parsed.pathname;
  return `${parsed.protocol}//${host}${path || '/'}${parsed.search}`;
}

/** The host of an http(s) URL without `www.`, or '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
