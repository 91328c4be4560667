import { describe, expect, it, vi } from 'vitest';
import {
  exportFileName,
  facetCounts,
  type ListView,
  minutesToRead,
  quickMatch,
  selectRows,
  toListRow,
} from '@/utils/library/list';
import { SearchKeeper } from '@/utils/library/search-keeper';
import { scrollProgress, scrollTopForProgress } from '@/utils/reading/scroll-progress';
import { throttle } from '@/utils/scheduling/throttle';
import { makeItem } from '../library/helpers';

const items = [
  makeItem({
    url: 'https://a.example/1',
    title: 'Banana bread',
    site: 'a.example',
    savedAt: 3,
    tags: ['food'],
  }),
  makeItem({
    url: 'https://b.example/2',
    title: 'apple pie',
    site: 'b.example',
    savedAt: 1,
    state: 'archived',
  }),
  makeItem({
    url: 'https://a.example/3',
    title: 'Cherry',
    site: 'a.example',
    savedAt: 2,
    favourite: true,
    tags: ['food', 'x'],
  }),
];
const rows = items.map(toListRow);
const view: ListView = { state: 'all', tag: '', site: '', sort: 'newest', ranked: null };
const titles = (list: { title: string }[]) => list.map((row) => row.title);

describe('selectRows', () => {
  it.each<[string, Partial<ListView>, string[]]>([
    ['newest first', {}, ['Banana bread', 'Cherry', 'apple pie']],
    ['oldest first', { sort: 'oldest' }, ['apple pie', 'Cherry', 'Banana bread']],
    ['title, case-insensitive', { sort: 'title' }, ['apple pie', 'Banana bread', 'Cherry']],
    ['site, then newest', { sort: 'site' }, ['Banana bread', 'Cherry', 'apple pie']],
    ['unread', { state: 'unread' }, ['Banana bread', 'Cherry']],
    ['archived', { state: 'archived' }, ['apple pie']],
    ['favourites', { state: 'favourites' }, ['Cherry']],
    ['tag', { tag: 'x' }, ['Cherry']],
    ['site', { site: 'b.example' }, ['apple pie']],
    [
      'search rank order wins over sort',
      { ranked: [items[1]?.id ?? '', items[2]?.id ?? ''] },
      ['apple pie', 'Cherry'],
    ],
    [
      'search results are filtered too',
      { ranked: [items[1]?.id ?? '', items[2]?.id ?? ''], state: 'unread' },
      ['Cherry'],
    ],
    ['ranked ids not in the list are skipped', { ranked: ['gone', items[0]?.id ?? ''] }, ['Banana bread']],
  ])('%s', (_name, patch, expected) => {
    expect(titles(selectRows(rows, { ...view, ...patch }))).toEqual(expected);
  });

  it('list rows carry no content', () => {
    const row = toListRow(makeItem({ url: 'https://x.example/', contentHtml: '<p>big</p>', text: 'big' }));
    expect('contentHtml' in row).toBe(false);
    expect('text' in row).toBe(false);
  });
});

