import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/library/App';
import type { LibraryPort } from '@/entrypoints/library/port';
import { type ChangeFeed, createChangeFeed } from '@/utils/library/change-feed';
import { type Library, openLibrary } from '@/utils/library/db';
import { fetchProgressItem } from '@/utils/library/fetch-progress';
import type { LibraryItem } from '@/utils/library/types';
import { makeItem } from '../library/helpers';
import { installEnglishI18n } from '../support/i18n';

const ITEMS: LibraryItem[] = [
  makeItem({
    url: 'https://news.example/tides',
    title: 'The harbour at night',
    site: 'news.example',
    text: 'Fishermen read the tides by moonlight and mend their nets.',
    contentHtml: '<p>x</p>',
    fetchState: 'ok',
    wordCount: 920,
    savedAt: 1_700_000_300_000,
    tags: ['sea'],
  }),
  makeItem({
    url: 'https://blog.example/bread',
    title: 'Sourdough for beginners',
    site: 'blog.example',
    text: 'Flour, water, salt and patience.',
    contentHtml: '<p>x</p>',
    fetchState: 'ok',
    savedAt: 1_700_000_200_000,
    state: 'archived',
  }),
  makeItem({
    url: 'https://news.example/budget',
    title: 'Budget talks stall',
    site: 'news.example',
    byline: 'Ada Writer',
    savedAt: 1_700_000_100_000,
    fetchState: 'failed',
    fetchError: 'The page answered 404.',
  }),
];

let factory: IDBFactory;
let seeded: Library;
const opened: Library[] = [];
/** The page's context's end of the change feed, and another context's (the background's). */
let pageFeed: ChangeFeed;
let backgroundFeed: ChangeFeed;
let feedNames = 0;

async function openDb(): Promise<Library> {
  const library = await openLibrary('library-ui-test', factory, {
    onCommit: (change) => pageFeed.post(change),
  });
  opened.push(library);
  return library;
}

/** The library as the background opens it: its writes reach the page only through the feed. */
async function openBackground(): Promise<Library> {
  const library = await openLibrary('library-ui-test', factory, {
    onCommit: (change) => backgroundFeed.post(change),
  });
  opened.push(library);
  return library;
}

function rowTitles(): string[] {
  return screen.queryAllByRole('row').map((row) => within(row).getByRole('link').textContent ?? '');
}

/** Picks `file` in the page's Import button, as the reader would; returns the file input. */
function chooseFile(file: File): HTMLInputElement {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
  return input;
}

async function renderApp({
  openDb: open = openDb,
  earlyRows,
}: {
  openDb?: LibraryPort['openDb'];
  earlyRows?: Parameters<typeof App>[0]['earlyRows'];
} = {}) {
  const fetchPending = vi.fn(async () => ({ ok: true }));
  const navigate = vi.fn();
  const watchChanges = pageFeed.subscribe;
  render(
    <App
      port={{ openDb: open, fetchPending, navigate, watchChanges, indexBatch: 2 }}
      earlyRows={earlyRows}
    />,
  );
  await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
  return { fetchPending, navigate };
}

/**
 * Renders the page with its reads counted: `listRows` (every row, in slices: one call for this small
 * library) and `rows` (the rows of some ids); resolves once the first full read has been asked.
 */
async function renderCountingReads() {
  let fullReads: MockInstance<Library['listRows']> | undefined;
  let rowReads: MockInstance<Library['rows']> | undefined;
  await renderApp({
    openDb: async () => {
      const library = await openDb();
      fullReads = vi.spyOn(library, 'listRows');
      rowReads = vi.spyOn(library, 'rows');
      return library;
    },
  });
  await waitFor(() => expect(fullReads).toHaveBeenCalledTimes(1));
  return {
    fullReads: fullReads as MockInstance<Library['listRows']>,
    rowReads: rowReads as MockInstance<Library['rows']>,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglishI18n();
  delete document.documentElement.dataset.ready;
  delete document.documentElement.dataset.searchQuery;
  delete document.documentElement.dataset.indexReady;
  factory = new IDBFactory();
  const channel = `library-ui-feed-${++feedNames}`;
  pageFeed = createChangeFeed(channel);
  backgroundFeed = createChangeFeed(channel);
  seeded = await openDb();
  await seeded.putMany(ITEMS);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const library of opened.splice(0)) library.close();
  pageFeed.close();
  backgroundFeed.close();
});

