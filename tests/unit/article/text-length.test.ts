/** `textLongerThan` stops early, and must answer exactly as measuring the whole collapsed textContent would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../utils/article/strings';
import { textLongerThan } from '../../../utils/article/visible';
import { parseWith } from './parse';

describe('textLongerThan', () => {
  it.each([
    ['<p id="t">  a  b  </p>', 3, false],
    ['<p id="t">  a  b  </p>', 2, true],
    ['<p id="t">a<b> </b><i>\u00a0</i>b</p>', 3, false],
    ['<p id="t">ab<span>cd</span></p>', 3, true],
    ['<p id="t"></p>', 0, false],
  ])('%s longer than %i: %s', (html, limit, expected) => {
    const doc = parseWith('linkedom', `<html><body>${html}</body></html>`);
    const element = doc.getElementById('t');
    if (element === null) throw new Error('no test element');
    expect(textLongerThan(element, limit)).toBe(expected);
  });

  it('agrees with collapseWhitespace(textContent).length for any text and nesting (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', 'a', 'word', 'é', '日本', '😀'),
      fc.constantFrom('<b>', '</b>', '<span>', '</span>', '<br>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(30), (pieces, limit) => {
        const doc = parseWith('linkedom', `<html><body><p id="t">${pieces.join('')}</p></body></html>`);
        const element = doc.getElementById('t');
        if (element === null) return;
        const expected = collapseWhitespace(element.textContent ?? '').length > limit;
        expect(textLongerThan(element, limit)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
