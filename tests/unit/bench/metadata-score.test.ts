import { describe, expect, it } from 'vitest';
import { fieldMatches, matchFields, normMeta, sameInstant } from '../../bench/metadata-score';

describe('normMeta', () => {
  it.each([
    ['  a \n b ', 'a b'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    [42, null],
  ])('normMeta(%j) = %j', (input, expected) => {
    expect(normMeta(input)).toBe(expected);
  });
});

describe('fieldMatches', () => {
  it.each([
    ['same after whitespace collapse', 'A  title', 'A title\n', true],
    ['null, undefined and blank are all absent', null, '  ', true],
    ['undefined vs null', undefined, null, true],
    ['value where none is expected', 'x', null, false],
    ['case-sensitive', 'Title', 'title', false],
  ])('%s', (_label, predicted, expected, result) => {
    expect(fieldMatches(predicted, expected)).toBe(result);
  });
});

describe('sameInstant', () => {
  it.each([
    ['offset vs UTC ISO', '2019-01-01T10:00:00+01:00', '2019-01-01T09:00:00.000Z', true],
    ['different instants', '2019-01-01T10:00:00Z', '2019-01-01T09:00:00Z', false],
    ['unparseable falls back to strings', 'last Tuesday', 'last Tuesday', true],
    ['one side unparseable', '2019-01-01T10:00:00Z', 'yesterday', false],
    ['both absent', null, '', true],
    ['absent vs date', null, '2019-01-01T10:00:00Z', false],
  ])('%s', (_label, predicted, expected, result) => {
    expect(sameInstant(predicted, expected)).toBe(result);
  });
});

describe('matchFields', () => {
  const expected = {
    title: 'T',
    byline: null,
    excerpt: 'E',
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
  };

  it('null prediction: only fields expected absent match', () => {
    expect(matchFields(null, expected)).toEqual({
      title: false,
      byline: true,
      excerpt: false,
      siteName: true,
      publishedTime: true,
      lang: false,
      dir: true,
    });
  });

  it('a missing field counts as absent', () => {
    const result = matchFields({ title: 'T', excerpt: 'E', lang: 'en' }, expected);
    expect(Object.values(result).every(Boolean)).toBe(true);
  });
});
