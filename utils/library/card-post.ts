import type { LibraryCardPost } from './types';

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isWebUrl = (value: unknown): value is string =>
  isText(value, 4096) && /^https?:\/\//i.test(value) && URL.canParse(value);

/**
 * Where a card was posted, checked field by field wherever it enters (a page's message, an imported
 * file), as a fresh object with only the known fields; null when it is not one.
 */
export function checkedCardPost(value: unknown): LibraryCardPost | null {
  if (typeof value !== 'object' || value === null) return null;
  const post = value as Record<string, unknown>;
  if (post.network !== 'bluesky' || !isText(post.uri, 2048) || !post.uri.startsWith('at://')) return null;
  if (!isWebUrl(post.url) || (post.pdsUrl !== undefined && !isWebUrl(post.pdsUrl))) return null;
  return {
    network: 'bluesky',
    uri: post.uri,
    url: post.url,
    ...(post.pdsUrl === undefined ? {} : { pdsUrl: post.pdsUrl }),
  };
}
