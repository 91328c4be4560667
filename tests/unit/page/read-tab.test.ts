import { describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '@/utils/article/types';
import {
  CAPTURE_TIMEOUT_MS,
  extractFromSnapshot,
  type FlowDeps,
  readTab,
  tabFromQuery,
} from '@/utils/page/read-tab';
import type { PageSnapshot } from '@/utils/page/snapshot';

const snapshot: PageSnapshot = {
  html: '<html></html>',
  url: 'https://n.example/a',
  title: 'T',
  selection: 'picked',
  tookMs: 3,
};
const article = {
  readable: true,
  title: 'T',
  text: 'Body.',
  url: 'https://n.example/a',
  pageUrl: 'https://n.example/a',
  shareUrl: 'https://n.example/a',
  siteColor: null,
  siteIcon: 'https://n.example/favicon.ico',
} as ExtractedArticle;

function deps(overrides: Partial<FlowDeps> = {}): FlowDeps {
  let clock = 0;
  return {
    capture: async () => ({ ok: true, snapshot }),
    pendingSelection: async () => '',
    // Never fires unless a test says so: the capture wins the race.
    sleep: () => new Promise<void>(() => undefined),
    parse: () => document,
    extract: () => article,
    pageText: () => 'Headline\n\nBody.',
    now: () => (clock += 10),
    ...overrides,
  };
}

describe('readTab', () => {
  it('shows the article with the selection and both timings', async () => {
    await expect(readTab(deps(), 1)).resolves.toEqual({
      kind: 'article',
      article,
      pageText: 'Headline\n\nBody.',
      pageUrl: 'https://n.example/a',
      siteColor: null,
      siteIcon: 'https://n.example/favicon.ico',
      selection: 'picked',
      wholePage: false,
      timing: { pageMs: 3, extractMs: 10 },
    });
  });

  it('offers the whole page when no article is found, keeping the snapshot', async () => {
    await expect(readTab(deps({ extract: () => null }), 1)).resolves.toEqual({
      kind: 'not-article',
      snapshot,
    });
  });

  it('offers the whole page for a page that has only its metadata (not an article)', async () => {
    const pageOnly = { ...article, readable: false, text: '', contentHtml: '' };
    await expect(readTab(deps({ extract: () => pageOnly }), 1)).resolves.toEqual({
      kind: 'not-article',
      snapshot,
    });
  });

  it.each([
    [
      { ok: false as const, reason: 'store' as const },
      { kind: 'restricted', reason: 'store' },
    ],
    [{ ok: false as const, reason: 'no-tab' as const }, { kind: 'no-tab' }],
  ])('maps a refused capture %j', async (result, state) => {
    await expect(readTab(deps({ capture: async () => result }), 1)).resolves.toEqual(state);
  });

  it('turns a failed message (e.g. no background) into an error state with its message', async () => {
    const state = await readTab(
      deps({
        capture: async () => {
          throw new Error('Could not establish connection.');
        },
      }),
      1,
    );
    expect(state).toEqual({ kind: 'error', message: 'Could not establish connection.' });
  });
});

describe('readTab with a selection left by the context menu', () => {
  it('uses it when the page itself has no selection', async () => {
    const state = await readTab(
      deps({
        capture: async () => ({ ok: true, snapshot: { ...snapshot, selection: '' } }),
        pendingSelection: async (tabId) => (tabId === 1 ? 'from the iframe' : ''),
      }),
      1,
    );
    expect(state).toMatchObject({ kind: 'article', selection: 'from the iframe' });
  });

  it("prefers the page's live selection", async () => {
    const state = await readTab(deps({ pendingSelection: async () => 'stale' }), 1);
    expect(state).toMatchObject({ kind: 'article', selection: 'picked' });
  });
});

describe('readTab on a page that never answers', () => {
  it('gives up after the timeout with a state the popup can explain', async () => {
    const sleep = vi.fn(async () => undefined);
    const state = await readTab(deps({ capture: () => new Promise(() => undefined), sleep }), 1);
    expect(state).toEqual({ kind: 'timeout' });
    expect(sleep).toHaveBeenCalledWith(CAPTURE_TIMEOUT_MS);
  });
});

describe('extractFromSnapshot', () => {
  it('forces extraction for "use the whole page anyway"', async () => {
    const extract = vi.fn(() => article);
    const state = await extractFromSnapshot(deps({ extract }), snapshot, true);
    expect(extract).toHaveBeenCalledWith(document, { url: snapshot.url, force: true });
    expect(state).toMatchObject({ kind: 'article', wholePage: true });
  });

  it("passes on the site's colour and icon the extraction read from the page, for cards", async () => {
    const extracted = { ...article, siteColor: '#d9480f', siteIcon: 'https://n.example/img/icon-32.png' };
    const state = await extractFromSnapshot(deps({ extract: () => extracted }), snapshot, false);
    expect(state).toMatchObject({ siteColor: '#d9480f', siteIcon: 'https://n.example/img/icon-32.png' });
  });

  it('says the page is empty when even the whole page gives nothing', async () => {
    await expect(extractFromSnapshot(deps({ extract: () => null }), snapshot, true)).resolves.toEqual({
      kind: 'empty',
    });
    const pageOnly = { ...article, readable: false, text: '' };
    await expect(extractFromSnapshot(deps({ extract: () => pageOnly }), snapshot, true)).resolves.toEqual({
      kind: 'empty',
    });
  });
});

describe('tabFromQuery', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['?tab=-1', null],
    ['?tab=4x', null],
    ['?tab=', null],
    ['', null],
  ])('%s → %s', (search, tab) => {
    expect(tabFromQuery(search)).toBe(tab);
  });
});
