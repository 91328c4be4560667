/** Links without tracking: what Pullquote shares is the article, not the ad campaign that led to it. */

/**
 * Query parameters that only identify a click, a campaign or a mailing, never the page. Exact names
 * (compared case-insensitively) plus every `utm_*`. Deliberately absent, because sites use them for content:
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

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
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
 * stays. Anything that is not an http(s) URL comes back unchanged.
 */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodedName(pair)));
  const search = kept.length > 0 ? `?${kept.join('&')}` : '';
  const fragment = withoutTextDirectives(parsed.hash.slice(1));
  const hash = fragment !== '' ? `#${fragment}` : '';
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${search}${hash}`;
}
