/** The article metadata set's matching rules (tests/bench/page-metadata-score.ts). */
import { describe, expect, it } from 'vitest';
import {
  authorMatches,
  authorTokens,
  dateMatches,
  expectedValue,
  firstImageOf,
  imageMatches,
  type PageExpectation,
  titleMatches,
} from '../../bench/page-metadata-score';

describe('titleMatches', () => {
  it.each([
    [
      'same after case, punctuation and quotes',
      'Mayor: “We Will Build It”',
      'mayor "we will build it"',
      true,
    ],
    ['NFKC: full-width letters', 'Ｐａｒｋ ａｐｐｒｏｖｅｄ', 'Park approved', true],
    ['a trailing site part on the extracted title', 'Park approved | The Ledger', 'Park approved', true],
    ['several trailing parts', 'Park approved - News - The Ledger', 'Park approved', true],
    ['a trailing part after a colon or underscore', 'Park approved_Ledger', 'Park approved', true],
    ['a trailing site part on the expectation', 'Park approved', 'Park approved - The Ledger', true],
    ['a leading section is not forgiven', 'Opinion | Park approved', 'Park approved', false],
    ['a different headline', 'Park rejected', 'Park approved', false],
    ['nothing extracted', null, 'Park approved', false],
  ])('%s', (_label, got, expected, result) => {
    expect(titleMatches(got, expected)).toBe(result);
  });
});

describe('authorTokens', () => {
  it.each([
    [{ author: 'By Jane Doe' }, ['doe']],
    [{ author: 'Ana Ruiz, Ben Okafor & Chen Li' }, ['ruiz', 'okafor', 'li']],
    [{ author: 'Anna Muster und Ben Beispiel' }, ['muster', 'beispiel']],
    [{ author: 'Mike Cason | mcason@al.example' }, ['cason']],
    [{ author: '後藤 大地' }, ['後藤 大地']],
    [{ author: 'whatever', author_names: ['Wake Forest University'] }, ['wake forest university']],
  ])('%j', (expectation, tokens) => {
    expect(authorTokens(expectation)).toEqual(tokens);
  });
});

describe('authorMatches', () => {
  it.each([
    ['the surname as a whole word', 'Jane Doe', { author: 'Jane Doe' }, true],
    ['"By" ignored', 'By Jane Doe', { author: 'Jane Doe' }, true],
    ['every author needed', 'Ana Ruiz', { author: 'Ana Ruiz and Ben Okafor' }, false],
    ['a surname inside another word does not count', 'Jane Doeson', { author: 'Jane Doe' }, false],
    [
      'Chinese or Japanese names as substrings, spaces ignored',
      '著者：後藤大地',
      { author: '後藤 大地' },
      true,
    ],
    ['too long to be a byline', `Jane Doe ${'x'.repeat(200)}`, { author: 'Jane Doe' }, false],
    ['nothing extracted', null, { author: 'Jane Doe' }, false],
  ])('%s', (_label, got, expectation, result) => {
    expect(authorMatches(got, expectation)).toBe(result);
  });
});

describe('dateMatches', () => {
  it.each([
    ['the same UTC day', '2016-12-12T23:00:00Z', '2016-12-12T01:00:00.000Z', true],
    ['within 24 h across midnight', '2019-03-05T12:00:00Z', '2019-03-04T15:00:00.000Z', true],
    ['two days off', '2018-11-19T12:00:00Z', '2018-11-21T12:00:00.000Z', false],
    ['a bare day: a value written on it', '2016-12-12', '2016-12-12', true],
    ['a bare day: within 24 h of its noon', '2016-12-13T06:00:00Z', '2016-12-12', true],
    ['a bare day: too far', '2016-12-14T00:00:00Z', '2016-12-12', false],
    ['unparseable', 'last Tuesday', '2016-12-12T00:00:00.000Z', false],
    ['nothing extracted', null, '2016-12-12', false],
  ])('%s', (_label, got, expected, result) => {
    expect(dateMatches(got, expected)).toBe(result);
  });
});

describe('imageMatches', () => {
  const page = 'https://news.example.test/a/b';
  it.each([
    [
      'same URL without query or protocol',
      'http://cdn.example.test/x.jpg?w=1',
      'https://cdn.example.test/x.jpg',
      true,
    ],
    [
      'same file name on another host',
      'https://img.example.test/2016/x.jpg',
      'https://cdn.example.test/x.jpg',
      true,
    ],
    [
      'host case and percent-encoding',
      'https://CDN.example.test/a%20b.jpg',
      'https://cdn.example.test/a b.jpg',
      true,
    ],
    ['a relative URL resolves against the page', '/img/x.jpg', 'https://news.example.test/img/x.jpg', true],
    ['a different file', 'https://cdn.example.test/y.jpg', 'https://cdn.example.test/x.jpg', false],
    ['nothing extracted', null, 'https://cdn.example.test/x.jpg', false],
  ])('%s', (_label, got, expected, result) => {
    expect(imageMatches(got, expected, page)).toBe(result);
  });

  it("reads plain Readability's lead image as the first <img src> of its content", () => {
    const html = '<p><img alt="" data-x="1" src="/a.jpg?x=1&amp;y=2"><img src="/b.jpg"></p>';
    expect(firstImageOf(html, page)).toBe('https://news.example.test/a.jpg?x=1&y=2');
    expect(firstImageOf('<p>no image</p>', page)).toBeNull();
  });
});

describe('expectedValue', () => {
  const expectation: PageExpectation = {
    file: 'pages/x.html',
    url: 'https://x.example/',
    title: 'T',
    author: null,
    date_published: '',
    lead_image_url: 'https://x.example/a.jpg',
    exclude: { lead_image_url: 'site logo' },
  };
  it('scores only fields the set states and does not exclude', () => {
    expect(expectedValue(expectation, 'title')).toBe('T');
    expect(expectedValue(expectation, 'author')).toBeNull();
    expect(expectedValue(expectation, 'date')).toBeNull();
    expect(expectedValue(expectation, 'image')).toBeNull();
  });
});
