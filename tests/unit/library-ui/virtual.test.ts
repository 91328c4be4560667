import { describe, expect, it } from 'vitest';
import { rowsPerPage, scrollTopToReveal, virtualWindow } from '@/utils/library/virtual-list';

const base = { rowHeight: 50, viewportHeight: 500, overscan: 2 };

describe('virtualWindow', () => {
  it.each([
    // [name, count, scrollTop, expected start, end, offset]
    ['top of a long list', 10_000, 0, 0, 12, 0],
    ['mid-list, aligned', 10_000, 5000, 98, 112, 4900],
    ['mid-list, part row', 10_000, 5025, 98, 113, 4900],
    ['bottom of the list', 10_000, 499_500, 9988, 10_000, 499_400],
    ['overscrolled (rubber band)', 10_000, 1_000_000, 9988, 10_000, 499_400],
    ['negative scrollTop', 10_000, -80, 0, 12, 0],
    ['list shorter than the viewport', 3, 0, 0, 3, 0],
    ['list shorter than the viewport, stale scrollTop', 3, 900, 0, 3, 0],
  ])('%s', (_name, count, scrollTop, start, end, offset) => {
    const win = virtualWindow({ ...base, count, scrollTop });
    expect(win).toEqual({ start, end, offset, totalHeight: count * 50 });
  });

  it('renders nothing for an empty list', () => {
    expect(virtualWindow({ ...base, count: 0, scrollTop: 100 })).toEqual({
      start: 0,
      end: 0,
      offset: 0,
      totalHeight: 0,
    });
  });

  it('renders at least one row (plus overscan) before the viewport is measured', () => {
    const win = virtualWindow({ ...base, count: 100, scrollTop: 0, viewportHeight: 0 });
    expect(win.start).toBe(0);
    expect(win.end).toBe(3);
  });

  it('survives NaN input without rendering the whole list', () => {
    const win = virtualWindow({
      count: 10_000,
      rowHeight: Number.NaN,
      viewportHeight: 500,
      scrollTop: Number.NaN,
      overscan: 2,
    });
    expect(win.end - win.start).toBeLessThan(1000);
    expect(win.start).toBe(0);
  });

  it('keeps the DOM small at 10,000 rows wherever the list is scrolled', () => {
    for (let scrollTop = 0; scrollTop < 500_000; scrollTop += 12_345) {
      const win = virtualWindow({ ...base, count: 10_000, scrollTop });
      expect(win.end - win.start).toBeLessThanOrEqual(15);
      // The rendered window always covers the viewport.
      expect(win.offset).toBeLessThanOrEqual(Math.min(scrollTop, 500_000 - 500));
      expect(win.end * 50).toBeGreaterThanOrEqual(Math.min(scrollTop + 500, 500_000));
    }
  });
});

describe('scrollTopToReveal', () => {
  it.each([
    ['already visible: unchanged', 5, 100, 100],
    ['above the viewport: scroll up to its top', 1, 200, 50],
    ['below the viewport: scroll so its bottom is the last visible pixel', 20, 0, 550],
    ['partly below: just enough', 11, 100, 100],
    ['partly below by a pixel', 11, 99, 100],
  ])('%s', (_name, index, scrollTop, expected) => {
    expect(scrollTopToReveal(index, 50, 500, scrollTop)).toBe(expected);
  });
});

describe('rowsPerPage', () => {
  it.each([
    [50, 500, 10],
    [72, 700, 9],
    [50, 0, 1],
    [50, 20, 1],
  ])('rows of %ipx in %ipx: %i', (rowHeight, viewport, expected) => {
    expect(rowsPerPage(rowHeight, viewport)).toBe(expected);
  });
});
