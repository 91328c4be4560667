import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/reader/App';
import type { ReaderPort } from '@/entrypoints/reader/port';
import { decodeStudioData } from '@/utils/card/studio-data';
import { type ChangeFeed, createChangeFeed } from '@/utils/library/change-feed';
import { type Library, openLibrary } from '@/utils/library/db';
import type { SanitizeOptions } from '@/utils/library/sanitize';
import type { LibraryItem } from '@/utils/library/types';
import { loadReaderPrefs } from '@/utils/reading/reader-prefs';
import { makeItem } from '../library/helpers';
import { installEnglishI18n } from '../support/i18n';

const HOSTILE =
  '<p>Hello <img src="https://cdn.example/a.jpg" onerror="alert(1)"></p><script>window.pwned = 1</script>';
const CLEAN =
  '<p>Hello <span class="pq-image-blocked" data-src="https://cdn.example/a.jpg"></span></p><p>Second paragraph here.</p>';

const article = makeItem({
  url: 'https://news.example/story',
  title: 'Quiet harbours',
  site: 'News Example',
  byline: 'Ada Writer',
  lang: 'ar',
  dir: 'rtl',
  contentHtml: HOSTILE,
  text: 'Hello\n\nSecond paragraph here.',
  wordCount: 460,
  fetchState: 'ok',
});

let factory: IDBFactory;
let seeded: Library;
const opened: Library[] = [];
/** The reader's context's end of the change feed, and the background's. */
let readerFeed: ChangeFeed;
let backgroundFeed: ChangeFeed;
let feedNames = 0;
async function openDb(feed: () => ChangeFeed = () => readerFeed): Promise<Library> {
  const library = await openLibrary('reader-ui-test', factory, { onCommit: (change) => feed().post(change) });
  opened.push(library);
  return library;
}

function renderReader(id: string | null, port: Partial<ReaderPort> = {}) {
  const sanitize = vi.fn((_html: string, _options: SanitizeOptions) => CLEAN);
  const fetchPending = vi.fn(async () => ({ ok: true }));
  const openTab = vi.fn();
  const navigate = vi.fn();
  render(
    <App
      id={id}
      port={{
        openDb: () => openDb(),
        sanitize,
        fetchPending,
        openTab,
        copyText: async () => {},
        navigate,
        watchChanges: readerFeed.subscribe,
        ...port,
      }}
    />,
  );
  return { sanitize, fetchPending, openTab, navigate };
}

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglishI18n();
  factory = new IDBFactory();
  const channel = `reader-ui-feed-${++feedNames}`;
  readerFeed = createChangeFeed(channel);
  backgroundFeed = createChangeFeed(channel);
  seeded = await openDb();
  await seeded.put(article);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const library of opened.splice(0)) library.close();
  readerFeed.close();
  backgroundFeed.close();
  delete (window as unknown as { pwned?: number }).pwned;
});

