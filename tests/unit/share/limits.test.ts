import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { countFor, NETWORKS, SHARE_TARGETS } from '@/utils/share';

describe('NETWORKS', () => {
  it('describes every target once, in display order', () => {
    expect(SHARE_TARGETS).toHaveLength(11);
    expect(Object.keys(NETWORKS).sort()).toEqual([...SHARE_TARGETS].sort());
    for (const target of SHARE_TARGETS) expect(NETWORKS[target].id).toBe(target);
  });

  it.each([
    ['x', 280, 'post'],
    ['bluesky', 300, 'post'],
    ['mastodon', 500, 'post'],
    ['threads', 500, 'post'],
    ['reddit', 300, 'title'],
    ['hackernews', 80, 'title'],
    ['linkedin', null, 'none'],
    ['facebook', null, 'none'],
    ['telegram', null, 'post'],
    ['whatsapp', null, 'post'],
    ['email', null, 'post'],
  ] as const)('%s: limit %s, text %s', (target, limit, text) => {
    expect(NETWORKS[target].limit).toBe(limit);
    expect(NETWORKS[target].text).toBe(text);
  });
});

describe('countFor', () => {
  it.each([
    // X: URLs 23, CJK 2, emoji 2 (one ZWJ family is one emoji), Latin 1.
    ['x', 'hello', 5],
    ['x', '日本語', 6],
    ['x', '👨‍👩‍👧‍👦', 2],
    ['x', '🇫🇷 👍🏽', 5],
    ['x', 'see https://example.com/a/very/long/path/that/goes/on?and=on', 4 + 23],
    // Bluesky: graphemes, URLs in full.
    ['bluesky', '👨‍👩‍👧‍👦🇫🇷👍🏽é', 4],
    ['bluesky', 'see https://example.com/', 24],
    // Mastodon: code points, every URL 23 whatever its length.
    ['mastodon', 'see https://example.com/a/very/long/path/that/goes/on?and=on', 4 + 23],
    ['mastodon', 'see https://e.com/', 4 + 23],
    ['mastodon', 'a https://one.com/ b https://two.org/x', 2 + 23 + 3 + 23],
    ['mastodon', 'e\u0301', 2],
    // Threads: UTF-16 length.
    ['threads', '👍🏽 ok', 7],
    // Titles: code points.
    ['hackernews', '👍🏽 ok', 5],
  ] as const)('%s counts %j as %i', (target, text, count) => {
    expect(countFor(target, text)).toBe(count);
  });

  it.each(['x', 'mastodon'] as const)(
    '%s counts a deep link (text fragment) as one 23-character URL',
    (target) => {
      const link =
        'https://e.com/a?id=1#sec:~:text=fox%2E-,Once%20upon%20a%20time,kindness%20for%20many%20years%2E';
      expect(countFor(target, `a ${link}`)).toBe(2 + 23);
    },
  );

  it('agrees with parseTweet for X on mixed text', () => {
    const text = 'مرحبا 世界 🇯🇵 café https://example.com/x?y=1';
    expect(countFor('x', text)).toBe(twitter.parseTweet(text).weightedLength);
  });
});
