import { localizedOf } from '@/utils/localized';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/article/types';
import { type Library, openLibrary } from '@/utils/library/db';
import { LibraryError } from '@/utils/library/errors';
import { FAILED_KEPT, type FetchProgress } from '@/utils/library/fetch-progress';
import { createSaver, FETCH_CONCURRENCY, PROGRESS_INTERVAL_MS, type SaverApi } from '@/utils/library/saver';
import type { CaptureResult } from '@/utils/page/capture';
import { makeArticle, makeItem } from './helpers';

const opened: Library[] = [];
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
});

const IDLE: FetchProgress = { running: false, total: 0, done: 0, failed: [], at: 0 };

/**
 * "HTML" the fake extractor understands: `ARTICLE:<title>` is an article at the page's URL,
 * `ARTICLE:<title>|<canonical>` one that names a canonical URL; anything else is not an article.
 */
const articleHtml = (title: string, canonical?: string) =>
  `ARTICLE:${title}${canonical ? `|${canonical}` : ''}`;

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function setup(
  options: {
    capture?: (tabId: number) => CaptureResult;
    fetchPage?: (url: string) => Promise<{ html: string; url: string }>;
    progress?: FetchProgress;
    errorText?: (error: unknown) => string;
  } = {},
) {
  const library = await openLibrary('saver-test', new IDBFactory());
  opened.push(library);
  const state = {
    clock: 1_000,
    progress: options.progress ?? IDLE,
    progressHistory: [] as FetchProgress[],
    fetched: [] as string[],
    aliases: new Map<string, string>(),
    timers: [] as { due: number; fn: () => void; cancelled: boolean }[],
  };
  const api: SaverApi = {
    library: async () => library,
    capture: async (tabId) =>
      options.capture ? options.capture(tabId) : { ok: false, reason: 'no-tab', detail: 'no such tab' },
    async extract(html, url): Promise<Article | null> {
      if (!html.startsWith('ARTICLE:')) return null;
      const [title = '', canonical] = html.slice('ARTICLE:'.length).split('|');
      return makeArticle({
        url: canonical ?? url,
        title,
        contentHtml: `<p>${title} body</p>`,
        text: `${title} body`,
      });
    },
    async fetchPage(url) {
      state.fetched.push(url);
      if (options.fetchPage) return options.fetchPage(url);
      return { html: articleHtml(`Fetched ${url}`), url };
    },
    getAlias: async (key) => state.aliases.get(key) ?? null,
    async setAlias(key, id) {
      state.aliases.set(key, id);
    },
    // The test's clock: a trailing progress write fires only once the test moves the clock past it.
    setTimer(fn, ms) {
      const due = state.clock + ms;
      const timer = { due, fn, cancelled: false };
      state.timers.push(timer);
      return {
        cancel: () => {
          timer.cancelled = true;
        },
      };
    },
    getProgress: async () => state.progress,
    async setProgress(progress) {
      state.progress = structuredClone(progress);
      state.progressHistory.push(state.progress);
    },
    now: () => state.clock,
    ...(options.errorText ? { errorText: options.errorText } : {}),
  };
  return { library, state, saver: createSaver(api) };
}

const snapshot = (html: string, url: string, title = 'Page title') => ({
  ok: true as const,
  snapshot: { html, url, title, selection: '', tookMs: 1 },
});

