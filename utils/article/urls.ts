/**
 * URL handling for extraction: which URL a document has, what relative links resolve against, and making the
 * article HTML self-contained (absolute links, lazy images promoted to real sources).
 *
 * Readability's `_fixRelativeUris` resolves against `document.baseURI`, which linkedom gets wrong: it returns
 * the raw `<base href>` (e.g. "/sub/"), and on a cloned document falls back to the global `location` (none in
 * Node, the test runner's page under happy-dom). So we compute the base ourselves, pin it on the clone, and
 * check the result.
 */

import { forEachElement } from './dom';

/** `new URL(raw, base).href`, or null when `raw` is empty or cannot be resolved. Never throws. */
export function resolveUrl(raw: string | null | undefined, base: string | null): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  if (value === '') return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL, or null: what we accept as a page or canonical URL. */
export function httpUrl(raw: string | null | undefined, base: string | null): string | null {
  const resolved = resolveUrl(raw, base);
  return resolved !== null && /^https?:/i.test(resolved) ? resolved : null;
}

/**
 * The document's own URL, when it is a page's (http, https, file). Browsers and happy-dom expose
 * `document.URL`; linkedom only has `defaultView.location` (when parsed with `{location}`). A document built
 * by DOMParser carries its parser's URL instead — `about:blank`, or the extension page's own
 * `chrome-extension://` URL — which says nothing about the article.
 */
export function documentUrl(doc: Document): string | null {
  const candidates: unknown[] = [doc.URL, doc.documentURI];
  try {
    candidates.push(doc.defaultView?.location?.href);
  } catch {
    // A detached or sandboxed view can throw on `location`: treat as unknown.
  }
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const url = resolveUrl(candidate, null);
    if (url !== null && /^(?:https?|file):/i.test(url)) return url;
  }
  return null;
}

/**
 * Rewrites every URL of a `srcset` against `base`. Follows the HTML parsing rules closely enough for real pages:
 * a candidate URL is a run of non-space characters (it may contain commas, as CDN URLs like
 * `.../w_300,h_200/x.jpg` do), and its descriptors run to the next comma.
 */
export function absolutizeSrcset(srcset: string, base: string | null): string {
  const out: string[] = [];
  const length = srcset.length;
  let i = 0;
  while (i < length) {
    while (i < length && /[\s,]/.test(srcset.charAt(i))) i++;
    if (i >= length) break;
    const urlStart = i;
    while (i < length && !/\s/.test(srcset.charAt(i))) i++;
    let url = srcset.slice(urlStart, i);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descStart = i;
      let depth = 0;
      while (i < length) {
        const ch = srcset.charAt(i);
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
        else if (ch === ',' && depth === 0) break;
        i++;
      }
      descriptors = srcset.slice(descStart, i).trim().replace(/\s+/g, ' ');
      i++; // past the comma
    }
    if (url === '') continue;
    const absolute = resolveUrl(url, base) ?? url;
    out.push(descriptors === '' ? absolute : `${absolute} ${descriptors}`);
  }
  return out.join(', ');
}

/** Attributes lazy-loading scripts keep the real image in until the image scrolls into view. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

/** File names lazy loaders use for the stand-in image (blank.gif, spacer.gif, placeholder.png, ...). */
const PLACEHOLDER_FILE =
  /(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|transparent|lazy|loading|loader|grey|gray|empty|1x1)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#].*)?$/i;

function isPlaceholderSource(value: string | null, element: Element): boolean {
  if (value === null) return true;
  const src = value.trim();
  if (src === '' || src === '#' || /^about:blank$/i.test(src)) return true;
  // A `data:` URI next to a lazy attribute is the stand-in (a 1x1 gif, a blurred thumbnail), never the photo.
  if (/^data:/i.test(src)) return true;
  if (element.getAttribute('width') === '1' && element.getAttribute('height') === '1') return true;
  return PLACEHOLDER_FILE.test(src);
}

function firstAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Copies lazy-loaded sources (`data-src`, `data-srcset`, `data-lazy-src`, ...) of an `<img>` or `<source>` into
 * `src`/`srcset` when those are missing or hold a placeholder. Runs on our clone before Readability, so
 * Readability scores and keeps the real images (it drops or misjudges some placeholder-only images otherwise).
 */
