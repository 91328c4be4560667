import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isPostedCard, keepPostWithArticle } from '@/utils/bluesky/library';
import { type Library, openLibrary } from '@/utils/library/db';
import type { LibraryCard } from '@/utils/library/types';
import { parseMessage } from '@/utils/messages';
import { makeItem } from '../library/helpers';

const CARD: LibraryCard = {
  quote: 'There is little ground for optimism.',
  theme: 'dark',
  size: 'portrait',
  createdAt: 1_700_000_100_000,
  post: {
    network: 'bluesky',
    uri: 'at://did:plc:abc/app.bsky.feed.post/3kabc',
    url: 'https://bsky.app/profile/alice.test/post/3kabc',
    pdsUrl: 'http://localhost:2583/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Aabc',
  },
};

const opened: Library[] = [];
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
});

describe('keepPostWithArticle', () => {
  async function library() {
    const db = await openLibrary('bluesky-keep-test', new IDBFactory());
    opened.push(db);
    await db.put(makeItem({ url: 'https://news.example.test/story', fetchState: 'ok' }));
    const lookup = async (url: string) => ({
      id: url.startsWith('https://news.example.test/story') ? 'https://news.example.test/story' : null,
    });
    return { db, lookup };
  }

  it('adds the posted card to the saved article, once per post, leaving updatedAt (sync order) alone', async () => {
    const { db, lookup } = await library();
    expect(await keepPostWithArticle(db, lookup, 'https://news.example.test/story#:~:text=x', CARD)).toBe(
      true,
    );
    expect(await keepPostWithArticle(db, lookup, 'https://news.example.test/story', CARD)).toBe(true);
    const item = await db.get('https://news.example.test/story');
    expect(item?.cards).toEqual([CARD]);
    expect(item?.updatedAt).toBe(1_700_000_000_000);
  });

  it('keeps nothing for an article that is not in the library', async () => {
    const { db, lookup } = await library();
    expect(await keepPostWithArticle(db, lookup, 'https://elsewhere.example/', CARD)).toBe(false);
    expect((await db.all()).flatMap((item) => item.cards)).toEqual([]);
  });
});

describe('the libraryKeepPost message is checked where it enters the background', () => {
  const message = (card: unknown, url: unknown = 'https://news.example.test/story') => ({
    channel: 'pagesToBackground',
    type: 'libraryKeepPost',
    payload: { url, card },
  });

  it('accepts a posted card', () => {
    expect(parseMessage(message(CARD))).toEqual(message(CARD));
  });

  it.each([
    ['no post', { ...CARD, post: undefined }],
    ['another network', { ...CARD, post: { ...CARD.post, network: 'x' } }],
    ['a post URL that is not http(s)', { ...CARD, post: { ...CARD.post, url: 'javascript:alert(1)' } }],
    ['a record URI that is not at://', { ...CARD, post: { ...CARD.post, uri: 'https://x' } }],
    ['a createdAt that is not a time', { ...CARD, createdAt: Number.NaN }],
    ['a huge quote', { ...CARD, quote: 'x'.repeat(6000) }],
  ])('refuses %s', (_name, card) => {
    expect(parseMessage(message(card))).toBeNull();
  });

  it('property: any value is refused or is a card with a post on Bluesky', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (card, url) => {
        const parsed = parseMessage(message(card, url));
        if (parsed) expect(isPostedCard((parsed.payload as { card: unknown }).card)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.record({ uri: fc.string(), url: fc.webUrl(), quote: fc.string() }),
        ({ uri, url, quote }) => {
          const card = { ...CARD, quote, post: { ...CARD.post, uri, url } };
          expect(parseMessage(message(card)) !== null).toBe(uri.startsWith('at://') && uri.length <= 2048);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
