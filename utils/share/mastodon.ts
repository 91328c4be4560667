/** The user's Mastodon instance, from whatever they typed: a domain, a URL or their handle. */

/** A DNS label as it stands after the URL parser (lowercase, IDN already punycode "xn--…"). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The instance's hostname for `https://{host}/share`, or null when `input` is not one:
 * "mastodon.social", "https://mastodon.social/", "@user@fosstodon.org" or "user@fosstodon.org" (the part
 * after the last @). Internationalised names come back as punycode, via the URL parser.
 *
 * Rejected: other schemes (javascript:, ftp:), credentials, paths, queries, fragments and ports (an instance
 * serves its share page at the root of a plain https origin; anything else is a typo or a trick), IP
 * addresses, `localhost` and other single-label names (federation needs a domain name).
 */
export function normalizeMastodonInstance(input: string): string | null {
  let text = input.trim();
  if (text === '') return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  // In a URL, an @ can only introduce credentials (even empty ones, "https://@host"): refuse them all.
  if (hasScheme && text.includes('@')) return null;
  if (!hasScheme) {
    const handle = /^@?[^\s@/:]+@([^\s@/:]+)$/.exec(text);
    if (handle?.[1] !== undefined) text = handle[1];
    if (text.includes('@')) return null;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return null;
  // "https://example.com?" and "…#" parse to an empty search/hash: the raw text must not carry them either.
  if (/[?#]/.test(text)) return null;
  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[') || /^[0-9.]+$/.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || host.length > 253) return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return null;
  return host;
}

/** Thrown by `buildShareUrl('mastodon', …)` when the instance is missing or invalid. */
export class MastodonInstanceError extends Error {
  constructor(input: string | undefined) {
    super(
      input === undefined || input.trim() === ''
        ? 'Sharing to Mastodon needs the instance (for example "mastodon.social").'
        : `"${input}" is not a Mastodon instance: give a domain such as "mastodon.social" or a handle such as "@you@mastodon.social".`,
    );
    this.name = 'MastodonInstanceError';
  }
}
