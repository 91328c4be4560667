import { describe, expect, it } from 'vitest';
import { CARD_SIZES, cardSize, isCardSizeId } from '@/utils/card';

describe('CARD_SIZES', () => {
  it.each([
    ['og', 1200, 630, 'LinkedIn'],
    ['square', 1080, 1080, 'Instagram'],
    ['portrait', 1080, 1350, 'Instagram'],
    ['story', 1080, 1920, 'Instagram Stories'],
    ['pin', 1000, 1500, 'Pinterest'],
  ] as const)('%s is %i×%i and suits %s', (id, width, height, network) => {
    const size = cardSize(id);
    expect([size.width, size.height]).toEqual([width, height]);
    expect(size.networks).toContain(network);
    expect(size.label).not.toBe('');
  });

  it('lists each size once', () => {
    expect(CARD_SIZES.map((size) => size.id)).toEqual(['og', 'square', 'portrait', 'story', 'pin']);
  });

  it('puts Open Graph, X, LinkedIn and Facebook on the 1200×630 card', () => {
    expect(cardSize('og').networks).toEqual(['Open Graph', 'X', 'LinkedIn', 'Facebook']);
  });

  it.each([
    ['og', true],
    ['pin', true],
    ['banner', false],
    ['', false],
  ])('isCardSizeId(%j) is %s', (value, expected) => {
    expect(isCardSizeId(value)).toBe(expected);
  });
});
