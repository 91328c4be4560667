import { describe, expect, it } from 'vitest';
import { LibraryError } from '@/utils/library/errors';
import { itemFromArticle, normalizeTags, stubItem } from '@/utils/library/item';
import { makeArticle } from './helpers';

describe('itemFromArticle', () => {
  it('maps an extracted article to a new item', () => {
    const item = itemFromArticle(makeArticle(), 5_000);
    expect(item).toEqual({
      id: 'https://example.com/story',
      url: 'https://www.example.com/story/',
      title: 'The story',
      site: 'Example News',
      byline: 'Ada Writer',
      lang: 'en',
      dir: 'ltr',
      publishedTime: '2024-01-02T03:04:05.000Z',
      excerpt: 'An excerpt.',
      leadImage: 'https://www.example.com/lead.jpg',
      contentHtml: '<p>Hello world.</p>',
      text: 'Hello world.',
      wordCount: 2,
      readingMinutes: 1,
      savedAt: 5_000,
      updatedAt: 5_000,
      tags: [],
      state: 'unread',
      favourite: false,
      progress: 0,
      quotes: [],
      cards: [],
      fetchState: 'ok',
    });
  });

  it('falls back to the host for the site and the URL for an empty title', () => {
    const item = itemFromArticle(makeArticle({ siteName: null, title: '  ' }), 1);
    expect(item.site).toBe('example.com');
    expect(item.title).toBe('https://www.example.com/story/');
  });

  it('re-saving keeps what the reader did and refreshes the content', () => {
    const first = itemFromArticle(makeArticle(), 1_000);
    const read = {
      ...first,
      tags: ['later'],
      state: 'archived' as const,
      favourite: true,
      progress: 0.5,
      quotes: [{ text: 'Hello', createdAt: 1_500 }],
      cards: [{ quote: 'Hello', theme: 'dark', size: 'square', createdAt: 1_600 }],
      fetchState: 'failed' as const,
      fetchError: 'offline',
    };
    const again = itemFromArticle(
      makeArticle({ title: 'The story, updated', text: 'New text.' }),
      9_000,
      read,
    );
    expect(again).toMatchObject({
      savedAt: 1_000,
      updatedAt: 9_000,
      title: 'The story, updated',
      text: 'New text.',
      tags: ['later'],
      state: 'archived',
      favourite: true,
      progress: 0.5,
      quotes: [{ text: 'Hello', createdAt: 1_500 }],
      cards: [{ quote: 'Hello', theme: 'dark', size: 'square', createdAt: 1_600 }],
      fetchState: 'ok',
    });
    expect(again).not.toHaveProperty('fetchError');
    expect(again.tags).not.toBe(read.tags);
  });

  it('refuses a page that is not on the web', () => {
    expect(() => itemFromArticle(makeArticle({ url: 'about:blank' }), 1)).toThrow(LibraryError);
  });
});

describe('stubItem', () => {
  it('is pending without content and ok with it', () => {
    expect(stubItem({ url: 'https://example.com/a' }, 7)?.fetchState).toBe('pending');
    expect(stubItem({ url: 'https://example.com/a', contentHtml: '<p>x</p>' }, 7)?.fetchState).toBe('ok');
  });

  it('uses now, the URL and the host for what the source did not give', () => {
    expect(stubItem({ url: 'https://www.example.com/a/', title: '' }, 7)).toMatchObject({
      id: 'https://example.com/a',
      title: 'https://www.example.com/a/',
      site: 'example.com',
      savedAt: 7,
      updatedAt: 7,
    });
  });

  it('clamps progress and rejects non-web URLs', () => {
    expect(stubItem({ url: 'https://example.com/a', progress: 3 }, 1)?.progress).toBe(1);
    expect(stubItem({ url: 'https://example.com/a', progress: -1 }, 1)?.progress).toBe(0);
    expect(stubItem({ url: 'javascript:void 0' }, 1)).toBeNull();
  });
});

describe('normalizeTags', () => {
  it.each([
    [
      ['a', ' b ', '', 'A', 'b'],
      ['a', 'b'],
    ],
    [[], []],
    [['  '], []],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTags(input)).toEqual(expected);
  });
});
