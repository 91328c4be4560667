import { isPublicHttpUrl } from '../page/public-host';
import { normalizeQuote } from '../share/compose';
import { textFragmentUrl } from '../share/text-fragment';

/**
 * What the popup hands the studio: one quote and its source, in the studio's URL (`studio.html#<data>`),
 * so a reload keeps it and nothing needs storing. Decoded defensively: a URL can be edited by hand.
 */
export interface StudioData {
  quote: string;
  speaker?: string;
  role?: string;
  title: string;
  siteName?: string;
  url: string;
  dir: 'ltr' | 'rtl';
  lang?: string;
  /** The site's colour (theme-color), when it declares one. */
  accent?: string;
  /** The article's lead image (http or https), for the photo theme. */
  image?: string;
  /** The page the quote was taken from, as the browser shows it (Chrome's favicon cache is keyed on it). */
  pageUrl?: string;
  /** The icon the page declares (http or https), for browsers without a favicon cache (Firefox). */
  favicon?: string;
  /** The deep link to the quote (the article's URL with a text fragment), for posts made from the card. */
  link?: string;
}

const MAX_QUOTE = 5000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeStudioData(data: StudioData): string {
  return toBase64Url(JSON.stringify(data));
}

function optionalString(value: unknown, max = 300): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;
}

/** An http(s) URL, or undefined; a shortened URL would point elsewhere, so an overlong one is dropped. */
function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 4096 && /^https?:\/\//i.test(value) ? value : undefined;
}

/**
 * An http(s) URL on a public host, or undefined: the studio fetches images itself, so a page's `og:image`
 * or icon must not point it at this computer or the local network (issue 15, finding 6).
 */
function publicUrl(value: unknown): string | undefined {
  const url = httpUrl(value);
  return url !== undefined && isPublicHttpUrl(url) ? url : undefined;
}

export function decodeStudioData(encoded: string): StudioData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.quote !== 'string' || typeof value.title !== 'string' || typeof value.url !== 'string')
    return null;
  if (!/^https?:\/\//i.test(value.url)) return null;
  return {
    quote: value.quote.slice(0, MAX_QUOTE),
    speaker: optionalString(value.speaker),
    role: optionalString(value.role),
    title: value.title.slice(0, 500),
    siteName: optionalString(value.siteName),
    url: value.url,
    dir: value.dir === 'rtl' ? 'rtl' : 'ltr',
    lang: optionalString(value.lang, 35),
    accent:
      typeof value.accent === 'string' && /^#[0-9a-f]{6}$/i.test(value.accent) ? value.accent : undefined,
    image: publicUrl(value.image),
    pageUrl: httpUrl(value.pageUrl),
    favicon: publicUrl(value.favicon),
    link: httpUrl(value.link),
  };
}

/** What a saved article keeps that a card can use (utils/library/types.ts `LibraryItem`). */
export interface SavedArticleSource {
  title: string;
  site: string;
  url: string;
  dir: 'ltr' | 'rtl' | null;
  lang: string | null;
  leadImage: string | null;
  text: string | null;
}

/**
 * The studio hand-off for a quote from a saved article (the reader): what the popup sends for a live page,
 * as far as the library keeps it — the lead image for the photo theme and the deep link to the passage
 * included. The saved URL is already the trusted one (the library applied the same-site rule on saving).
 */
export function studioDataFromSaved(item: SavedArticleSource, quote: string): StudioData {
  const text = quote.trim();
  return {
    quote: text,
    title: item.title,
    siteName: item.site || undefined,
    url: item.url,
    dir: item.dir === 'rtl' ? 'rtl' : 'ltr',
    lang: item.lang ?? undefined,
    image: publicUrl(item.leadImage),
    link: textFragmentUrl(item.url, normalizeQuote(text), item.text ?? ''),
  };
}
