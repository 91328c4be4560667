/** Links without tracking: what Pullquote shares is the article, not the ad campaign that led to it. */

/**
 * Query parameters that only identify a click, a campaign or a mailing, never the page. Exact names
 * (compared case-insensitively) plus every `utm_*`, Matomo's `mtm_*` and Piwik's `pk_*`. Deliberately absent, because sites use them for content:
 * `ref` (GitHub branches, docs versions), `s` (WordPress search), `source`, `id`, `si` (YouTube share ids,
 * but other sites' own parameter), `t` (video timestamps).
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad click ids: Meta, Google (web, iOS, app), DoubleClick, Microsoft, Yandex, X, TikTok, LinkedIn, Instagram.
  'fbclid',
  'gclid',
  'gclsrc',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  // Google Search result links (added to shopping and article results), Klaviyo mailings.
  'srsltid',
  '_kx',
  // Google Analytics cross-domain linker.
  '_ga',
  '_gl',
  // Mailchimp, HubSpot, Marketo, Vero and other mailing tools.
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'wickedid',
  'rb_clickid',
  '_openstat',
  // Added by X's embed and share widgets to say where the click came from.
  'ref_src',
  'ref_url',
]);

/** Campaign parameter families: Google Analytics, Matomo and its predecessor Piwik. */
const TRACKING_PREFIXES = ['utm_', 'mtm_', 'pk_'] as const;

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix)) || TRACKING_PARAMS.has(lower);
}

/** `name=value&…` without its tracking pairs (empty pairs dropped too), or null when nothing is left. */
function withoutTrackingPairs(query: string): string | null {
  const kept = query.split('&').filter((pair) => pair !== '' && !isTrackingParam(decodedName(pair)));
  return kept.length > 0 ? kept.join('&') : null;
}

/**
 * A fragment without tracking pairs: campaign tools also put them after the `#` (`#utm_source=x`), as pairs
 * or after an anchor or route (`#section?utm_source=x`, `#/article?utm_medium=y`). A fragment without `=`
 * (`#utm`, `#section`) is an anchor and stays; so does one with directives (`:~:`).
 */
function withoutFragmentTracking(fragment: string): string {
  if (!fragment.includes('=') || fragment.includes(':~:')) return fragment;
  const question = fragment.indexOf('?');
  if (question >= 0) {
    const kept = withoutTrackingPairs(fragment.slice(question + 1));
    return kept === null ? fragment.slice(0, question) : `${fragment.slice(0, question)}?${kept}`;
  }
  if (!fragment.split('&').every((pair) => pair === '' || pair.includes('='))) return fragment;
  return withoutTrackingPairs(fragment) ?? '';
}

function decodedName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * A fragment without its text directives (`:~:text=…`): one the reader arrived with highlights someone
 * else's quote. Other directives and the fragment proper (`#section`) stay.
 */
export function withoutTextDirectives(fragment: string): string {
  const at = fragment.indexOf(':~:');
  if (at < 0) return fragment;
  const others = fragment
    .slice(at + 3)
    .split('&')
    .filter((directive) => directive !== '' && !directive.startsWith('text='));
  return others.length > 0 ? `${fragment.slice(0, at)}:~:${others.join('&')}` : fragment.slice(0, at);
}

/**
 * `url` without tracking parameters, credentials (`user:pass@` would leak into a public post) or text
 * directives; every other parameter keeps its order and its exact encoding (re-serialising through
 * URLSearchParams would turn `%20` into `+` and break the rare server that cares), and the `#fragment`
 * stays (less any tracking pairs in it). Anything that is not an http(s) URL comes back unchanged.
 */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  const kept = withoutTrackingPairs(parsed.search.slice(1));
  const search = kept !== null ? `?${kept}` : '';
  const fragment = withoutFragmentTracking(withoutTextDirectives(parsed.hash.slice(1)));
  const hash = fragment !== '' ? `#${fragment}` : '';
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${search}${hash}`;
}
