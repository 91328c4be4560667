import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/stats';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it.each([
    [hundred, 95, 95],
    [hundred, 100, 100],
    [hundred, 0, 1],
    [[5, 1, 4, 2, 3], 95, 5],
    [[5, 1, 4, 2, 3], 50, 3],
    [[42], 95, 42],
  ])('p%#', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
