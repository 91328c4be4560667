import { describe, expect, it } from 'vitest';
import { sameSite, trustedArticleUrl } from '@/utils/page/same-site';

// A page names its canonical URL; Pullquote shares and saves under it only when it is on the page's own
// site, by the public suffix list with its private section (issue 15, finding 3).
describe('sameSite', () => {
  it.each([
    // The same registrable domain.
    ['https://news.example.com/a', 'https://www.example.com/b', true],
    ['https://example.com/a', 'http://example.com:8080/b', true],
    ['https://bbc.co.uk/a', 'https://www.bbc.co.uk/b', true],
    ['https://münchen.de/a', 'https://www.xn--mnchen-3ya.de/b', true],
    // Different registrable domains.
    ['https://example.com/a', 'https://example.org/a', false],
    ['https://bbc.co.uk/a', 'https://itv.co.uk/a', false],
    ['https://attacker.example/a', 'https://news.example/a', false],
    // Private suffixes: each user's own site.
    ['https://alice.github.io/a', 'https://bob.github.io/a', false],
    ['https://alice.github.io/a', 'https://alice.github.io/b', true],
    ['https://a.blogspot.com/x', 'https://b.blogspot.com/x', false],
    ['https://app-1.herokuapp.com/', 'https://app-2.herokuapp.com/', false],
    // Hosts without a registrable domain compare whole.
    ['http://localhost:3000/a', 'http://localhost:4000/b', true],
    ['http://127.0.0.1/a', 'http://127.0.0.2/a', false],
    ['http://[::1]/a', 'http://[::1]:8080/a', true],
    // Not web addresses.
    ['javascript:alert(1)', 'https://example.com/', false],
    ['not a url', 'https://example.com/', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
    expect(sameSite(b, a)).toBe(expected);
  });
});

describe('trustedArticleUrl', () => {
  it('keeps a canonical on the same site, else the page’s own URL', () => {
    expect(trustedArticleUrl('https://www.example.com/story', 'https://m.example.com/story?amp')).toBe(
      'https://www.example.com/story',
    );
    expect(trustedArticleUrl('https://bob.github.io/post', 'https://alice.github.io/post')).toBe(
      'https://alice.github.io/post',
    );
    expect(trustedArticleUrl('https://news.example/a', 'https://attacker.example/a')).toBe(
      'https://attacker.example/a',
    );
  });
});
