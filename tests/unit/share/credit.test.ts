import { describe, expect, it } from 'vitest';
import { quoteCredit, stillTheirWords } from '@/utils/share/credit';

const PARAGRAPHS = [
  'Budget talks stall',
  '“We will not sign this budget,” said Ada Writer, the finance minister.',
  'The talks resume on Monday. We will not sign this budget, one aide repeated.',
];
const CHOSEN = {
  text: 'We will not sign this budget,',
  speaker: 'Ada Writer',
  role: 'the finance minister',
  paragraph: 1,
};

describe('who a shared quote is credited to', () => {
  it('the speaker and role, with the paragraph the quote came from, while the words are still theirs', () => {
    expect(quoteCredit(CHOSEN, '  We will  not sign ', undefined, PARAGRAPHS)).toEqual({
      speaker: 'Ada Writer',
      role: 'the finance minister',
      quoteContext: PARAGRAPHS[1],
    });
  });

  it('words the reader wrote are not credited to the speaker; their paragraph is found if they have one', () => {
    expect(quoteCredit(CHOSEN, 'The talks resume on Monday.', undefined, PARAGRAPHS)).toEqual({
      speaker: undefined,
      role: undefined,
      quoteContext: PARAGRAPHS[2],
    });
    expect(quoteCredit(CHOSEN, 'Entirely my own words', undefined, PARAGRAPHS).quoteContext).toBeUndefined();
  });

  it('a speaker the reader typed is theirs to give, without the engine’s role, even for edited words', () => {
    expect(quoteCredit(CHOSEN, 'We will not sign', ' A. Writer ', PARAGRAPHS)).toMatchObject({
      speaker: 'A. Writer',
      role: undefined,
    });
    expect(quoteCredit(CHOSEN, 'My summary', 'A. Writer', PARAGRAPHS).speaker).toBe('A. Writer');
    expect(quoteCredit(CHOSEN, 'We will not sign', '   ', PARAGRAPHS).speaker).toBe('Ada Writer');
  });

  it('no suggestion chosen (none left): only a typed speaker, and the paragraph by its words', () => {
    expect(quoteCredit(undefined, 'The talks resume', undefined, PARAGRAPHS)).toEqual({
      speaker: undefined,
      role: undefined,
      quoteContext: PARAGRAPHS[2],
    });
  });

  it('stillTheirWords ignores spacing and refuses empty text', () => {
    expect(stillTheirWords('not\n sign', 'We will not sign')).toBe(true);
    expect(stillTheirWords('  ', 'We will not sign')).toBe(false);
    expect(stillTheirWords('will sign', 'We will not sign')).toBe(false);
  });
});
