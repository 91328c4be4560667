import DOMPurify, { type WindowLike } from 'dompurify';

/** How to sanitize: whether remote images may load, and the page URL relative links resolve against. */
export interface SanitizeOptions {
  allowRemoteImages: boolean;
  baseUrl: string;
  /** The window whose DOM does the parsing: the extension page's by default, happy-dom's in tests. */
  window?: WindowLike;
}

// Anything that runs code, loads a page, submits data, restyles the reader or changes how URLs resolve.
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'audio',
  'video',
  'source',
  'track',
  'portal',
  'noscript',
  'template',
  // A dialog shown open over the reader (its text is kept; issue 15, finding 11).
  'dialog',
];
// `style` (CSS expression(), url() beacons), `srcset`/`sizes` (remote images the src check would miss),
// and every attribute that names a URL we do not rewrite below.
const FORBID_ATTR = [
  'style',
  'srcset',
  'sizes',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'background',
  'poster',
  'longdesc',
  'usemap',
  'xlink:href',
  // The page's own class and id could pass for the reader's controls (a `button button--primary`, an id the
  // reader's labels point to): the reader styles articles by element, so none is kept. Popovers open
  // over the reader. Issue 15, finding 11.
  'class',
  'id',
  'name',
  'popover',
  'popovertarget',
  'popovertargetaction',
];
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;

function absolute(raw: string, baseUrl: string): URL | null {
  try {
    return new URL(raw.trim(), baseUrl);
  } catch {
    return null;
  }
}

function fixLinks(root: Element, baseUrl: string): void {
  for (const link of Array.from(root.querySelectorAll('a, area'))) {
    const href = link.getAttribute('href');
    const url = href === null ? null : absolute(href, baseUrl);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:')) {
      link.setAttribute('href', url.href);
      link.setAttribute('rel', 'noopener noreferrer');
      link.setAttribute('target', '_blank');
    } else {
      link.removeAttribute('href');
      link.removeAttribute('target');
    }
  }
  // Quotation sources are links in all but name: same rule.
  for (const cited of Array.from(root.querySelectorAll('[cite]'))) {
    const url = absolute(cited.getAttribute('cite') ?? '', baseUrl);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) cited.setAttribute('cite', url.href);
    else cited.removeAttribute('cite');
  }
}

function fixImages(root: Element, options: SanitizeOptions): void {
  const doc = root.ownerDocument;
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const src = image.getAttribute('src')?.trim() ?? '';
    if (SAFE_DATA_IMAGE.test(src)) continue;
    const url = src === '' ? null : absolute(src, options.baseUrl);
    const remote = url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
    if (remote && options.allowRemoteImages) {
      image.setAttribute('src', url.href);
      continue;
    }
    const alt = image.getAttribute('alt')?.trim() ?? '';
    if (!remote) {
      // javascript:, data:text/html, data:image/svg+xml, blob:, or nothing: there is no image to show.
      if (alt === '') image.remove();
      else image.replaceWith(doc.createTextNode(alt));
      continue;
    }
    // A remote image would tell its server who reads what: show a placeholder the reader can click to load.
    const placeholder = doc.createElement('span');
    placeholder.className = 'pq-image-blocked';
    placeholder.setAttribute('data-src', url.href);
    if (alt !== '') placeholder.textContent = alt;
    image.replaceWith(placeholder);
  }
}

const verified = new WeakMap<object, boolean>();
const MAX_PASSES = 4;

type Purifier = ReturnType<typeof DOMPurify>;
type PurifyConfig = Parameters<Purifier['sanitize']>[1];

/**
 * Sanitizes until the output no longer changes. Markup that changes when sanitized again is how
 * mutation XSS starts; re-sanitizing also covers DOMs whose tree walker skips the node after a removed
 * one (happy-dom). Real browsers settle in one or two passes.
 */
function purifyUntilStable(purify: Purifier, html: string, config: PurifyConfig): string {
  let current = html;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = purify.sanitize(current, { ...config, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false });
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * DOMPurify reports itself supported in DOMs where it silently sanitizes nothing (linkedom; happy-dom,
 * whose `Node.prototype.nodeName` is ''), returning hostile HTML as is. Check once per window that it
 * really strips a script and a handler, and refuse to render otherwise: fail closed.
 */
function workingPurifier(win: WindowLike): Purifier {
  const purify = DOMPurify(win);
  let works = verified.get(win);
  if (works === undefined) {
    works =
      purify.isSupported &&
      purifyUntilStable(purify, '<script>b</script><p onclick="x">a</p>', {}) === '<p>a</p>';
    verified.set(win, works);
  }
  if (!works)
    throw new Error('The HTML sanitizer does not work in this context; refusing to render article HTML.');
  return purify;
}

/**
 * Article HTML made safe to render in an extension page: no script, event handler, frame, plugin, form,
 * style, meta, base or link; no SVG or MathML; no dialog, popover, class or id; links only http(s)/mailto, made absolute against `baseUrl`
 * and opened in a new tab without referrer; images only as safe `data:image/*` or, when
 * `allowRemoteImages`, http(s) (otherwise a `span.pq-image-blocked[data-src]` with the alt text).
 * Throws when DOMPurify does not work in `window` rather than return unsanitized HTML.
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions): string {
  const win = options.window ?? (globalThis.window as unknown as WindowLike);
  const purify = workingPurifier(win);
  const config: PurifyConfig = {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  };
  const body = purify.sanitize(purifyUntilStable(purify, html, config), {
    ...config,
    RETURN_DOM: true,
  }) as HTMLElement;
  fixLinks(body, options.baseUrl);
  fixImages(body, options);
  return body.innerHTML;
}