describe('saver: saveArticle', () => {
  it('saves the same canonical URL once, updating content and keeping savedAt and tags', async () => {
    const { saver, library, state } = await setup();
    state.clock = 1_000;
    const first = await saver.saveArticle(
      makeArticle({
        url: 'https://www.example.com/story/?utm_source=x#top',
        contentHtml: '<p>v1</p>',
        text: 'v1',
      }),
    );
    expect(first.id).toBe('https://example.com/story');
    await library.update(first.id, { tags: ['later'], favourite: true });

    state.clock = 2_000;
    const second = await saver.saveArticle(
      makeArticle({ url: 'https://example.com/story?fbclid=abc', contentHtml: '<p>v2</p>', text: 'v2' }),
    );
    const all = await library.all();
    expect(all).toHaveLength(1);
    expect(second.id).toBe(first.id);
    expect(all[0]).toMatchObject({
      id: 'https://example.com/story',
      contentHtml: '<p>v2</p>',
      text: 'v2',
      savedAt: 1_000,
      updatedAt: 2_000,
      tags: ['later'],
      favourite: true,
      fetchState: 'ok',
    });
  });

  it('saves under the page’s own URL when its canonical points to another site, and never replaces that site’s article', async () => {
    const { saver, library, state } = await setup();
    const original = await saver.saveArticle(
      makeArticle({ url: 'https://news.example/a', contentHtml: '<p>original</p>', text: 'original' }),
      'https://news.example/a',
    );
    const hostile = await saver.saveArticle(
      makeArticle({ url: 'https://news.example/a', contentHtml: '<p>replaced</p>', text: 'replaced' }),
      'https://attacker.example/page',
    );
    expect(hostile.id).toBe('https://attacker.example/page');
    expect(hostile.url).toBe('https://attacker.example/page');
    expect((await library.get(original.id))?.contentHtml).toBe('<p>original</p>');
    expect(await library.count()).toBe(2);
    expect(state.aliases.size).toBe(0);
  });

  it('keeps two sites on one private suffix apart (alice.github.io is not bob.github.io)', async () => {
    const { saver, library } = await setup();
    await saver.saveArticle(
      makeArticle({ url: 'https://bob.github.io/post', text: 'bob' }),
      'https://bob.github.io/post',
    );
    const saved = await saver.saveArticle(
      makeArticle({ url: 'https://bob.github.io/post', text: 'alice' }),
      'https://alice.github.io/post',
    );
    expect(saved.id).toBe('https://alice.github.io/post');
    expect((await library.get('https://bob.github.io/post'))?.text).toBe('bob');
  });

  it('saveTab with a foreign canonical saves the tab’s own address', async () => {
    const { saver, library } = await setup({
      capture: () =>
        snapshot(articleHtml('Hijack', 'https://news.example/a'), 'https://attacker.example/page'),
    });
    const item = await saver.saveTab(1);
    expect(item.url).toBe('https://attacker.example/page');
    expect(await library.get('https://news.example/a')).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'https://example.com/'],
    ['an article without text', { ...makeArticle(), text: undefined }],
    ['an article with a numeric title', { ...makeArticle(), title: 5 }],
    ['an article with a 2000-character title', makeArticle({ title: 't'.repeat(2000) })],
  ])('refuses %s with a LibraryError and stores nothing', async (_label, article) => {
    const { saver, library } = await setup();
    const attempt = saver.saveArticle(article);
    await expect(attempt).rejects.toBeInstanceOf(LibraryError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid' });
    expect(await library.count()).toBe(0);
  });

  it('refuses an article whose URL is not a web page', async () => {
    const { saver, library } = await setup();
    await expect(saver.saveArticle(makeArticle({ url: 'file:///tmp/a.html' }))).rejects.toMatchObject({
      name: 'LibraryError',
      code: 'invalid',
    });
    expect(await library.count()).toBe(0);
  });
});

describe('saver: saveTab', () => {
  it('saves the article found in the tab', async () => {
    const { saver, library } = await setup({
      capture: () => snapshot(articleHtml('Tab story'), 'https://news.test/tab-story'),
    });
    const item = await saver.saveTab(4);
    expect(item).toMatchObject({ id: 'https://news.test/tab-story', title: 'Tab story', fetchState: 'ok' });
    expect(await library.get(item.id)).toEqual(item);
  });

  it('keeps the link of a page with no article, marked failed with the reason', async () => {
    const { saver, library } = await setup({
      capture: () => snapshot('<p>a shop front</p>', 'https://shop.test/?utm_campaign=x', 'The shop'),
    });
    const item = await saver.saveTab(4);
    expect(item).toMatchObject({
      id: 'https://shop.test/',
      url: 'https://shop.test/',
      title: 'The shop',
      fetchState: 'failed',
      fetchError: 'No article was found on this page.',
    });
    expect(await library.get('https://shop.test/')).toEqual(item);
  });

  it('keeps an already saved item when the same page has no article this time', async () => {
    const saved = makeItem({ url: 'https://shop.test/', fetchState: 'ok', text: 'kept', tags: ['t'] });
    const { saver, library } = await setup({ capture: () => snapshot('<p>empty</p>', 'https://shop.test/') });
    await library.put(saved);
    expect(await saver.saveTab(4)).toEqual(saved);
    expect(await library.all()).toEqual([saved]);
  });

  it('says why a tab cannot be read', async () => {
    const { saver, library } = await setup({
      capture: () => ({ ok: false, reason: 'browser-page', detail: 'chrome://settings' }),
    });
    await expect(saver.saveTab(4)).rejects.toMatchObject({
      name: 'LibraryError',
      code: 'invalid',
      message: expect.stringContaining('chrome://settings'),
    });
    expect(await library.count()).toBe(0);
  });

  it('refuses a tab that is not a web page', async () => {
    const { saver } = await setup({ capture: () => snapshot('<p>x</p>', 'about:blank') });
    await expect(saver.saveTab(4)).rejects.toBeInstanceOf(LibraryError);
  });
});

