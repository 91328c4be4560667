import { describe, expect, it } from 'vitest';
import { hostOf, libraryUrl, urlKey } from '@/utils/library/url';

describe('urlKey', () => {
  it.each([
    ['plain', 'https://example.com/a/b', 'https://example.com/a/b'],
    ['scheme and host lowercased', 'HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['www. dropped', 'https://www.example.com/a', 'https://example.com/a'],
    ['www only at the start', 'https://news.www.example.com/a', 'https://news.www.example.com/a'],
    ['fragment dropped', 'https://example.com/a#comments', 'https://example.com/a'],
    ['text directive dropped', 'https://example.com/a#:~:text=hello', 'https://example.com/a'],
    ['trailing slash dropped', 'https://example.com/a/b/', 'https://example.com/a/b'],
    ['root slash kept', 'https://example.com/', 'https://example.com/'],
    ['root without slash', 'https://example.com', 'https://example.com/'],
    ['utm_* dropped', 'https://example.com/a?utm_source=x&utm_medium=y', 'https://example.com/a'],
    [
      'click and mailing ids dropped, others kept in order',
      'https://example.com/a?fbclid=1&id=7&gclid=2&mc_cid=3&mc_eid=4&ref_src=5&igshid=6&page=2',
      'https://example.com/a?id=7&page=2',
    ],
    ['default port dropped', 'https://example.com:443/a', 'https://example.com/a'],
    ['other port kept', 'http://localhost:8080/a/', 'http://localhost:8080/a'],
    ['credentials dropped', 'https://user:pass@example.com/a', 'https://example.com/a'],
    ['http kept distinct', 'http://example.com/a', 'http://example.com/a'],
    ['whitespace trimmed', '  https://example.com/a  ', 'https://example.com/a'],
  ])('%s', (_label, input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });

  it.each([
    ['not a URL', 'not a url'],
    ['javascript', 'javascript:alert(1)'],
    ['mailto', 'mailto:a@example.com'],
    ['file', 'file:///etc/passwd'],
    ['empty', ''],
  ])('rejects %s', (_label, input) => {
    expect(urlKey(input)).toBeNull();
  });

  it('gives the same key to the same page saved from different links', () => {
    const keys = new Set(
      [
        'https://www.example.com/story/?utm_source=tw',
        'https://example.com/story#top',
        'HTTPS://EXAMPLE.COM/story?fbclid=abc',
      ].map(urlKey),
    );
    expect(keys).toEqual(new Set(['https://example.com/story']));
  });
});

describe('libraryUrl', () => {
  it('keeps www. and the trailing slash (the link must still work) but drops tracking and fragment', () => {
    expect(libraryUrl('https://www.example.com/story/?utm_source=x&p=1#top')).toBe(
      'https://www.example.com/story/?p=1',
    );
  });
  it('rejects non-web URLs', () => {
    expect(libraryUrl('ftp://example.com/file')).toBeNull();
  });
});

describe('hostOf', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['https://blog.example.co.uk/a', 'blog.example.co.uk'],
    ['nonsense', ''],
  ])('%s', (input, expected) => {
    expect(hostOf(input)).toBe(expected);
  });
});
