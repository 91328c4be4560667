import { isRecord } from '../is-record';
import type { LibraryChange } from './db';

/** The one channel every extension context posts the library's committed writes on. */
export const LIBRARY_FEED_CHANNEL = 'pullquote-library-changes';

/**
 * What one committed write did, as the feed carries it: the ids it wrote and the ids it removed, or `all`
 * when it touched too much to list (clear, an import that replaces everything, a large batch).
 */
export type FeedMessage = { kind: 'items'; written: string[]; removed: string[] } | { kind: 'all' };

/** More ids than this in one write, and the feed says `all` (a reader re-reads everything anyway). */
export const FEED_MAX_IDS = 500;
/** An id is a URL; a longer one is not ours (the write is then posted as `all`, never lost). */
export const FEED_MAX_ID_CHARS = 8192;

const ITEM_KEYS = new Set(['kind', 'written', 'removed']);

function isIdList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= FEED_MAX_IDS &&
    value.every((id) => typeof id === 'string' && id !== '' && id.length <= FEED_MAX_ID_CHARS)
  );
}

/**
 * A message from the channel, checked field by field (it comes from another context): `{ kind: 'all' }`
 * exactly, or `{ kind: 'items', written, removed }` with at most `FEED_MAX_IDS` ids in all, each a non-empty
 * string of at most `FEED_MAX_ID_CHARS`. Null for anything else.
 */
export function parseFeedMessage(raw: unknown): FeedMessage | null {
  if (!isRecord(raw)) return null;
  const keys = Object.keys(raw);
  if (raw.kind === 'all') return keys.length === 1 ? { kind: 'all' } : null;
  if (raw.kind !== 'items' || keys.length !== 3 || !keys.every((key) => ITEM_KEYS.has(key))) return null;
  const { written, removed } = raw;
  if (!isIdList(written) || !isIdList(removed)) return null;
  if (written.length + removed.length > FEED_MAX_IDS) return null;
  return { kind: 'items', written: [...written], removed: [...removed] };
}

/** The message for a committed write; null when it wrote nothing (a `putIfPresent` of a deleted item). */
export function feedMessageFor(change: LibraryChange): FeedMessage | null {
  if (change.all) return { kind: 'all' };
  const written = [...new Set(change.written)];
  const removed = [...new Set(change.removed)];
  if (written.length === 0 && removed.length === 0) return null;
  const message: FeedMessage = { kind: 'items', written, removed };
  // Whatever the validator would refuse goes out as `all`: a listener then re-reads everything.
  return parseFeedMessage(message) ? message : { kind: 'all' };
}

export type FeedListener = (message: FeedMessage) => void;

/** One context's end of the feed: posts its own writes, hears every other context's. */
export interface ChangeFeed {
  post(change: LibraryChange): void;
  /** Calls `listener` with each valid message from another context; returns the unsubscribe. */
  subscribe(listener: FeedListener): () => void;
  close(): void;
}

/**
 * A feed over one `BroadcastChannel`. A channel object never hears its own posts, so a context that posts
 * and listens through the same feed hears only the others' writes (its own it has already applied). Where
 * there is no `BroadcastChannel`, posting and listening do nothing.
 */
export function createChangeFeed(name: string = LIBRARY_FEED_CHANNEL): ChangeFeed {
  let channel: BroadcastChannel | null = null;
  const open = (): BroadcastChannel | null => {
    if (channel === null && typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(name);
      // Node's channel would keep a test process alive; browsers have no `unref`.
      (channel as BroadcastChannel & { unref?: () => void }).unref?.();
    }
    return channel;
  };
  return {
    post(change) {
      const message = feedMessageFor(change);
      if (message === null) return;
      try {
        open()?.postMessage(message);
      } catch {
        // The write has landed; a listener that missed it re-reads on its next event.
      }
    },
    subscribe(listener) {
      const target = open();
      if (target === null) return () => {};
      const onMessage = (event: MessageEvent) => {
        const message = parseFeedMessage(event.data);
        if (message !== null) listener(message);
      };
      target.addEventListener('message', onMessage);
      return () => target.removeEventListener('message', onMessage);
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}

let contextFeed: ChangeFeed | null = null;

/** This context's feed (one per page or worker): the library posts on it, the pages listen on it. */
export function libraryFeed(): ChangeFeed {
  contextFeed ??= createChangeFeed();
  return contextFeed;
}
