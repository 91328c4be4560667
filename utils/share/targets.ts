/**
 * The share targets, apart from their limits: settings and storage need the list without pulling in
 * twitter-text (limits.ts), which belongs in the lazily loaded composer, not in the background or the
 * popup's first chunk.
 */
export type ShareTarget =
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'threads'
  | 'linkedin'
  | 'facebook'
  | 'reddit'
  | 'hackernews'
  | 'telegram'
  | 'whatsapp'
  | 'email';

/** Display order. */
export const SHARE_TARGETS: readonly ShareTarget[] = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'reddit',
  'hackernews',
  'telegram',
  'whatsapp',
  'email',
];

export function isShareTarget(value: string): value is ShareTarget {
  return (SHARE_TARGETS as readonly string[]).includes(value);
}