export function promoteLazySource(element: Element): void {
  const lazySrc = firstAttribute(element, LAZY_SRC_ATTRIBUTES);
  const lazySrcset = firstAttribute(element, LAZY_SRCSET_ATTRIBUTES);
  if (lazySrc === null && lazySrcset === null) return;
  const isSource = element.tagName.toUpperCase() === 'SOURCE';
  const srcIsPlaceholder = !isSource && isPlaceholderSource(element.getAttribute('src'), element);
  if (lazySrc !== null && srcIsPlaceholder) element.setAttribute('src', lazySrc);
  if (lazySrcset !== null && isPlaceholderSource(element.getAttribute('srcset'), element)) {
    element.setAttribute('srcset', lazySrcset);
  } else if (isSource && lazySrc !== null && !element.hasAttribute('srcset')) {
    // <source data-src> inside <picture>: `srcset` is the attribute that matters on a <source>.
    element.setAttribute('srcset', lazySrc);
  }
  if (lazySrc === null && lazySrcset !== null && srcIsPlaceholder) {
    // Only a lazy srcset: give the image a plain src too (its first candidate), for consumers that read src.
    const first = lazySrcset.split(/\s+/)[0]?.replace(/,+$/, '');
    if (first) element.setAttribute('src', first);
  }
}

const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'FIGURE', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK']);

/**
 * Pins the base URL we computed on the clone, for Readability's `_fixRelativeUris`. `documentURI` gets the
 * same value on purpose: Readability leaves `#fragment` links relative only when `baseURI == documentURI`
 * (`finishContentHtml` resolves them itself when a `<base>` points elsewhere). Both are read-only accessors on
 * the prototype; an own property on our clone (never the caller's document) shadows them.
 */
export function pinDocumentUrls(clone: Document, base: string | null): void {
  if (base === null) return;
  try {
    Object.defineProperty(clone, 'baseURI', { value: base, configurable: true });
    Object.defineProperty(clone, 'documentURI', { value: base, configurable: true });
  } catch {
    // An engine that refuses: Readability then uses the engine's own values, right in browsers.
  }
}

/**
 * Last touches on Readability's content element, in one walk:
 * - URLs made absolute against `base` (`a[href]`, media `src`/`poster`/`srcset`). Readability already did it
 *   against the base we pinned; this pass makes sure of it where an engine refused the pin (resolving an
 *   absolute URL again changes nothing). In-page `#fragment` links stay relative, as Readability leaves them,
 *   so footnote links keep working wherever the HTML is rendered — unless a `<base>` sends them elsewhere.
 * - class attributes removed except `page`: what Readability's `_cleanClasses` does (we asked it to keep
 *   classes, because the text pass reads caption/credit/share classes).
 */
export function finishContentHtml(root: Element, base: string | null, pageUrl: string | null): void {
  const samePage =
    base === null || pageUrl === null || base.replace(/#.*$/, '') === pageUrl.replace(/#.*$/, '');
  forEachElement(root, (element) => {
    const className = element.getAttribute('class');
    if (className !== null) {
      if (/(?:^|\s)page(?:\s|$)/.test(className)) element.setAttribute('class', 'page');
      else element.removeAttribute('class');
    }
    if (base === null) return;
    const tag = element.tagName.toUpperCase();
    if (tag === 'A') {
      const href = element.getAttribute('href')?.trim();
      if (href === undefined || href === '' || (samePage && href.startsWith('#'))) return;
      const absolute = resolveUrl(href, base);
      if (absolute !== null && absolute !== href) element.setAttribute('href', absolute);
      return;
    }
    if (!MEDIA_TAGS.has(tag)) return;
    for (const name of ['src', 'poster']) {
      const value = element.getAttribute(name);
      if (value === null || /^\s*data:/i.test(value)) continue;
      const absolute = resolveUrl(value, base);
      if (absolute !== null && absolute !== value) element.setAttribute(name, absolute);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null && srcset.trim() !== '' && !/^\s*data:/i.test(srcset)) {
      element.setAttribute('srcset', absolutizeSrcset(srcset, base));
    }
  });
}
