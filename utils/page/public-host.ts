import ipaddr from 'ipaddr.js';

/**
 * Which addresses an automatic fetch may reach (issue 15, finding 6). An imported list, a page's
 * `og:image` or a redirect must never make the extension send a request to this machine, the reader's
 * home or office network, or a cloud's metadata service (169.254.169.254): only public http(s) hosts.
 * The reader can still open any of those pages in a tab.
 */

/**
 * Names that only resolve inside a network: `localhost` (RFC 6761), mDNS `.local` (RFC 6762),
 * `.home.arpa` (RFC 8375), `.internal` (reserved by ICANN for private use) and the suffixes routers and
 * companies use for the same (`.lan`, `.home`, `.corp`, `.intranet`, `.private`).
 */
const LOCAL_NAME_SUFFIXES = [
  'localhost',
  'local',
  'home.arpa',
  'internal',
  'lan',
  'home',
  'corp',
  'intranet',
  'private',
] as const;

function isLocalName(host: string): boolean {
  // A name without a dot is looked up in the local network's search domains (`http://router/`).
  if (!host.includes('.')) return true;
  return LOCAL_NAME_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/**
 * Whether an IP address is a public one: not loopback, private (RFC 1918, IPv6 unique local), link-local,
 * carrier-grade NAT, multicast, broadcast, unspecified, reserved, nor an IPv6 form that embeds an IPv4
 * address (mapped, NAT64, 6to4, Teredo) — anything ipaddr.js does not call plain `unicast`.
 */
function isPublicIp(host: string): boolean {
  const address = ipaddr.parse(host);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address().range() === 'unicast';
  }
  return address.range() === 'unicast';
}

/**
 * Whether a fetch of `url` may be made without the reader asking for that very page: an http(s) URL whose
 * host is a public name or a public IP address. The host is the one `URL` normalizes to (so
 * `http://2130706433/` and `http://0x7f.1/` are 127.0.0.1). A public name may still resolve to a private
 * address (DNS rebinding): the browser's own protections apply there, this check is about the address.
 */
export function isPublicHttpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return false;
  if (host.startsWith('[') && host.endsWith(']')) {
    const inner = host.slice(1, -1);
    return ipaddr.IPv6.isValid(inner) && isPublicIp(inner);
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(host)) return isPublicIp(host);
  return !isLocalName(host);
}

// The same rules as RE2 regular expressions for `declarativeNetRequest`, which the browser applies to
// every request the extension makes, redirects included (fetch cannot see where a redirect goes:
// `redirect: 'manual'` hides the Location header). Chrome matches them against the normalized URL.
const OCTET = '[0-9]{1,3}';
const HOST_START = '^https?://(?:[^/?#@]*@)?';
const HOST_END = '\\.?(?::[0-9]*)?(?:[/?#]|$)';

/** The host patterns of local-network addresses, one rule each (kept small for the browser's regex limits). */
const LOCAL_NETWORK_HOST_PATTERNS: readonly string[] = [
  // 0/8 unspecified, 10/8 private, 127/8 loopback.
  `(?:0|10|127)\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  // 169.254/16 link-local (cloud metadata), 192.168/16 private.
  `(?:169\\.254|192\\.168)\\.${OCTET}\\.${OCTET}`,
  // Reserved, documentation and anycast /24s: 192.0.0, 192.0.2, 192.88.99, 192.175.48, 192.31.196,
  // 192.52.193, 198.51.100, 203.0.113.
  `(?:192\\.0\\.[02]|192\\.88\\.99|192\\.175\\.48|192\\.31\\.196|192\\.52\\.193|198\\.51\\.100|203\\.0\\.113)\\.${OCTET}`,
  // 172.16/12 private.
  `172\\.(?:1[6-9]|2[0-9]|3[01])\\.${OCTET}\\.${OCTET}`,
  // 100.64/10 carrier-grade NAT, 198.18/15 benchmarking.
  `(?:100\\.(?:6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])|198\\.1[89])\\.${OCTET}\\.${OCTET}`,
  // 224/4 multicast, 240/4 reserved, 255.255.255.255.
  `(?:22[4-9]|2[3-5][0-9])\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  // IPv6: unspecified, loopback, unique local fc00::/7, link-local fe80::/10, site-local fec0::/10,
  // multicast ff00::/8, IPv4-mapped, NAT64.
  '\\[(?:::1?|f[c-d][0-9a-f]{0,2}:[^\\]]*|fe[89a-f][0-9a-f]:[^\\]]*|ff[0-9a-f]{0,2}:[^\\]]*|::ffff:[^\\]]*|64:ff9b:[^\\]]*)\\]',
  // Names without a dot, and the local-only suffixes.
  '[^./?#@:\\[\\]]+',
  `(?:[^/?#@:]*\\.)?(?:${LOCAL_NAME_SUFFIXES.map((suffix) => suffix.replace('.', '\\.')).join('|')})`,
];

/** Each pattern as a whole-URL regex (`regexFilter`). */
export const LOCAL_NETWORK_URL_REGEXES: readonly string[] = LOCAL_NETWORK_HOST_PATTERNS.map(
  (host) => `${HOST_START}${host}${HOST_END}`,
);
