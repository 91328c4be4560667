import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, mix, readableOn, relativeLuminance } from '@/utils/card';

describe('relativeLuminance', () => {
  it.each([
    ['#ffffff', 1],
    ['#000000', 0],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
  ])('%s is %d', (colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 4);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#ffffff', 4.48],
    // #767676 is the lightest grey that passes AA on white.
    ['#767676', '#ffffff', 4.54],
    ['#ff0000', '#ffffff', 4.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#123456', '#123456', 1],
  ])('%s on %s is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });
});

describe('readableOn', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#000000', '#ffffff'],
    ['#ffff00', '#000000'],
    ['#0000ff', '#ffffff'],
    // Mid grey: black gives 4.69, white 4.48.
    ['#777777', '#000000'],
    ['#2563eb', '#ffffff'],
    ['#ffa500', '#000000'],
  ])('on %s picks %s', (background, expected) => {
    expect(readableOn(background)).toBe(expected);
  });

  it.each(['#777777', '#767676', '#757575', '#7f7f7f', '#808080', '#ff0000', '#00aa00', '#0080ff'])(
    'always reaches 4.5:1, even on the hardest mid tone %s',
    (background) => {
      expect(contrastRatio(readableOn(background), background)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('mix', () => {
  it.each([
    ['#000000', '#ffffff', 0, '#000000'],
    ['#000000', '#ffffff', 1, '#ffffff'],
    ['#000000', '#ffffff', 0.5, '#808080'],
    ['#ff0000', '#0000ff', 0.5, '#800080'],
  ])('%s towards %s by %d is %s', (from, to, amount, expected) => {
    expect(mix(from, to, amount)).toBe(expected);
  });
});

describe('ensureContrast', () => {
  it('keeps a colour that already passes', () => {
    expect(ensureContrast('#0000ff', '#ffffff', 3, '#000000')).toBe('#0000ff');
  });

  it('darkens yellow on white until it reaches 3:1', () => {
    const adjusted = ensureContrast('#ffff00', '#ffffff', 3, '#000000');
    expect(adjusted).not.toBe('#ffff00');
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
