import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../utils/article/matches';

describe('allMatches', () => {
  it('gives every match in order, with its groups and index', () => {
    const pattern = /(\d+)-(\d+)/g;
    const matches = allMatches(pattern, 'a 1-2 b 30-40');
    expect(matches.map((m) => [m.index, m[1], m[2]])).toEqual([
      [2, '1', '2'],
      [8, '30', '40'],
    ]);
  });

  it('starts from the beginning whatever the pattern was left at, and leaves it reset', () => {
    const pattern = /x/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, 'xxxx')).toHaveLength(4);
    expect(pattern.lastIndex).toBe(0);
    // The same pattern again, on another text: nothing carried over.
    expect(allMatches(pattern, 'x')).toHaveLength(1);
  });

  it('moves past empty matches instead of looping forever', () => {
    expect(allMatches(/a*/g, 'baab').map((m) => [m.index, m[0]])).toEqual([
      [0, ''],
      [1, 'aa'],
      [3, ''],
      [4, ''],
    ]);
  });

  it('steps over a whole character after an empty match in a Unicode pattern, as matchAll does', () => {
    const text = 'a😀b';
    const pattern = /(?:)/gu;
    expect(allMatches(pattern, text).map((m) => m.index)).toEqual(
      Array.from(text.matchAll(/(?:)/gu), (m) => m.index),
    );
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => allMatches(/a/, 'aa')).toThrow(/global/);
  });
});
