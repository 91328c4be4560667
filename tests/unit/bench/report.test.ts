import { describe, expect, it } from 'vitest';
import { aroundDifference } from '../../bench/report';

describe('aroundDifference', () => {
  it('keeps short values whole', () => {
    expect(aroundDifference('How to Build', 'How to Build | eHow')).toEqual([
      'How to Build',
      'How to Build | eHow',
    ]);
  });

  it('shows the region of a late difference instead of an identical prefix', () => {
    const common = 'x'.repeat(60);
    const [a, b] = aroundDifference(`${common}A tail`, `${common}B tail`, 30);
    expect(a).toBe(`…${'x'.repeat(15)}A tail`);
    expect(b).toBe(`…${'x'.repeat(15)}B tail`);
    expect(a).not.toBe(b);
  });
});