describe('small helpers', () => {
  it('counts facets, most common first', () => {
    expect(facetCounts(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([
      { value: 'b', count: 3 },
      { value: 'a', count: 2 },
      { value: 'c', count: 1 },
    ]);
  });

  it.each([
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
    [50, 1],
    [230, 1],
    [1150, 5],
  ])('an item saved before its minutes were kept, %i words: %i min', (words, minutes) => {
    expect(minutesToRead({ wordCount: words })).toBe(minutes);
  });

  it('shows the minutes extraction counted when the item has them', () => {
    expect(minutesToRead({ wordCount: 100, readingMinutes: 7 })).toBe(7);
  });

  it('shows a Japanese article as long as the popup does (CJK timed by characters)', async () => {
    const { extractArticle } = await import('@/utils/article');
    const { itemFromArticle } = await import('@/utils/library/item');
    const { parseWith } = await import('../article/parse');
    const sentence = '今日は公園を散歩しました。天気がとても良かったです。';
    const body = Array.from({ length: 40 }, () => `<p>${sentence.repeat(5)}</p>`).join('');
    const html = `<html lang="ja"><head><title>散歩</title></head><body><article><h1>散歩</h1>${body}</article></body></html>`;
    const url = 'https://news.example.jp/walk';
    const article = extractArticle(parseWith('linkedom', html, url), { url });
    expect(article).not.toBeNull();
    if (!article) return;
    // 24 kana and kanji a sentence, 200 sentences, at 500 characters a minute: 10 minutes. Timing the
    // segmenter's words at 230 a minute, as the library once did, gives another figure (13).
    const characters = sentence.replace(/。/g, '').length * 200;
    expect(article.readingMinutes).toBe(Math.round(characters / 500));
    expect(Math.round(article.wordCount / 230)).not.toBe(article.readingMinutes);
    const row = toListRow(itemFromArticle(article, 1_700_000_000_000));
    expect(minutesToRead(row)).toBe(article.readingMinutes);
  });

  it('quick-matches title, site and byline, not text', () => {
    expect(quickMatch(rows, 'BREAD')).toEqual([items[0]?.id]);
    expect(quickMatch(rows, 'b.exam')).toEqual([items[1]?.id]);
    expect(quickMatch(rows, '  ')).toEqual([]);
  });

  it('names exports by date', () => {
    expect(exportFileName('json', new Date(2024, 4, 7))).toBe('pullquote-library-2024-05-07.json');
  });
});

describe('SearchKeeper', () => {
  const a = makeItem({
    url: 'https://a.example/1',
    title: 'Gardening',
    text: 'tomatoes and basil',
    updatedAt: 1,
  });
  const b = makeItem({ url: 'https://b.example/2', title: 'Sailing', text: 'knots and tides', updatedAt: 1 });

  it('indexes in steps and is ready only when everything is in', () => {
    const keeper = new SearchKeeper();
    keeper.sync([a, b]);
    expect(keeper.ready).toBe(false);
    expect(keeper.step(1)).toBe(false);
    expect(keeper.step(1)).toBe(true);
    expect(keeper.ready).toBe(true);
    expect(keeper.search('tides')).toEqual([b.id]);
  });

  it('re-indexes only changed items and forgets removed ones', () => {
    const keeper = new SearchKeeper();
    keeper.sync([a, b]);
    keeper.step(100);
    keeper.sync([a, b]);
    expect(keeper.pending).toBe(0);
    const changed = { ...a, text: 'now about sourdough', updatedAt: 2 };
    keeper.sync([changed]);
    expect(keeper.pending).toBe(1);
    expect(keeper.search('knots')).toEqual([]);
    keeper.step(100);
    expect(keeper.search('sourdough')).toEqual([a.id]);
    expect(keeper.search('tomatoes')).toEqual([]);
  });

  it('picks up content fetched in the background (fetchState changes)', () => {
    const keeper = new SearchKeeper();
    const pending = { ...a, text: null, fetchState: 'pending' as const };
    keeper.sync([pending]);
    keeper.step(10);
    expect(keeper.search('basil')).toEqual([]);
    keeper.sync([{ ...a, fetchState: 'ok' }]);
    keeper.step(10);
    expect(keeper.search('basil')).toEqual([a.id]);
  });
});

describe('reading progress', () => {
  it.each([
    [0, 3000, 1000, 0],
    [1000, 3000, 1000, 0.5],
    [2000, 3000, 1000, 1],
    [2500, 3000, 1000, 1],
    [0, 800, 1000, 1],
    [333, 3000, 1000, 0.167],
  ])('scrollTop %i of %i (viewport %i): %f', (top, height, viewport, expected) => {
    expect(scrollProgress(top, height, viewport)).toBe(expected);
  });

  it.each([
    [0.5, 3000, 1000, 1000],
    [1.5, 3000, 1000, 2000],
    [Number.NaN, 3000, 1000, 0],
    [0.5, 500, 1000, 0],
  ])('progress %f restores to %i', (progress, height, viewport, expected) => {
    expect(scrollTopForProgress(progress, height, viewport)).toBe(expected);
  });

  it('throttle: at most once per interval, the last value lands, flush runs it now', () => {
    vi.useFakeTimers();
    try {
      const calls: number[] = [];
      const save = throttle((value: number) => calls.push(value), 1000);
      save.call(1);
      save.call(2);
      save.call(3);
      expect(calls).toEqual([1]);
      vi.advanceTimersByTime(999);
      expect(calls).toEqual([1]);
      vi.advanceTimersByTime(1);
      expect(calls).toEqual([1, 3]);
      save.call(4);
      save.flush();
      expect(calls).toEqual([1, 3, 4]);
      save.call(5);
      save.cancel();
      vi.advanceTimersByTime(5000);
      expect(calls).toEqual([1, 3, 4]);
    } finally {
      vi.useRealTimers();
    }
  });
});
