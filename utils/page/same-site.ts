import { getDomain } from 'tldts';

/**
 * The site a URL belongs to: its registrable domain by the public suffix list, private section included
 * (`alice.github.io` and `bob.github.io` are two people's sites, not one), else its whole host (IPs,
 * `localhost`). Null for anything that is not an http(s) URL.
 */
function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
  return getDomain(parsed.hostname, { allowPrivateDomains: true }) ?? parsed.hostname;
}

/** Whether two URLs are on the same site (see `siteOf`); false when either is not an http(s) URL. */
export function sameSite(a: string, b: string): boolean {
  const siteA = siteOf(a);
  return siteA !== null && siteA === siteOf(b);
}

/**
 * The URL to share or save an article under: its canonical URL when that stays on the page's own site,
 * else the page's own URL. A page must not be able to make the reader share a link to somewhere else, nor
 * replace another site's saved article, by declaring a foreign `rel=canonical` (issue 15, finding 3).
 */
export function trustedArticleUrl(canonical: string, pageUrl: string): string {
  return sameSite(canonical, pageUrl) ? canonical : pageUrl;
}
