import { getDomain } from 'tldts';

/**
 * The URL to share for an article: its canonical URL when that stays on the page's own site (same
 * registrable domain), else the page's own URL. A page must not be able to make the reader share a link to
 * somewhere else by declaring a foreign `rel=canonical`.
 */
export function trustedArticleUrl(canonical: string, pageUrl: string): string {
  try {
    const canonicalSite = getDomain(canonical) ?? new URL(canonical).hostname;
    const pageSite = getDomain(pageUrl) ?? new URL(pageUrl).hostname;
    return canonicalSite === pageSite ? canonical : pageUrl;
  } catch {
    return pageUrl;
  }
}
