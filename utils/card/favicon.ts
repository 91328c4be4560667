/**
 * The site's icon on a card. Two routes, both giving pixels the canvas may export (never a tainted image):
 * - Chrome: its own favicon cache at `chrome-extension://<id>/_favicon/?pageUrl=…&size=…` (the `favicon`
 *   permission; https://developer.chrome.com/docs/extensions/how-to/ui/favicons). No request reaches the
 *   site. For a page it knows no icon for, Chrome answers with its grey globe, not an error: the studio
 *   asks for a page that cannot have an icon too, and treats the same bytes as "no icon".
 * - Firefox has no `_favicon`: the icon the page declares (`<link rel=icon>`, else `/favicon.ico`), fetched
 *   by the studio with the extension's site access.
 * Pure: the caller fetches and decodes.
 */

/** Asked for alongside the real page: its answer is Chrome's "no icon" picture. `.invalid` never resolves. */
export const FAVICON_PROBE_PAGE = 'https://no-favicon.invalid/';

/** Pixels asked of Chrome's cache: sharp at the size the card draws it (about 40 px, 80 px at 2×). */
export const FAVICON_FETCH_SIZE = 64;

/** `chrome-extension://<id>/_favicon/?pageUrl=<page>&size=<size>` for an extension origin. */
export function faviconCacheUrl(extensionOrigin: string, pageUrl: string, size = FAVICON_FETCH_SIZE): string {
  const url = new URL('/_favicon/', extensionOrigin);
  url.searchParams.set('pageUrl', pageUrl);
  url.searchParams.set('size', String(size));
  return url.href;
}

export interface IconLink {
  readonly rel: string;
  readonly href: string;
  readonly type?: string | null;
  readonly sizes?: string | null;
}

/** The largest side in a `sizes` attribute ("16x16 32x32"), 0 when missing, `any` counts as large. */
function largestSize(sizes: string | null | undefined): number {
  let largest = 0;
  for (const token of (sizes ?? '').toLowerCase().split(/\s+/)) {
    if (token === 'any') largest = Math.max(largest, 512);
    const match = /^(\d+)x(\d+)$/.exec(token);
    if (match) largest = Math.max(largest, Number(match[1]), Number(match[2]));
  }
  return largest;
}

function isSvg(link: IconLink, url: URL): boolean {
  return /svg/i.test(link.type ?? '') || /\.svgz?$/i.test(url.pathname);
}

/**
 * The icon a page declares, as an absolute http(s) URL: among `<link rel~=icon>` the largest bitmap
 * (SVG is left out: `createImageBitmap` cannot decode it from a blob), else the site's `/favicon.ico`,
 * where browsers look when a page declares none. Null for a page that is not http(s).
 */
export function declaredFavicon(links: readonly IconLink[], pageUrl: string): string | null {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
  let best: { url: string; size: number } | null = null;
  for (const link of links) {
    if (!link.rel.toLowerCase().split(/\s+/).includes('icon')) continue;
    let url: URL;
    try {
      url = new URL(link.href.trim(), page);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || isSvg(link, url)) continue;
    const size = largestSize(link.sizes);
    if (!best || size > best.size) best = { url: url.href, size };
  }
  return best?.url ?? new URL('/favicon.ico', page).href;
}

/** Byte-for-byte equality, to recognise Chrome's "no icon" picture. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
