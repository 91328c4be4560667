import { isPublicHttpUrl } from '../page/public-host';
import { accentFromPixels } from './accent';
import { FAVICON_PROBE_PAGE, faviconCacheUrl, sameBytes } from './favicon';

/**
 * The studio's image work: fetching the article's photo and the site's icon, and decoding them into
 * bitmaps the card's canvas may export. The world (fetch, the browser, the page's origin) comes in as
 * parameters, like the rest of utils/card.
 */

export type LeadImage =
  | { state: 'none' }
  | { state: 'loaded'; bitmap: ImageBitmap }
  | { state: 'blocked'; origin: string };

export type SiteIcon =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'loaded'; bitmap: ImageBitmap; color: string | null };

export interface ImageWorld {
  fetch: typeof fetch;
  decode: (blob: Blob) => Promise<ImageBitmap>;
}

const defaultWorld = (): ImageWorld => ({
  fetch: (input, init) => fetch(input, init),
  decode: (blob) => createImageBitmap(blob),
});

/**
 * The article's photo as pixels the canvas may export. Fetched by the extension, which may read it when it
 * has host access to the image's site: the article's own site is covered by the activeTab grant; another
 * site (a CDN) needs the reader's permission, asked for in one click.
 */
export async function loadLeadImage(url: string, world: ImageWorld = defaultWorld()): Promise<LeadImage> {
  // Only public http(s) hosts (decodeStudioData already drops others; this is the fetch's own guard).
  if (!isPublicHttpUrl(url)) return { state: 'none' };
  try {
    const response = await world.fetch(url, { credentials: 'omit' });
    // Firefox follows a redirect from an extension tab before anything can stop it: not used if it led home.
    if (!response.ok || !isPublicHttpUrl(response.url || url)) return { state: 'none' };
    return { state: 'loaded', bitmap: await world.decode(await response.blob()) };
  } catch {
    return { state: 'blocked', origin: new URL(url).origin };
  }
}

async function fetchBytes(world: ImageWorld, url: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (url.startsWith('http') && !isPublicHttpUrl(url)) return null;
  const response = await world.fetch(url, { credentials: 'omit' });
  if (!response.ok || (response.url.startsWith('http') && !isPublicHttpUrl(response.url))) return null;
  return new Uint8Array(await response.arrayBuffer());
}

/** The icon's colour: its pixels read back from a small canvas (the bitmap is the extension's own data). */
function iconColor(bitmap: ImageBitmap): string | null {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(bitmap, 0, 0);
  return accentFromPixels(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
}

/** Where the site's icon comes from in this browser. */
export interface IconSource {
  /** Firefox: the icon the page declares. Chrome: its favicon cache, at the extension's `origin`. */
  firefox: boolean;
  origin: string;
}

/**
 * The site's icon as a bitmap the canvas may export (see favicon.ts). Chrome: its favicon cache, with
 * Chrome's "no icon" globe recognised by comparing with a page that has none. Firefox: the icon the page
 * declares, fetched with the extension's site access. Anything missing, broken or undecodable (SVG, HTML
 * error pages) means no icon: the card leaves the space out.
 */
export async function loadSiteIcon(
  pageUrl: string,
  declared: string | undefined,
  source: IconSource,
  world: ImageWorld = defaultWorld(),
): Promise<SiteIcon> {
  try {
    let bytes: Uint8Array<ArrayBuffer> | null = null;
    if (source.firefox) {
      if (declared) bytes = await fetchBytes(world, declared);
    } else {
      const [page, none] = await Promise.all([
        fetchBytes(world, faviconCacheUrl(source.origin, pageUrl)),
        fetchBytes(world, faviconCacheUrl(source.origin, FAVICON_PROBE_PAGE)),
      ]);
      if (page && !(none && sameBytes(page, none))) bytes = page;
    }
    if (!bytes) return { state: 'none' };
    const bitmap = await world.decode(new Blob([bytes]));
    return { state: 'loaded', bitmap, color: iconColor(bitmap) };
  } catch {
    return { state: 'none' };
  }
}
