import { describe, expect, it } from 'vitest';
import { declaredFavicon, FAVICON_PROBE_PAGE, faviconCacheUrl, sameBytes } from '@/utils/card';

describe('faviconCacheUrl', () => {
  it("builds Chrome's _favicon URL with the page URL encoded", () => {
    expect(faviconCacheUrl('chrome-extension://abcdef', 'https://news.example/a?b=c&d=e#f', 64)).toBe(
      'chrome-extension://abcdef/_favicon/?pageUrl=https%3A%2F%2Fnews.example%2Fa%3Fb%3Dc%26d%3De%23f&size=64',
    );
  });

  it('asks for 64 px by default', () => {
    expect(faviconCacheUrl('chrome-extension://abcdef', 'https://n.example/')).toMatch(/&size=64$/);
  });

  it('has a probe page that can never have an icon', () => {
    expect(new URL(FAVICON_PROBE_PAGE).hostname.endsWith('.invalid')).toBe(true);
  });
});

const page = 'https://news.example/2024/story/?id=3';

describe('declaredFavicon', () => {
  it.each([
    ['no links: the site root favicon.ico', [], 'https://news.example/favicon.ico'],
    [
      'a relative icon',
      [{ rel: 'icon', href: 'img/icon.png' }],
      'https://news.example/2024/story/img/icon.png',
    ],
    [
      'a protocol-relative shortcut icon',
      [{ rel: 'shortcut icon', href: '//s1.cdn.example/ico/favicon.ico' }],
      'https://s1.cdn.example/ico/favicon.ico',
    ],
    ['rel in capitals', [{ rel: 'Shortcut Icon', href: '/f.ico' }], 'https://news.example/f.ico'],
    [
      'not an icon: stylesheet and apple-touch-icon are ignored',
      [
        { rel: 'stylesheet', href: '/site.css' },
        { rel: 'apple-touch-icon', href: '/touch.png' },
      ],
      'https://news.example/favicon.ico',
    ],
    [
      'the largest of several sizes',
      [
        { rel: 'icon', href: '/16.png', sizes: '16x16' },
        { rel: 'icon', href: '/48.png', sizes: '48x48' },
        { rel: 'icon', href: '/32.png', sizes: '32x32' },
      ],
      'https://news.example/48.png',
    ],
    [
      'SVG skipped (by type or by extension), the bitmap kept',
      [
        { rel: 'icon', href: '/logo', type: 'image/svg+xml', sizes: 'any' },
        { rel: 'icon', href: '/logo.svg' },
        { rel: 'icon', href: '/logo.png' },
      ],
      'https://news.example/logo.png',
    ],
    [
      'data: and javascript: icons are not fetched',
      [
        { rel: 'icon', href: 'data:,' },
        { rel: 'icon', href: 'javascript:alert(1)' },
      ],
      'https://news.example/favicon.ico',
    ],
  ])('%s', (_name, links, expected) => {
    expect(declaredFavicon(links, page)).toBe(expected);
  });

  it.each(['file:///home/me/page.html', 'about:blank', 'not a url'])('none for the page %s', (url) => {
    expect(declaredFavicon([{ rel: 'icon', href: '/x.png' }], url)).toBeNull();
  });
});

describe('sameBytes', () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], true],
    [[1, 2, 3], [1, 2, 4], false],
    [[1, 2, 3], [1, 2], false],
    [[], [], true],
  ])('%j vs %j: %s', (a, b, expected) => {
    expect(sameBytes(Uint8Array.from(a), Uint8Array.from(b))).toBe(expected);
  });
});
