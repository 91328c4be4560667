import { describe, expect, it } from 'vitest';
import { consentIndex, mustAsk, topHost } from '@/utils/consent/gate';
import { siteKey } from '@/utils/consent/site-key';
import { decision } from './decision';

describe('consentIndex', () => {
  it('lists the sites with a choice to apply, each between bars, and leaves paused ones out', () => {
    const index = consentIndex({
      'example.co.uk': decision(),
      'shop.test': decision({ choice: 'accept' }),
      'paused.example': decision({ paused: true }),
      '[::1]': decision(),
    });
    expect(index.split('|').filter(Boolean).sort()).toEqual(['[::1]', 'example.co.uk', 'shop.test']);
    expect(index.startsWith('|') && index.endsWith('|')).toBe(true);
  });

  it('is a lone bar for an empty memory (known, and empty)', () => {
    expect(consentIndex({})).toBe('|');
    expect(mustAsk(consentIndex({}), undefined, 'example.com')).toBe(false);
  });
});

describe('mustAsk', () => {
  const index = '|example.co.uk|alice.github.io|127.0.0.1|[::1]|localhost|xn--bcher-kva.de|';

  it.each<[string, string | null, boolean]>([
    ['the registrable domain itself', 'example.co.uk', true],
    ['a subdomain of a decided site', 'news.example.co.uk', true],
    ['a deep subdomain', 'a.b.c.example.co.uk', true],
    ['a trailing dot', 'www.example.co.uk.', true],
    ['upper case', 'WWW.Example.CO.UK', true],
    ['a private-suffix site', 'alice.github.io', true],
    ['its sibling (the background decides; this only must not miss)', 'bob.github.io', false],
    ['an IPv4 address', '127.0.0.1', true],
    ['an IPv6 address', '[::1]', true],
    ['another IPv6 address', '[::2]', false],
    ['localhost', 'localhost', true],
    ['an IDN host in punycode', 'www.xn--bcher-kva.de', true],
    ['an undecided site', 'other.example', false],
    ['a name that only ends the same', 'badexample.co.uk', false],
    ['a bare public suffix', 'co.uk', false],
    ['an IP sharing a tail (one harmless extra question)', '10.127.0.0.1', true],
    ['an unknown top site', null, true],
  ])('%s', (_label, host, expected) => {
    expect(mustAsk(index, undefined, host)).toBe(expected);
  });

  // The gate must never miss a site the background would apply a choice on: whatever siteKey (with the
  // public suffix list) makes of a page's host, the host seen by the page is matched by the index holding it.
  it.each([
    'https://www.example.com/path?q=1#x',
    'http://a.b.c.example.com:8080/',
    'https://user:pw@WWW.Example.COM/',
    'https://example.com./',
    'https://news.bbc.co.uk/',
    'https://shop.example.co.jp/',
    'https://alice.github.io/repo/',
    'https://github.io/',
    'https://foo.blogspot.com/',
    'https://www.bücher.de/',
    'http://0x7f.1/',
    'http://192.168.1.20/admin',
    'http://[::1]:8080/',
    'https://[2001:DB8:0:0::1]/',
    'http://localhost:5173/',
    'http://localhost./',
    'http://intranet/wiki',
    'http://app.localhost/',
    'http://news.onetrust.test:41234/article',
  ])('never misses the site of %s', (url) => {
    const site = siteKey(url);
    expect(site).not.toBeNull();
    const index = consentIndex({ [site as string]: decision() });
    expect(mustAsk(index, undefined, new URL(url).hostname)).toBe(true);
    expect(mustAsk(consentIndex({ 'unrelated.example': decision() }), undefined, new URL(url).hostname)).toBe(
      false,
    );
  });

  it('asks everywhere when there is no index yet or it is not a string', () => {
    for (const missing of [undefined, null, 42, ['example.com'], { sites: '' }]) {
      expect(mustAsk(missing, undefined, 'other.example')).toBe(true);
    }
  });

  it('asks everywhere when a default choice applies to undecided sites', () => {
    expect(mustAsk('|', { defaultChoice: 'reject', sync: false }, 'other.example')).toBe(true);
    expect(mustAsk('|', { defaultChoice: 'accept', sync: false }, 'other.example')).toBe(true);
    expect(mustAsk('|', { defaultChoice: 'none', sync: false }, 'other.example')).toBe(false);
    expect(mustAsk('|', 'garbage', 'other.example')).toBe(false);
  });
});

describe('topHost', () => {
  const origins = (...list: string[]) => Object.assign([...list], { length: list.length });

  it('is the frame’s own host in the top frame', () => {
    expect(topHost({ hostname: 'news.example.com' }, true)).toBe('news.example.com');
  });

  it('is the outermost ancestor’s host in a subframe (Chromium)', () => {
    const location = {
      hostname: 'cmp.vendor.test',
      ancestorOrigins: origins('https://middle.test', 'https://www.example.com:8443'),
    };
    expect(topHost(location, false)).toBe('www.example.com');
  });

  it.each([
    ['Firefox (no ancestorOrigins)', { hostname: 'cmp.vendor.test' }],
    ['an empty list', { hostname: 'cmp.vendor.test', ancestorOrigins: origins() }],
    ['a sandboxed (opaque) top', { hostname: 'cmp.vendor.test', ancestorOrigins: origins('null') }],
  ])('is unknown in a subframe with %s', (_label, location) => {
    expect(topHost(location, false)).toBeNull();
  });
});
