import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Composer from '@/entrypoints/popup/Composer';
import type { Article } from '@/utils/article/types';
import { loadSettings, saveSettings } from '@/utils/storage';
import { installEnglishI18n } from '../support/i18n';

const expected = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../fixtures/pages/seed-news/expected.json'), 'utf8'),
) as { url: string; title: string; paragraphs: string[] };

const article: Article = {
  url: expected.url,
  title: expected.title,
  byline: 'Maya Lindqvist',
  siteName: 'The Daily Ledger',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  contentHtml: '',
  text: expected.paragraphs.join('\n\n'),
  wordCount: 700,
  readingMinutes: 3,
};

function renderComposer(
  props: { settingsOpen?: boolean; onSettingsOpenChange?: (open: boolean) => void; pageUrl?: string } = {},
) {
  return render(
    <Composer
      article={article}
      pageText={`${article.title}\n\n${article.text}`}
      pageUrl={props.pageUrl ?? article.url}
      selection=""
      settingsOpen={props.settingsOpen ?? false}
      onSettingsOpenChange={props.onSettingsOpenChange ?? (() => undefined)}
    />,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Composer', () => {
  it('offers the quotes with their speakers, the first one chosen and in the editor', async () => {
    renderComposer();
    const first = screen.getAllByRole('radio')[0] as HTMLInputElement;
    expect(first.checked).toBe(true);
    expect(screen.getByText('— Antony Blinken, US secretary of state')).toBeTruthy();
    expect((screen.getByLabelText('Quote to share') as HTMLTextAreaElement).value).toBe(
      'There is no change, there will be no change',
    );
  });

  it('selects a picked quote for sharing at once, its editor where the quote stands', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderComposer();
    const third = screen.getAllByRole('radio')[2] as HTMLInputElement;
    const text = third.closest('.quote')?.querySelector('.quote__text')?.textContent ?? '';
    expect(text).not.toBe('');
    fireEvent.click(third);
    expect(third.checked).toBe(true);
    const editor = screen.getByLabelText('Quote to share') as HTMLTextAreaElement;
    expect(editor.value).toBe(text);
    expect(third.closest('.quote')?.contains(editor)).toBe(true);
    expect(document.querySelectorAll('textarea')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Share on X/ }));
    expect(new URL(create.mock.calls[0]?.[0]?.url ?? '').searchParams.get('text')).toContain(text);
  });

  it('opens the X intent with the quote and its speaker', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderComposer();
    fireEvent.click(screen.getByRole('button', { name: /^Share on X/ }));
    const url = new URL(create.mock.calls[0]?.[0]?.url ?? '');
    expect(url.hostname).toBe('x.com');
    expect(url.searchParams.get('text')).toBe(
      '“There is no change, there will be no change” — Antony Blinken',
    );
  });

  it.each([
    [
      'the canonical URL when it is on the page’s own site',
      'http://www.news.example.test/amp/story',
      expected.url,
    ],
    ['the page’s own URL when the canonical points to another site', 'https://other.example/story', null],
  ])('shares %s', (_label, pageUrl, shared) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderComposer({ pageUrl });
    fireEvent.click(screen.getByRole('button', { name: /^Share on X/ }));
    const link = new URL(new URL(create.mock.calls[0]?.[0]?.url ?? '').searchParams.get('url') ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(shared ?? pageUrl);
  });

  it('stops crediting the speaker once the reader writes their own words', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderComposer();
    fireEvent.input(screen.getByLabelText('Quote to share'), {
      target: { value: 'Something I think myself' },
    });
    expect(screen.queryByText('— Antony Blinken')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Share on X/ }));
    const text = new URL(create.mock.calls[0]?.[0]?.url ?? '').searchParams.get('text') ?? '';
    expect(text).toContain('Something I think myself');
    expect(text).not.toContain('Blinken');
  });

  it('shows the settings only once the stored ones are loaded, and keeps them', async () => {
    await saveSettings({ networks: ['x', 'mastodon'], mastodonInstance: 'mastodon.social' });
    renderComposer({ settingsOpen: true });
    const x = await screen.findByRole('checkbox', { name: 'X' });
    expect((screen.getByRole('checkbox', { name: 'Bluesky' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(x);
    await waitFor(async () => expect((await loadSettings()).networks).toEqual(['mastodon']));
    expect((await loadSettings()).mastodonInstance).toBe('mastodon.social');
  });

  it('saves the Mastodon instance when the reader is done, only if it is valid', async () => {
    await saveSettings({ networks: ['mastodon'], mastodonInstance: 'mastodon.social' });
    const { rerender } = renderComposer({ settingsOpen: true });
    const field = await screen.findByLabelText('Mastodon instance');
    fireEvent.input(field, { target: { value: 'not a server' } });
    expect(screen.getByText("That doesn't look like a Mastodon server name.")).toBeTruthy();
    const close = (open: boolean) =>
      rerender(
        <Composer
          article={article}
          pageText={article.text}
          pageUrl={article.url}
          selection=""
          settingsOpen={open}
          onSettingsOpenChange={() => undefined}
        />,
      );
    close(false);
    await expect(loadSettings()).resolves.toMatchObject({ mastodonInstance: 'mastodon.social' });

    close(true);
    fireEvent.input(await screen.findByLabelText('Mastodon instance'), {
      target: { value: '@me@fosstodon.org' },
    });
    close(false);
    await waitFor(async () => expect((await loadSettings()).mastodonInstance).toBe('fosstodon.org'));
  });

  it('names each share button with its visible label and count, and spells the count out as a description', () => {
    renderComposer();
    const button = screen.getByRole('button', { name: /^Share on X \d+\/280$/ });
    const count = button.querySelector('.share__count')?.textContent ?? '';
    expect(button.getAttribute('aria-label')).toBe(`Share on X ${count}`);
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(`X: ${count.replace('/', ' of ')} characters`);
  });

  it.each([
    ['announces a copy at once as an alert when it fails', false],
    ['announces a copy politely as a status when it works', true],
  ])('%s', async (_label, works) => {
    vi.stubGlobal('ClipboardItem', class {});
    const write = vi.fn(() => (works ? Promise.resolve() : Promise.reject(new Error('denied'))));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write } });
    renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    const [alert, status] = [screen.getByRole('alert'), screen.getAllByRole('status')];
    await waitFor(() => expect(alert.textContent).toBe(works ? '' : "Couldn't copy: denied"));
    const polite = status.map((node) => node.textContent).filter(Boolean);
    expect(polite).toEqual(works ? ['Copied quote and link'] : []);
  });

  it('copies the plain text where the browser has no ClipboardItem', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const write = vi.fn(() => Promise.resolve());
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write, writeText } });
    renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(write).not.toHaveBeenCalled();
    expect(writeText.mock.calls[0]?.[0]).toContain('http');
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((node) => node.textContent)).toContain(
        'Copied quote and link',
      ),
    );
  });
});