describe('saver: saveLink and fetching', () => {
  it('stores a pending item at once, then fetches its content', async () => {
    const gate = deferred();
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        await gate.promise;
        return { html: articleHtml('Linked story'), url: `${url}?redirected=1` };
      },
    });
    const item = await saver.saveLink('https://blog.test/post?utm_source=rss');
    expect(item).toMatchObject({ id: 'https://blog.test/post', fetchState: 'pending', contentHtml: null });
    expect(await library.get(item.id)).toMatchObject({ fetchState: 'pending' });

    gate.resolve();
    await vi.waitFor(async () => expect((await library.get(item.id))?.fetchState).toBe('ok'));
    const stored = await library.get(item.id);
    expect(stored).toMatchObject({
      // The saved URL stays the item's URL even when the page redirected.
      id: 'https://blog.test/post',
      url: 'https://blog.test/post',
      title: 'Linked story',
      contentHtml: '<p>Linked story body</p>',
      savedAt: item.savedAt,
      fetchState: 'ok',
    });
    expect(stored?.fetchError).toBeUndefined();
    expect(state.fetched).toEqual(['https://blog.test/post']);
    await vi.waitFor(() => expect(state.progress).toMatchObject({ running: false, total: 1, done: 1 }));
  });

  it.each([
    ['succeeds', true],
    ['fails', false],
  ])(
    'an item deleted while its page is fetched stays deleted when the fetch %s, and later fetches run',
    async (_label, succeeds) => {
      const gate = deferred();
      const { saver, library, state } = await setup({
        fetchPage: async (url) => {
          if (url.includes('first')) {
            await gate.promise;
            if (!succeeds) throw new Error('The site answered 500.');
          }
          return { html: articleHtml(`Story at ${url}`), url };
        },
      });
      const first = await saver.saveLink('https://blog.test/first');
      await vi.waitFor(() => expect(state.fetched).toEqual(['https://blog.test/first']));
      await library.delete([first.id]);
      gate.resolve();
      await vi.waitFor(() => expect(state.progress).toMatchObject({ running: false, done: 1 }));
      expect(await library.get(first.id)).toBeUndefined();
      expect(await library.count()).toBe(0);

      // The run's state was reset: the next link is fetched, not queued behind a run that never ends.
      const second = await saver.saveLink('https://blog.test/second');
      await vi.waitFor(async () => expect((await library.get(second.id))?.fetchState).toBe('ok'));
      expect(state.progress).toMatchObject({ running: false });
    },
  );

  it('does not fetch a link that is already in the library', async () => {
    const { saver, library, state } = await setup();
    const saved = makeItem({ url: 'https://blog.test/post', fetchState: 'ok', title: 'Saved' });
    await library.put(saved);
    expect(await saver.saveLink('https://www.blog.test/post/')).toEqual(saved);
    await saver.fetchPending();
    expect(state.fetched).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'not a url', 'ftp://files.test/a'])('refuses to save %s', async (url) => {
    const { saver, library } = await setup();
    await expect(saver.saveLink(url)).rejects.toMatchObject({ name: 'LibraryError', code: 'invalid' });
    expect(await library.count()).toBe(0);
  });

  it('marks a failed fetch with its message, lists it in the progress, and finishes the run', async () => {
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        if (url.includes('broken')) throw new Error('The site answered 404 Not Found.');
        return { html: articleHtml('Fine'), url };
      },
    });
    const good = makeItem({ url: 'https://a.test/fine' });
    const bad = makeItem({ url: 'https://a.test/broken' });
    const other = makeItem({ url: 'https://a.test/other' });
    await library.putMany([good, bad, other]);

    await saver.fetchPending();

    expect(await library.get(bad.id)).toMatchObject({
      fetchState: 'failed',
      fetchError: 'The site answered 404 Not Found.',
    });
    expect(await library.get(good.id)).toMatchObject({ fetchState: 'ok', title: 'Fine' });
    expect(state.progress.running).toBe(false);
    expect(state.progress.total).toBe(3);
    expect(state.progress.done).toBe(state.progress.total);
    expect(state.progress.failed).toEqual([
      { id: bad.id, url: bad.url, error: 'The site answered 404 Not Found.' },
    ]);
    // Every step was reported, the first while running.
    expect(state.progressHistory[0]).toMatchObject({ running: true, total: 3, done: 0 });
    expect(state.progressHistory.map((p) => p.done)).toEqual(
      [...state.progressHistory.map((p) => p.done)].sort(),
    );
  });

  it('keeps each progress write small and rare: a bounded failure list with the full count', async () => {
    const count = FAILED_KEPT + 30;
    const { saver, library, state } = await setup({
      fetchPage: async () => {
        throw new Error('offline');
      },
    });
    const items = Array.from({ length: count }, (_, i) =>
      makeItem({ url: `https://fail.test/${String(i).padStart(3, '0')}`, savedAt: i }),
    );
    await library.putMany(items);
    await saver.fetchPending();
    expect(state.progress).toMatchObject({ running: false, total: count, done: count, failedCount: count });
    // The most recent failures, and every failed item is marked in the library.
    expect(state.progress.failed).toHaveLength(FAILED_KEPT);
    const failedIds = new Set(state.progress.failed.map((failure) => failure.id));
    expect(failedIds.size).toBe(FAILED_KEPT);
    for (const failure of state.progress.failed) expect(failure.error).toBe('offline');
    const rows = await library.listRows();
    expect(rows.filter((row) => row.fetchState === 'failed')).toHaveLength(count);
    // The clock stands still in this test: the first and the last write only, never one per link.
    expect(state.progressHistory.length).toBeLessThanOrEqual(3);
    expect(state.progressHistory.every((p) => p.failed.length <= FAILED_KEPT)).toBe(true);
  });

  it(`writes the progress ${PROGRESS_INTERVAL_MS} ms after a change it held back, while the run goes on`, async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        if (url.endsWith('/slow')) await held;
        return { html: articleHtml('Fine'), url };
      },
    });
    await library.putMany([
      makeItem({ url: 'https://t.test/slow' }),
      ...Array.from({ length: 3 }, (_, i) => makeItem({ url: `https://t.test/${i}` })),
    ]);
    const run = saver.fetchPending();
    await vi.waitFor(() => expect(state.timers.some((timer) => !timer.cancelled)).toBe(true));
    const before = state.progressHistory.length;
    // The clock reaches the held-back write: it goes out with the links done so far, before the run ends.
    state.clock += PROGRESS_INTERVAL_MS;
    for (const timer of state.timers) if (!timer.cancelled && timer.due <= state.clock) timer.fn();
    await vi.waitFor(() => expect(state.progressHistory.length).toBe(before + 1));
    expect(state.progressHistory.at(-1)).toMatchObject({ running: true, total: 4 });
    expect(state.progressHistory.at(-1)?.done).toBeGreaterThan(0);
    release();
    await run;
    expect(state.progress).toMatchObject({ running: false, total: 4, done: 4 });
  });

  it(`writes progress at most once per ${PROGRESS_INTERVAL_MS} ms while fetching`, async () => {
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        state.clock += 100;
        return { html: articleHtml('Fine'), url };
      },
    });
    await library.putMany(Array.from({ length: 20 }, (_, i) => makeItem({ url: `https://t.test/${i}` })));
    await saver.fetchPending();
    const times = state.progressHistory.map((p) => p.at);
    // 20 links at 100 ms each: about 2,000 ms, so ~8 writes plus the first and last, not 21.
    expect(state.progressHistory.length).toBeLessThanOrEqual(12);
    for (let i = 2; i < times.length - 1; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS);
    }
    expect(state.progress).toMatchObject({ running: false, total: 20, done: 20, failedCount: 0 });
  });

  it('marks a page without an article as failed', async () => {
    const { saver, library, state } = await setup({
      fetchPage: async (url) => ({ html: '<p>just a list</p>', url }),
    });
    const item = makeItem({ url: 'https://a.test/list' });
    await library.put(item);
    await saver.fetchPending();
    expect(await library.get(item.id)).toMatchObject({
      fetchState: 'failed',
      fetchError: 'No article was found on this page.',
    });
    expect(state.progress.failed).toEqual([
      { id: item.id, url: item.url, error: 'No article was found on this page.' },
    ]);
  });

  it('keeps a failure in the words the world gives it (the UI language in the browser)', async () => {
    const { saver, library, state } = await setup({
      fetchPage: async (url) => ({ html: '<p>just a list</p>', url }),
      errorText: (error) => {
        const message = localizedOf(error);
        return message ? `[${message.key}]` : 'untranslated';
      },
    });
    const item = makeItem({ url: 'https://a.test/list' });
    await library.put(item);
    await saver.fetchPending();
    expect(await library.get(item.id)).toMatchObject({
      fetchState: 'failed',
      fetchError: '[libraryErrorNoArticle]',
    });
    expect(state.progress.failed).toEqual([{ id: item.id, url: item.url, error: '[libraryErrorNoArticle]' }]);
  });

  it('retries a failed item when asked by id, dropping its old failure from the progress', async () => {
    let attempt = 0;
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        attempt += 1;
        if (attempt === 1) throw new Error('offline');
        return { html: articleHtml('Back online'), url };
      },
    });
    const item = makeItem({ url: 'https://a.test/flaky' });
    await library.put(item);
    await saver.fetchPending();
    expect(state.progress.failed).toHaveLength(1);
    // fetchPending() without ids only picks pending items: the failed one is left alone.
    await saver.fetchPending();
    expect(attempt).toBe(1);
    await saver.fetchPending([item.id]);
    expect(await library.get(item.id)).toMatchObject({ fetchState: 'ok', title: 'Back online' });
    expect(state.progress).toMatchObject({ running: false, failed: [] });
  });

  it('ignores unknown ids and items that already have content', async () => {
    const { saver, library, state } = await setup();
    const done = makeItem({ url: 'https://a.test/done', fetchState: 'ok' });
    await library.put(done);
    await saver.fetchPending([done.id, 'https://a.test/missing']);
    expect(state.fetched).toEqual([]);
  });

  it(`never fetches more than ${FETCH_CONCURRENCY} pages at once, and each page exactly once`, async () => {
    let active = 0;
    let peak = 0;
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 2));
        active -= 1;
        return { html: articleHtml(url), url };
      },
    });
    const items = Array.from({ length: 10 }, (_, i) => makeItem({ url: `https://many.test/${i}` }));
    await library.putMany(items);
    await saver.fetchPending();
    expect(peak).toBe(FETCH_CONCURRENCY);
    expect([...state.fetched].sort()).toEqual(items.map((item) => item.url).sort());
    expect((await library.all()).every((item) => item.fetchState === 'ok')).toBe(true);
    expect(state.progress).toMatchObject({ running: false, total: 10, done: 10, failed: [] });
  });

  it('lets a second call join the running one: totals add up and nothing is fetched twice', async () => {
    const gates = new Map<string, ReturnType<typeof deferred<void>>>();
    const { saver, library, state } = await setup({
      fetchPage: async (url) => {
        const gate = deferred();
        gates.set(url, gate);
        await gate.promise;
        return { html: articleHtml(url), url };
      },
    });
    const first = Array.from({ length: 6 }, (_, i) => makeItem({ url: `https://join.test/a${i}` }));
    const second = Array.from({ length: 2 }, (_, i) => makeItem({ url: `https://join.test/b${i}` }));
    await library.putMany(first);

    const run1 = saver.fetchPending();
    // The first workers are now inside fetchPage: their items are still 'pending' in the database.
    await vi.waitFor(() => expect(gates.size).toBe(FETCH_CONCURRENCY));
    await library.putMany(second);
    const run2 = saver.fetchPending();
    await vi.waitFor(() => expect(state.progress.total).toBeGreaterThan(first.length));

    // Let every fetch (already started and still to come) finish.
    const release = setInterval(() => {
      for (const gate of gates.values()) gate.resolve();
    }, 1);
    try {
      await Promise.all([run1, run2]);
    } finally {
      clearInterval(release);
    }

    const everyUrl = [...first, ...second].map((item) => item.url).sort();
    expect([...state.fetched].sort()).toEqual(everyUrl);
    expect(state.progress).toMatchObject({ running: false, total: 8, done: 8, failed: [] });
  });

  it('resume carries on with pending items when the last run was cut short', async () => {
    const { saver, library, state } = await setup({
      progress: { running: true, total: 5, done: 2, failed: [], at: 10 },
    });
    const pending = [makeItem({ url: 'https://r.test/1' }), makeItem({ url: 'https://r.test/2' })];
    await library.putMany([...pending, makeItem({ url: 'https://r.test/done', fetchState: 'ok' })]);
    await saver.resume();
    expect([...state.fetched].sort()).toEqual(['https://r.test/1', 'https://r.test/2']);
    expect(state.progress).toMatchObject({ running: false, total: 2, done: 2 });
    expect((await library.all()).every((item) => item.fetchState === 'ok')).toBe(true);
  });

  it('resume does nothing when no run was in progress', async () => {
    const { saver, library, state } = await setup({ progress: IDLE });
    await library.put(makeItem({ url: 'https://r.test/1' }));
    await saver.resume();
    expect(state.fetched).toEqual([]);
    expect(state.progressHistory).toEqual([]);
  });

  it('resume clears a stale running flag even when nothing is left to fetch', async () => {
    const { saver, state } = await setup({
      progress: { running: true, total: 1, done: 0, failed: [], at: 10 },
    });
    await saver.resume();
    expect(state.progress.running).toBe(false);
    expect(state.fetched).toEqual([]);
  });
});

