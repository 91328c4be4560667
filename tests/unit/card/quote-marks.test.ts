import { describe, expect, it } from 'vitest';
import { isCornerBracket, quoteMarks } from '@/utils/card';

describe('quoteMarks', () => {
  it.each([
    ['ja', '「', '」'],
    ['ja-JP', '「', '」'],
    ['JA', '「', '」'],
    ['zh-Hant', '「', '」'],
    ['zh-Hant-CN', '「', '」'],
    ['zh-TW', '「', '」'],
    ['zh_HK', '「', '」'],
    ['zh-MO', '「', '」'],
    ['zh', '“', '”'],
    ['zh-CN', '“', '”'],
    ['zh-Hans', '“', '”'],
    ['zh-Hans-TW', '“', '”'],
    ['zh-SG', '“', '”'],
    ['en', '“', '”'],
    ['ar', '“', '”'],
    ['he', '“', '”'],
    ['', '“', '”'],
    [undefined, '“', '”'],
    ['jam', '“', '”'],
  ])('%s: %s…%s', (lang, open, close) => {
    expect(quoteMarks(lang)).toEqual({ open, close });
  });

  it('knows which marks are corner brackets', () => {
    expect(isCornerBracket(quoteMarks('ja'))).toBe(true);
    expect(isCornerBracket(quoteMarks('en'))).toBe(false);
  });
});
