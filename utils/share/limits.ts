/** The networks Pullquote shares to, their limits, and how each one counts a post. */
import twitter from 'twitter-text';
import { codePointCount, graphemeCount } from './fit-text';
import type { ShareTarget } from './targets';

// twitter-text's ESM build (what Vite bundles) has only a default export, and its CommonJS build (what
// vitest loads from node_modules) is `module.exports = {...}`: a default import is the one form both accept.
// A named `import { parseTweet }` fails the Vite build ("parseTweet is not exported").

export type { ShareTarget } from './targets';

/**
 * How a network counts toward its limit:
 * - `x-weighted`: twitter-text `parseTweet` (X's own counter): URLs 23, CJK and emoji 2, most else 1.
 * - `graphemes`: user-perceived characters (Bluesky).
 * - `code-points-urls-23`: code points, each http(s) URL 23 (Mastodon).
 * - `utf16`: JavaScript string length, the largest plausible count (Threads does not document its own).
 * - `code-points`: code points (Reddit and Hacker News titles, counted by their servers).
 */
export type CountMethod = 'x-weighted' | 'graphemes' | 'code-points-urls-23' | 'utf16' | 'code-points';

export interface NetworkInfo {
  id: ShareTarget;
  /** Brand name, not translated; the popup localises only the generic "Email". */
  label: string;
  /** Maximum `count` of the composed text, or null when the network sets none worth checking. */
  limit: number | null;
  counting: CountMethod;
  /** What the composed text is: a post, a link title, or nothing (the network takes only a URL). */
  text: 'post' | 'title' | 'none';
  /** Whether the link travels inside the text (`text`) or in its own parameter that the network appends (`param`). */
  link: 'text' | 'param';
}

/** Every URL counts this much on X and on Mastodon, whatever its length. */
export const SHORT_URL_LENGTH = 23;

export const NETWORKS: Readonly<Record<ShareTarget, NetworkInfo>> = {
  x: { id: 'x', label: 'X', limit: 280, counting: 'x-weighted', text: 'post', link: 'param' },
  bluesky: { id: 'bluesky', label: 'Bluesky', limit: 300, counting: 'graphemes', text: 'post', link: 'text' },
  mastodon: {
    id: 'mastodon',
    label: 'Mastodon',
    // The default; an instance may allow more (`/api/v2/instance`), never checked here (no network access).
    limit: 500,
    counting: 'code-points-urls-23',
    text: 'post',
    link: 'text',
  },
  threads: { id: 'threads', label: 'Threads', limit: 500, counting: 'utf16', text: 'post', link: 'param' },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn',
    limit: null,
    counting: 'graphemes',
    text: 'none',
    link: 'param',
  },
  facebook: {
    id: 'facebook',
    label: 'Facebook',
    limit: null,
    counting: 'graphemes',
    text: 'none',
    link: 'param',
  },
  reddit: {
    id: 'reddit',
    label: 'Reddit',
    limit: 300,
    counting: 'code-points',
    text: 'title',
    link: 'param',
  },
  hackernews: {
    id: 'hackernews',
    label: 'Hacker News',
    limit: 80,
    counting: 'code-points',
    text: 'title',
    link: 'param',
  },
  telegram: {
    id: 'telegram',
    label: 'Telegram',
    limit: null,
    counting: 'graphemes',
    text: 'post',
    link: 'param',
  },
  whatsapp: {
    id: 'whatsapp',
    label: 'WhatsApp',
    limit: null,
    counting: 'graphemes',
    text: 'post',
    link: 'text',
  },
  email: { id: 'email', label: 'Email', limit: null, counting: 'graphemes', text: 'post', link: 'text' },
};

/** Display order for the popup. */
export { isShareTarget, SHARE_TARGETS } from './targets';

/**
 * Mastodon's count (StatusLengthValidator): every URL it recognises becomes 23 characters. Its URL pattern
 * descends from twitter-text's, so that finds the same URLs; an http(s) token twitter-text does not
 * recognise (an unknown TLD) still counts at least 23, in case Mastodon does. Code points rather than the
 * server's graphemes: never fewer, so a post that fits here fits there and in the web composer's counter.
 */
function mastodonCount(text: string): number {
  let count = 0;
  let last = 0;
  const countGap = (gap: string): number => {
    let extra = 0;
    for (const token of gap.match(/https?:\/\/\S+/g) ?? []) {
      extra += Math.max(0, SHORT_URL_LENGTH - codePointCount(token));
    }
    return codePointCount(gap) + extra;
  };
  for (const { indices } of twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    const [start, end] = indices;
    count += countGap(text.slice(last, start)) + SHORT_URL_LENGTH;
    last = end;
  }
  return count + countGap(text.slice(last));
}

function countWith(method: CountMethod, text: string): number {
  switch (method) {
    case 'x-weighted':
      return twitter.parseTweet(text).weightedLength;
    case 'graphemes':
      return graphemeCount(text);
    case 'code-points-urls-23':
      return mastodonCount(text);
    case 'utf16':
      return text.length;
    case 'code-points':
      return codePointCount(text);
  }
}

/**
 * How `target` counts `text`: for networks that take a post, the whole post with its link, as the network's
 * composer shows it; for Reddit and Hacker News, the title.
 */
export function countFor(target: ShareTarget, text: string): number {
  return countWith(NETWORKS[target].counting, text);
}
