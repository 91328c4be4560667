import { getDomain } from 'tldts';

/**
 * The key a per-site consent decision is stored under: the registrable domain ("eTLD+1") of an http(s)
 * URL, from the public suffix list including its private section, so `alice.github.io` and
 * `bob.github.io` are different sites while `news.bbc.co.uk` and `www.bbc.co.uk` are both `bbc.co.uk`.
 *
 * - The host is taken from the URL parser first, so IDN hosts come out in punycode
 *   (`bücher.de` → `xn--bcher-kva.de`), IPv4 is canonical (`0x7f.1` → `127.0.0.1`) and ports and
 *   credentials are gone. (`getDomain` on the raw URL string would return Unicode and miss those.)
 * - IP addresses are their own key: IPv4 dotted, IPv6 **with** brackets as the URL parser writes them
 *   (`[::1]`), so every key still parses as `https://KEY/` (see `isSiteKey`).
 * - Hosts with no registrable domain (`localhost`, single-label intranet names, a bare public suffix such as
 *   `github.io`) are their own key.
 * - Unknown TLDs follow the list's default rule `*`: the last label is the suffix, so the e2e tests'
 *   `news.onetrust.test` is `onetrust.test`.
 * - Anything that is not http(s) (`chrome:`, `about:`, `file:`, `data:`, `blob:`, extension pages) or does not
 *   parse is null: there is no site to remember a choice for.
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // A trailing dot names the same host (`example.com.`); drop it so both spellings share one key.
  const host = parsed.hostname.replace(/\.$/, '');
  // `__proto__` is a legal hostname but would set an object's prototype when used as a record key.
  if (host === '' || host === '__proto__') return null;
  if (host.startsWith('[')) return host;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether `key` is exactly what `siteKey` returns for its own host: the check for stored and imported keys. */
export function isSiteKey(key: string): boolean {
  return typeof key === 'string' && key !== '' && siteKey(`https://${key}/`) === key;
}
