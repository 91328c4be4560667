import { describe, expect, it } from 'vitest';
import { buildShareUrl, MastodonInstanceError, type ShareTarget } from '@/utils/share';
import { params } from './helpers';

const post = {
  quote: 'Less is more.',
  speaker: 'Mies',
  title: 'C++ & you: 100% on design',
  url: 'https://example.com/essay?utm_source=news&page=2&fbclid=abc#part-1',
  siteName: 'Example',
};
const clean = 'https://example.com/essay?page=2#part-1';
const body = '“Less is more.” — Mies';

describe('buildShareUrl', () => {
  it.each<[ShareTarget, string, Record<string, string>]>([
    ['x', 'https://x.com/intent/tweet', { text: body, url: clean }],
    ['bluesky', 'https://bsky.app/intent/compose', { text: `${body} ${clean}` }],
    ['mastodon', 'https://mastodon.social/share', { text: `${body} ${clean}` }],
    ['threads', 'https://www.threads.net/intent/post', { text: body, url: clean }],
    ['linkedin', 'https://www.linkedin.com/sharing/share-offsite/', { url: clean }],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php', { u: clean }],
    ['reddit', 'https://www.reddit.com/submit', { url: clean, title: 'C++ & you: 100% on design' }],
    ['hackernews', 'https://news.ycombinator.com/submitlink', { u: clean, t: 'C++ & you: 100% on design' }],
    ['telegram', 'https://t.me/share/url', { url: clean, text: body }],
    ['whatsapp', 'https://wa.me/', { text: `${body} ${clean}` }],
    ['email', 'mailto:', { subject: 'C++ & you: 100% on design', body: `${body}\r\n\r\n${clean}` }],
  ])('%s → %s', (target, endpoint, expected) => {
    const intent = buildShareUrl(target, post, { mastodonInstance: '@me@mastodon.social' });
    const parsed = new URL(intent);
    expect(`${parsed.protocol === 'mailto:' ? 'mailto:' : parsed.origin + parsed.pathname}`).toBe(endpoint);
    expect(params(intent)).toEqual(expected);
    // Spaces are %20 everywhere, never "+": mailto: (RFC 6068) shows a "+" as a plus sign.
    expect(intent).not.toMatch(/\+/);
  });

  it('email: exact encoding, %20 for spaces and %0D%0A for line breaks', () => {
    expect(buildShareUrl('email', { quote: 'a b', title: 'T & U', url: 'https://e.com/' })).toBe(
      'mailto:?subject=T%20%26%20U&body=%E2%80%9Ca%20b%E2%80%9D%0D%0A%0D%0Ahttps%3A%2F%2Fe.com%2F',
    );
  });

  it('X: exact URL for a short post', () => {
    expect(buildShareUrl('x', { quote: 'Hi, you', title: 'T', url: 'https://e.com/?a=1&b=2' })).toBe(
      'https://x.com/intent/tweet?text=%E2%80%9CHi%2C%20you%E2%80%9D&url=https%3A%2F%2Fe.com%2F%3Fa%3D1%26b%3D2',
    );
  });

  it('puts the deep link in the post when given the page text', () => {
    const intent = buildShareUrl(
      'bluesky',
      { quote: 'Less is more.', title: 'T', url: 'https://e.com/a' },
      { pageText: 'Intro.\n\nLess is more. Or so they say.' },
    );
    expect(params(intent).text).toBe('“Less is more.” https://e.com/a#:~:text=Less%20is%20more%2E');
  });

  it('shares the title when there is no quote', () => {
    expect(params(buildShareUrl('x', { title: 'Just a title', url: 'https://e.com/' }))).toEqual({
      text: 'Just a title',
      url: 'https://e.com/',
    });
  });

  it.each([
    ['mastodon.social', 'https://mastodon.social/share'],
    ['https://fosstodon.org/', 'https://fosstodon.org/share'],
    ['@someone@hachyderm.io', 'https://hachyderm.io/share'],
    ['Mastodon.Social', 'https://mastodon.social/share'],
  ])('Mastodon on %s', (instance, endpoint) => {
    const intent = new URL(buildShareUrl('mastodon', post, { mastodonInstance: instance }));
    expect(intent.origin + intent.pathname).toBe(endpoint);
  });

  it.each([undefined, '', 'not an instance', 'javascript:alert(1)', 'https://evil.example/phish?x='])(
    'Mastodon without a valid instance (%j) throws',
    (instance) => {
      const options = instance === undefined ? {} : { mastodonInstance: instance };
      expect(() => buildShareUrl('mastodon', post, options)).toThrow(MastodonInstanceError);
      expect(() => buildShareUrl('mastodon', post, options)).toThrow(/Mastodon/);
    },
  );
});
