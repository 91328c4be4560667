import { describe, expect, it } from 'vitest';
import {
  fairFieldMatches,
  fieldMatches,
  matchFields,
  normMeta,
  sameByline,
  sameInstant,
  sameTitle,
} from '../../bench/metadata-score';

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

describe('sameTitle (fair rule)', () => {
  it.each([
    ['Headline', 'Headline', true],
    ['How to Build a Terrarium', 'How to Build a Terrarium | eHow', true],
    ['Issue 85', 'Issue 85 – Firefox Nightly News', true],
    ['Shared Mutable History', 'Evolve: Shared Mutable History', true],
    ['These Weeks in Firefox: Issue 85', 'These Weeks in Firefox: Issue 85 – Firefox Nightly News', true],
    // The removed part must look like a site name (at most five words), and be a whole part.
    ['Short', 'Short - this is a much longer subtitle than any site name', false],
    ['How to Build', 'How to Build a Terrarium | eHow', false],
    ['Headline', 'Other Headline | Site', false],
    [null, 'Headline | Site', false],
    ['Headline', null, false],
    [null, null, true],
  ])('%j vs expected %j → %s', (predicted, expected, result) => {
    expect(sameTitle(predicted, expected)).toBe(result);
  });
});

describe('sameByline (fair rule)', () => {
  it.each([
    ['Scott Cunningham', 'By Scott Cunningham', true],
    ['Sébastien Farcis', 'Par Sébastien Farcis', true],
    ['Lucas Nolan', 'by Lucas Nolan', true],
    ['Jane Doe', 'By: Jane Doe', true],
    ['Jane Doe', 'Jane Doe', true],
    ['Byron Smith', 'Byron Smith', true],
    ['ron Smith', 'Byron Smith', false],
    ['Jane Doe', 'By John Roe', false],
    ['Jane Doe', null, false],
  ])('%j vs expected %j → %s', (predicted, expected, result) => {
    expect(sameByline(predicted, expected)).toBe(result);
  });
});

describe('fairFieldMatches', () => {
  it('uses the rule of each field and exact equality elsewhere', () => {
    expect(fairFieldMatches('title', 'A headline', 'A headline | Site')).toBe(true);
    expect(fairFieldMatches('byline', 'Jane Doe', 'By Jane Doe')).toBe(true);
    expect(fairFieldMatches('publishedTime', '2019-01-01T09:00:00.000Z', '2019-01-01T10:00:00+01:00')).toBe(
      true,
    );
    expect(fairFieldMatches('siteName', 'Site', 'The Site')).toBe(false);
    expect(fairFieldMatches('lang', 'en', 'en-US')).toBe(false);
    expect(fairFieldMatches('dir', 'rtl', 'rtl')).toBe(true);
  });
});
