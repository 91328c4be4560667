import { describe, expect, it } from 'vitest';
import {
  popupPage,
  popupTabFrom,
  readerIdFrom,
  readerPage,
  studioDataFrom,
  studioPage,
} from '@/utils/routes';

describe('every page reads back the address built for it', () => {
  it.each(['https://news.example/a?b=1&c=2#frag', 'https://例え.jp/記事', 'id with spaces & ampersands='])(
    'the reader: %s',
    (id) => {
      const url = new URL(readerPage(id), 'chrome-extension://abc/');
      expect(url.pathname).toBe('/reader.html');
      expect(readerIdFrom(url.search)).toBe(id);
    },
  );

  it('the studio: its data in the fragment', () => {
    const url = new URL(studioPage('eyJxIjoiaGkifQ'), 'chrome-extension://abc/');
    expect(url.pathname).toBe('/studio.html');
    expect(studioDataFrom(url.hash)).toBe('eyJxIjoiaGkifQ');
  });

  it('the popup for a tab; anything but a tab number names none', () => {
    expect(popupTabFrom(new URL(popupPage(42), 'chrome-extension://abc/').search)).toBe(42);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1e3', '?tab=abc', '?other=1'])
      expect(popupTabFrom(search)).toBeNull();
  });
});