describe('saver: lookup', () => {
  it.each<[string, string, { saved: boolean; id: string | null }]>([
    ['the saved URL', 'https://example.com/story', { saved: true, id: 'https://example.com/story' }],
    ['with www.', 'https://www.example.com/story', { saved: true, id: 'https://example.com/story' }],
    ['with a trailing slash', 'https://example.com/story/', { saved: true, id: 'https://example.com/story' }],
    [
      'with tracking parameters',
      'https://www.example.com/story?utm_source=newsletter&fbclid=1',
      { saved: true, id: 'https://example.com/story' },
    ],
    [
      'with a fragment',
      'https://example.com/story#comments',
      { saved: true, id: 'https://example.com/story' },
    ],
    ['another page', 'https://example.com/other', { saved: false, id: null }],
    ['the same path over http', 'http://example.com/story', { saved: false, id: null }],
    ['a real query parameter', 'https://example.com/story?page=2', { saved: false, id: null }],
    ['not a web page', 'javascript:alert(1)', { saved: false, id: null }],
    ['garbage', 'not a url', { saved: false, id: null }],
  ])('%s', async (_label, url, expected) => {
    const { saver } = await setup();
    await saver.saveArticle(makeArticle({ url: 'https://www.example.com/story/?utm_source=x#top' }));
    expect(await saver.lookup(url)).toEqual(expected);
  });

  it('finds a page saved under another canonical URL through its alias', async () => {
    const { saver, library, state } = await setup();
    const item = await saver.saveArticle(
      makeArticle({ url: 'https://example.com/story' }),
      'https://amp.example.com/story.amp?utm_source=x',
    );
    expect(state.aliases.get('https://amp.example.com/story.amp')).toBe(item.id);
    expect(await library.count()).toBe(1);
    expect(await saver.lookup('https://amp.example.com/story.amp')).toEqual({ saved: true, id: item.id });
    expect(await saver.lookup('https://www.amp.example.com/story.amp#x')).toEqual({
      saved: true,
      id: item.id,
    });
  });

  it('records no alias when the page is the canonical URL', async () => {
    const { saver, state } = await setup();
    await saver.saveArticle(
      makeArticle({ url: 'https://example.com/story' }),
      'https://www.example.com/story/',
    );
    expect(state.aliases.size).toBe(0);
  });

  it('saveTab remembers the tab’s address when the article names another canonical URL', async () => {
    const { saver, state } = await setup({
      capture: () =>
        snapshot(
          articleHtml('Mobile', 'https://example.com/story'),
          'https://m.example.com/story?utm_source=x',
        ),
    });
    const item = await saver.saveTab(1);
    expect(item.id).toBe('https://example.com/story');
    expect([...state.aliases]).toEqual([['https://m.example.com/story', 'https://example.com/story']]);
    expect(await saver.lookup('https://m.example.com/story')).toEqual({ saved: true, id: item.id });
  });

  it('an alias to an item since deleted is not saved', async () => {
    const { saver, library, state } = await setup();
    const item = await saver.saveArticle(
      makeArticle({ url: 'https://example.com/story' }),
      'https://amp.example.com/s',
    );
    await library.delete([item.id]);
    expect(state.aliases.has('https://amp.example.com/s')).toBe(true);
    expect(await saver.lookup('https://amp.example.com/s')).toEqual({ saved: false, id: null });
  });
});