describe('reader page', () => {
  it('renders only the sanitizer’s output, with the article’s lang and dir and its metadata', async () => {
    const { sanitize } = renderReader(article.id);
    const body = await screen.findByTestId('reader-body');
    expect(sanitize).toHaveBeenCalledWith(HOSTILE, { allowRemoteImages: false, baseUrl: article.url });
    expect(body.innerHTML).toBe(CLEAN);
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(document.body.innerHTML).not.toContain('<script');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    const articleElement = screen.getByTestId('reader-article');
    expect(articleElement.getAttribute('lang')).toBe('ar');
    expect(articleElement.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quiet harbours');
    expect(screen.getByText('Ada Writer')).toBeTruthy();
    expect(screen.getByText('2 min read')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'News Example' }).getAttribute('href')).toBe(article.url);
  });

  it('shows an article stored with an impossible date (1e300), without the date', async () => {
    await seeded.put({ ...article, savedAt: 1e300, publishedTime: '+275760-09-14T00:00:00Z' });
    renderReader(article.id);
    expect((await screen.findByTestId('reader-body')).innerHTML).toBe(CLEAN);
    expect(screen.queryByText(/^Saved /)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quiet harbours');
  });

  it('falls back to the plain text, never the raw HTML, when the sanitizer refuses', async () => {
    const sanitize = vi.fn(() => {
      throw new Error('The HTML sanitizer does not work in this context');
    });
    renderReader(article.id, { sanitize });
    await screen.findByText('Second paragraph here.');
    expect(screen.getByText(/could not be shown safely/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(document.body.innerHTML).not.toContain('<script');
  });

  it('renders text as paragraphs when there is no HTML (without calling the sanitizer)', async () => {
    await seeded.put({ ...article, contentHtml: null, text: 'One.\n\nTwo.' });
    const { sanitize } = renderReader(article.id);
    await screen.findByText('Two.');
    expect(within(screen.getByTestId('reader-body')).getAllByText(/^(One|Two)\.$/)).toHaveLength(2);
    expect(sanitize).not.toHaveBeenCalled();
  });

  it('“Load images” re-sanitizes with remote images allowed and remembers it', async () => {
    const { sanitize } = renderReader(article.id);
    await screen.findByTestId('reader-body');
    fireEvent.click(screen.getByRole('button', { name: /Text settings/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Load images' }));
    await waitFor(() =>
      expect(sanitize).toHaveBeenLastCalledWith(HOSTILE, { allowRemoteImages: true, baseUrl: article.url }),
    );
    await waitFor(async () => expect((await loadReaderPrefs()).remoteImages).toBe(true));
  });

  it('applies and remembers the theme', async () => {
    renderReader(article.id);
    await screen.findByTestId('reader-body');
    fireEvent.click(screen.getByRole('button', { name: /Text settings/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sepia' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    await waitFor(async () => expect((await loadReaderPrefs()).theme).toBe('sepia'));
    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('a pending item (synced or imported) is fetched once on opening, and links to the original', async () => {
    const pending: LibraryItem = { ...article, contentHtml: null, text: null, fetchState: 'pending' };
    await seeded.put(pending);
    const { fetchPending, sanitize } = renderReader(article.id);
    const box = await screen.findByTestId('reader-pending');
    expect(within(box).getByRole('link', { name: 'Read the original' }).getAttribute('href')).toBe(
      article.url,
    );
    await waitFor(() => expect(fetchPending).toHaveBeenCalledWith([article.id]));
    expect(fetchPending).toHaveBeenCalledTimes(1);
    expect(sanitize).not.toHaveBeenCalled();
  });

  it('shows the article once the background has fetched it, from the change feed', async () => {
    await seeded.put({ ...article, contentHtml: null, text: null, fetchState: 'pending' });
    const { fetchPending, sanitize } = renderReader(article.id);
    await screen.findByTestId('reader-pending');
    await waitFor(() => expect(fetchPending).toHaveBeenCalledWith([article.id]));
    const background = await openDb(() => backgroundFeed);
    // Another item's write is not this reader's business.
    await background.put(makeItem({ url: 'https://other.example/a', title: 'Other' }));
    await background.update(article.id, { ...article, updatedAt: article.updatedAt + 1 });
    const body = await screen.findByTestId('reader-body', {}, { timeout: 3000 });
    expect(sanitize).toHaveBeenCalledWith(HOSTILE, { allowRemoteImages: false, baseUrl: article.url });
    expect(body.innerHTML).toBe(CLEAN);
    expect(screen.queryByTestId('reader-pending')).toBeNull();
  });

  it('a failed item is not fetched again by itself, but offers Fetch now', async () => {
    const failed: LibraryItem = {
      ...article,
      contentHtml: null,
      text: null,
      fetchState: 'failed',
      fetchError: 'HTTP 404',
    };
    await seeded.put(failed);
    const { fetchPending } = renderReader(article.id);
    const box = await screen.findByTestId('reader-pending');
    expect(fetchPending).not.toHaveBeenCalled();
    fireEvent.click(within(box).getByRole('button', { name: 'Fetch now' }));
    expect(fetchPending).toHaveBeenCalledWith([article.id]);
  });

  it('a missing item says so and links to the library', async () => {
    renderReader('https://nowhere.example/gone');
    expect((await screen.findByRole('alert')).textContent).toContain('not in your library');
    expect(screen.getByRole('link', { name: 'Go to your library' }).getAttribute('href')).toBe(
      '/library.html',
    );
  });

  it('saves tags and archive state to the database', async () => {
    renderReader(article.id);
    await screen.findByTestId('reader-body');
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags, separated by commas' }), {
      target: { value: 'sea, Sea , boats' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save tags' }));
    await waitFor(async () => expect((await seeded.get(article.id))?.tags).toEqual(['sea', 'boats']));
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(async () => expect((await seeded.get(article.id))?.state).toBe('archived'));
  });

  it('selected text becomes a card in the studio and a kept quote', async () => {
    const { openTab } = renderReader(article.id);
    const body = await screen.findByTestId('reader-body');
    const paragraph = body.querySelectorAll('p')[1] as HTMLElement;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    const bar = await screen.findByRole('toolbar', { name: 'Selected text' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Make a card' }));
    expect(openTab).toHaveBeenCalledTimes(1);
    const url = new URL(openTab.mock.calls[0]?.[0] as string);
    expect(url.pathname).toBe('/studio.html');
    expect(decodeStudioData(url.hash.slice(1))).toMatchObject({
      quote: 'Second paragraph here.',
      title: 'Quiet harbours',
      siteName: 'News Example',
      url: article.url,
      dir: 'rtl',
      lang: 'ar',
    });
    await waitFor(async () =>
      expect((await seeded.get(article.id))?.quotes.map((quote) => quote.text)).toEqual([
        'Second paragraph here.',
      ]),
    );
  });
});