describe('library page', () => {
  it('lists every item, newest first, with count, site, reading time, tags and fetch badges', async () => {
    await renderApp();
    expect(rowTitles()).toEqual(['The harbour at night', 'Sourdough for beginners', 'Budget talks stall']);
    expect(screen.getByTestId('library-count').textContent).toBe('3 saved articles');
    const first = screen.getAllByRole('row')[0] as HTMLElement;
    expect(within(first).getByText('4 min read')).toBeTruthy();
    expect(within(first).getByText('sea')).toBeTruthy();
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      `/reader.html?id=${encodeURIComponent('https://news.example/tides')}`,
    );
    const failed = screen.getAllByRole('row')[2] as HTMLElement;
    expect(within(failed).getByText('Fetch failed').getAttribute('title')).toBe('The page answered 404.');
  });

  it('lists an item stored with an impossible date (1e300) beside the others, and exports the library', async () => {
    await seeded.put(makeItem({ url: 'https://broken.example/a', title: 'Broken date', savedAt: 1e300 }));
    await renderApp();
    expect(rowTitles()).toContain('Broken date');
    expect(rowTitles()).toContain('The harbour at night');
    const broken = screen.getAllByRole('row').find((row) => row.textContent?.includes('Broken date'));
    expect(broken?.querySelector('time')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear library' })).toBeTruthy();
  });

  it('paints the early rows before its own database has opened, then the whole list', async () => {
    const [newest] = await seeded.recentRows(1);
    let openNow: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      openNow = resolve;
    });
    await renderApp({
      openDb: async () => {
        await gate;
        return openDb();
      },
      earlyRows: Promise.resolve(newest ? { rows: [newest], count: 3 } : null),
    });
    expect(rowTitles()).toEqual(['The harbour at night']);
    openNow();
    await waitFor(() =>
      expect(rowTitles()).toEqual(['The harbour at night', 'Sourdough for beginners', 'Budget talks stall']),
    );
  });

  it('search finds words in the article text (full-text index) and marks the query', async () => {
    await renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), {
      target: { value: 'moonlight' },
    });
    await waitFor(() => expect(rowTitles()).toEqual(['The harbour at night']));
    await waitFor(() => expect(document.documentElement.dataset.searchQuery).toBe('moonlight'));
    expect(document.documentElement.dataset.indexReady).toBe('true');
    expect(performance.getEntriesByName('library:search:moonlight').length).toBeGreaterThan(0);
    expect(screen.getByTestId('library-count').textContent).toContain('Showing 1 of 3');
  });

  it('search with no match shows the no-match message', async () => {
    await renderApp();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzzqqq' } });
    await waitFor(() => expect(screen.getByText('No saved articles match.')).toBeTruthy());
    expect(screen.queryAllByRole('row')).toHaveLength(0);
  });

  it('filters by Archived, then by site', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Archived' }));
    expect(rowTitles()).toEqual(['Sourdough for beginners']);
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'news.example' } });
    expect(rowTitles()).toEqual(['The harbour at night', 'Budget talks stall']);
  });

  it('bulk-archives the selected items, in the database too', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “The harbour at night”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Budget talks stall”' }));
    const bulk = screen.getByTestId('bulk-actions');
    expect(within(bulk).getByText('2 articles selected')).toBeTruthy();
    fireEvent.click(within(bulk).getByRole('button', { name: 'Archive' }));
    await waitFor(async () =>
      expect((await seeded.get('https://news.example/tides'))?.state).toBe('archived'),
    );
    expect((await seeded.get('https://news.example/budget'))?.state).toBe('archived');
    fireEvent.click(screen.getByRole('button', { name: 'Unread' }));
    await waitFor(() => expect(screen.getByText('No saved articles match.')).toBeTruthy());
  });

  it('moves with j/k and arrows, archives with e, opens with Enter', async () => {
    const { navigate } = await renderApp();
    const rows = () => screen.getAllByRole('row') as HTMLElement[];
    const first = rows()[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'j' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    fireEvent.keyDown(rows()[1] as HTMLElement, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    fireEvent.keyDown(rows()[2] as HTMLElement, { key: 'e' });
    await waitFor(async () =>
      expect((await seeded.get('https://news.example/budget'))?.state).toBe('archived'),
    );
    fireEvent.keyDown(rows()[2] as HTMLElement, { key: 'k' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    fireEvent.keyDown(rows()[1] as HTMLElement, { key: 'Enter' });
    expect(navigate).toHaveBeenCalledWith(
      `/reader.html?id=${encodeURIComponent('https://blog.example/bread')}`,
    );
  });

  it("makes only the active row's Favourite and Archive Tab stops, and the row keys work from them", async () => {
    await renderApp();
    const rows = () => screen.getAllByRole('row') as HTMLElement[];
    const tabStops = () =>
      rows().map((row) =>
        [row, ...row.querySelectorAll<HTMLElement>('button, input, a')]
          .filter((element) => element.tabIndex === 0)
          .map((element) =>
            element === row ? 'row' : (element.getAttribute('aria-label') ?? element.textContent),
          ),
      );
    expect(tabStops()).toEqual([['row', 'Favourite', 'Archive'], [], []]);

    const first = rows()[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'j' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    expect(tabStops()).toEqual([[], ['row', 'Favourite', 'Unarchive'], []]);

    // A key on the row's button acts on the row: f favourites it, ArrowDown moves on to the next row.
    const favourite = within(rows()[1] as HTMLElement).getByRole('button', { name: 'Favourite' });
    favourite.focus();
    fireEvent.keyDown(favourite, { key: 'f' });
    await waitFor(async () => expect((await seeded.get('https://blog.example/bread'))?.favourite).toBe(true));
    fireEvent.keyDown(favourite, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    expect(tabStops()).toEqual([[], [], ['row', 'Favourite', 'Archive']]);
  });

  it('imports a Pocket CSV: merges by id, reports counts, asks the background to fetch', async () => {
    const { fetchPending } = await renderApp();
    const csv = [
      'title,url,time_added,tags,status',
      'The harbour at night,https://news.example/tides,1700000000,harbour,unread',
      'A new one,https://fresh.example/new,1700000000,,unread',
    ].join('\n');
    chooseFile(new File([csv], 'pocket.csv', { type: 'text/csv' }));
    // An import reads the file, loads the parser and yields between steps: seconds on a loaded machine.
    await waitFor(
      () =>
        expect(screen.getByTestId('library-status').textContent).toContain(
          'Imported 2 items. 1 new, 1 updated',
        ),
      { timeout: 5000 },
    );
    await waitFor(() => expect(rowTitles()).toContain('A new one'));
    const merged = await seeded.get('https://news.example/tides');
    expect(merged?.tags).toEqual(['sea', 'harbour']);
    expect(merged?.contentHtml).toBe('<p>x</p>');
    expect(fetchPending).toHaveBeenCalledTimes(1);
  });

  it('imports a row with an impossible time beside good rows, lists them all and says the date was set', async () => {
    await renderApp();
    const csv = [
      'title,url,time_added,tags,status',
      'Far future,https://fresh.example/future,99999999999999,,unread',
      'A good one,https://fresh.example/good,1700000000,,unread',
    ].join('\n');
    chooseFile(new File([csv], 'pocket.csv', { type: 'text/csv' }));
    await waitFor(
      () =>
        expect(screen.getByTestId('library-status').textContent).toContain(
          'Dates that could not be right, set to today: 1.',
        ),
      { timeout: 5000 },
    );
    await waitFor(() => expect(rowTitles()).toEqual(expect.arrayContaining(['Far future', 'A good one'])));
    const future = await seeded.get('https://fresh.example/future');
    expect(Math.abs((future?.savedAt ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('asks before fetching an import of many links, saying how many and from how many sites', async () => {
    const { fetchPending } = await renderApp();
    const links = Array.from(
      { length: 8 },
      (_, n) => `Link ${n},https://site${n % 3}.example/a${n},1700000000,,unread`,
    );
    const csv = ['title,url,time_added,tags,status', ...links].join('\n');
    chooseFile(new File([csv], 'pocket.csv', { type: 'text/csv' }));
    const ask = await screen.findByTestId('import-fetch-ask', {}, { timeout: 5000 });
    expect(ask.textContent).toContain('Fetch the imported articles now?');
    expect(ask.textContent).toContain('Articles: 8 · Sites: 3');
    expect(fetchPending).not.toHaveBeenCalled();
    await waitFor(() => expect(rowTitles()).toContain('Link 7'));
    fireEvent.click(within(ask).getByRole('button', { name: 'Fetch now' }));
    expect(fetchPending).toHaveBeenCalledTimes(1);
    expect([...((fetchPending.mock.calls[0] as unknown[])[0] as string[])].sort()).toEqual(
      Array.from({ length: 8 }, (_, n) => `https://site${n % 3}.example/a${n}`).sort(),
    );
    expect(screen.queryByTestId('import-fetch-ask')).toBeNull();
  });

  it('“Not now” leaves the imported links pending and fetches nothing', async () => {
    const { fetchPending } = await renderApp();
    const links = Array.from(
      { length: 6 },
      (_, n) => `Link ${n},https://one.example/a${n},1700000000,,unread`,
    );
    const csv = ['title,url,time_added,tags,status', ...links].join('\n');
    chooseFile(new File([csv], 'pocket.csv', { type: 'text/csv' }));
    const ask = await screen.findByTestId('import-fetch-ask', {}, { timeout: 5000 });
    expect(ask.textContent).toContain('Articles: 6 · Sites: 1');
    fireEvent.click(within(ask).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByTestId('import-fetch-ask')).toBeNull();
    expect(fetchPending).not.toHaveBeenCalled();
    expect((await seeded.get('https://one.example/a0'))?.fetchState).toBe('pending');
  });

  it('a file that cannot be read is reported, and the import button works again (issue 15, finding 10)', async () => {
    await renderApp();
    const file = new File(['x'], 'pocket.csv');
    file.arrayBuffer = () => Promise.reject(new DOMException('The file was moved.', 'NotReadableError'));
    const input = chooseFile(file);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/The file was moved\./));
    expect(screen.getByTestId('library-status').textContent).not.toContain('Importing');
    expect(input.disabled).toBe(false);
    expect(await seeded.count()).toBe(3);
  });

  it('refuses a file larger than any export before reading it', async () => {
    await renderApp();
    const file = new File(['x'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    const input = chooseFile(file);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This file is 300 MB; Pullquote imports files of up to 200 MB.',
      ),
    );
    expect(read).not.toHaveBeenCalled();
    expect(input.disabled).toBe(false);
  });

  it('shows an import error with its line and changes nothing', async () => {
    const { fetchPending } = await renderApp();
    const csv = 'title,url,time_added,tags,status\nBad,notaurl,1700000000,,unread\n';
    chooseFile(new File([csv], 'pocket.csv'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/Nothing was imported\. .*line/i),
    );
    expect(await seeded.count()).toBe(3);
    expect(fetchPending).not.toHaveBeenCalled();
  });

  it('shows the background’s fetch progress, what failed, and retries those', async () => {
    const { fetchPending } = await renderApp();
    await fetchProgressItem.setValue({
      running: false,
      total: 4,
      done: 3,
      failed: [{ id: 'https://news.example/budget', url: 'https://news.example/budget', error: 'Timed out' }],
      at: 1,
    });
    const panel = await screen.findByTestId('fetch-progress');
    expect(within(panel).getByText('3 of 4 fetched')).toBeTruthy();
    expect((within(panel).getByRole('progressbar') as HTMLProgressElement).value).toBe(3);
    expect(within(panel).getByText(/Timed out/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(fetchPending).toHaveBeenCalledWith(['https://news.example/budget']);
  });

  it('shows writes made in another context from the change feed, reading only the rows they touched', async () => {
    const { fullReads, rowReads } = await renderCountingReads();
    const background = await openBackground();
    const fresh = makeItem({
      url: 'https://fresh.example/tide-tables',
      title: 'Fresh tide tables',
      text: 'Spring tides and neap tides.',
      savedAt: 1_700_000_400_000,
    });
    await background.put(fresh);
    await waitFor(() => expect(rowTitles()[0]).toBe('Fresh tide tables'), { timeout: 3000 });
    expect(screen.getByTestId('library-count').textContent).toBe('4 saved articles');

    const budget = () => screen.getAllByRole('row').find((row) => row.textContent?.includes('Budget talks'));
    expect(budget()?.textContent).toContain('Fetch failed');
    await background.update('https://news.example/budget', {
      fetchState: 'ok',
      text: 'Ministers met again.',
      contentHtml: '<p>Ministers met again.</p>',
    });
    await waitFor(() => expect(budget()?.textContent).not.toContain('Fetch failed'), { timeout: 3000 });

    await background.delete(['https://blog.example/bread']);
    await waitFor(() => expect(rowTitles()).not.toContain('Sourdough for beginners'), { timeout: 3000 });
    expect(rowTitles()).toEqual(['Fresh tide tables', 'The harbour at night', 'Budget talks stall']);
    expect(fullReads).toHaveBeenCalledTimes(1);
    expect(rowReads.mock.calls.map(([ids]) => ids)).toEqual([
      [fresh.id],
      ['https://news.example/budget'],
      ['https://blog.example/bread'],
    ]);
    // The search index follows the change too.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'neap' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Fresh tide tables']));
  });

  it('reads every row again when another context clears the library, and never for its own writes', async () => {
    const { fullReads, rowReads } = await renderCountingReads();
    const firstRow = () => screen.getAllByRole('row')[0] as HTMLElement;
    fireEvent.click(within(firstRow()).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(within(firstRow()).getByRole('button', { name: 'Unarchive' })).toBeTruthy());
    const background = await openBackground();
    await background.delete(['https://blog.example/bread']);
    await waitFor(() => expect(rowTitles()).not.toContain('Sourdough for beginners'), { timeout: 3000 });
    // The page's own archive was applied by the page; the feed brought only the other context's delete.
    expect(rowReads.mock.calls.map(([ids]) => ids)).toEqual([['https://blog.example/bread']]);
    expect(fullReads).toHaveBeenCalledTimes(1);
    await background.clear();
    await waitFor(() => expect(screen.getByTestId('library-empty')).toBeTruthy(), { timeout: 3000 });
    expect(fullReads).toHaveBeenCalledTimes(2);
  });

  it('shows a quota error in plain words and keeps the list as it was', async () => {
    await renderApp();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const library = opened[opened.length - 1] as Library;
    vi.spyOn(library, 'update').mockRejectedValue(
      (await import('@/utils/library/errors')).toLibraryError(quota),
    );
    const first = screen.getAllByRole('row')[0] as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no room left'));
    expect((await seeded.get('https://news.example/tides'))?.state).toBe('unread');
    expect(
      within(screen.getAllByRole('row')[0] as HTMLElement).getByRole('button', { name: 'Archive' }),
    ).toBeTruthy();
  });

  it('clears the library after confirmation and shows the empty state', async () => {
    await renderApp();
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(screen.getByRole('button', { name: 'Clear library' }));
    expect(await seeded.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Clear library' }));
    await waitFor(() =>
      expect(screen.getByTestId('library-empty').textContent).toContain('Nothing saved yet'),
    );
    expect(await seeded.count()).toBe(0);
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

describe('library page, virtualized', () => {
  it('renders only a window of rows of a 2,000-item library, with the full height', async () => {
    await seeded.putMany(
      Array.from({ length: 2000 }, (_, index) =>
        makeItem({ url: `https://many.example/${index}`, title: `Item ${index}`, savedAt: index }),
      ),
    );
    await renderApp();
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('2003');
    expect(grid.style.height).toBe(`${2003 * 72}px`);
  });
});
