import { describe, expect, it } from 'vitest';
import { isSiteKey, siteKey } from '@/utils/consent/site-key';

describe('siteKey', () => {
  it.each([
    // Subdomains, www and ports collapse to the registrable domain.
    ['https://example.com/', 'example.com'],
    ['https://www.example.com/path?q=1#x', 'example.com'],
    ['http://a.b.c.example.com:8080/', 'example.com'],
    ['https://user:pw@www.example.com/', 'example.com'],
    ['https://WWW.Example.COM/', 'example.com'],
    ['https://example.com./', 'example.com'],
    // Multi-label public suffixes, ICANN and private.
    ['https://news.bbc.co.uk/', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/', 'bbc.co.uk'],
    ['https://shop.example.co.jp/', 'example.co.jp'],
    ['https://alice.github.io/repo/', 'alice.github.io'],
    ['https://bob.github.io/', 'bob.github.io'],
    ['https://foo.blogspot.com/', 'foo.blogspot.com'],
    // A bare public suffix has no registrable domain: the host is its own site.
    ['https://github.io/', 'github.io'],
    // IDN: the URL parser's punycode.
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://www.bücher.de/', 'xn--bcher-kva.de'],
    ['https://shop.xn--bcher-kva.de/', 'xn--bcher-kva.de'],
    // IP addresses are their own key; IPv6 keeps its brackets; IPv4 is made canonical.
    ['http://127.0.0.1:3000/', '127.0.0.1'],
    ['http://192.168.1.20/admin', '192.168.1.20'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://[::1]:8080/', '[::1]'],
    ['https://[2001:DB8:0:0::1]/', '[2001:db8::1]'],
    // localhost and single-label hosts.
    ['http://localhost:5173/', 'localhost'],
    ['http://localhost./', 'localhost'],
    ['http://intranet/wiki', 'intranet'],
    ['http://app.localhost/', 'app.localhost'],
    // Unknown TLDs (the e2e tests' *.test hosts) use the default rule: last label is the suffix.
    ['http://news.onetrust.test:41234/article', 'onetrust.test'],
    ['http://onetrust.test/', 'onetrust.test'],
    ['http://a.b.cookiebot.test/', 'cookiebot.test'],
    // No site: other schemes and strings that do not parse.
    ['chrome://extensions/', null],
    ['about:blank', null],
    ['file:///home/me/page.html', null],
    ['data:text/html,<p>hi</p>', null],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', null],
    ['moz-extension://0b7f8d0e-1234-4abc-9def-0123456789ab/popup.html', null],
    ['blob:https://example.com/0b7f8d0e-1234', null],
    ['ftp://example.com/', null],
    ['view-source:https://example.com/', null],
    ['example.com', null],
    ['', null],
    ['https://', null],
    ['http://exa mple.com/', null],
    ['http://__proto__/', null],
  ])('%s → %s', (url, expected) => {
    expect(siteKey(url)).toBe(expected);
  });
});

describe('isSiteKey', () => {
  it.each([
    ['example.com', true],
    ['bbc.co.uk', true],
    ['alice.github.io', true],
    ['xn--bcher-kva.de', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['localhost', true],
    ['onetrust.test', true],
    ['www.example.com', false],
    ['news.onetrust.test', false],
    ['bücher.de', false],
    ['Example.com', false],
    ['example.com:8080', false],
    ['example.com/path', false],
    ['example.com.', false],
    ['::1', false],
    ['https://example.com', false],
    ['', false],
    ['__proto__', false],
  ])('%s → %s', (key, expected) => {
    expect(isSiteKey(key)).toBe(expected);
  });
});
