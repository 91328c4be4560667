import { describe, expect, it } from 'vitest';
import { aroundDifference, timeRatio, timeRatioLine } from '../../bench/report';
import type {
  ExtractorSnippetSummary,
  PageOutcome,
  SnippetBenchResult,
  SnippetPageResult,
  TimingSummary,
} from '../../bench/snippet-bench';
import { scorePage } from '../../bench/snippet-score';

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

describe('timeRatio', () => {
  const timing = (medianMs: number, p95Ms: number): TimingSummary => ({
    medianMs,
    p95Ms,
    maxMs: p95Ms,
    slowest: null,
    overOneSecond: 0,
  });
  const extractor = (
    id: 'plain' | 'ours',
    wall: TimingSummary,
    cpu: TimingSummary,
  ): ExtractorSnippetSummary => ({
    id,
    label: id,
    confusion: { tp: 0, fn: 0, fp: 0, tn: 0 },
    metrics: { precision: 0, recall: 0, accuracy: 0, f1: 0 },
    timing: wall,
    cpuTiming: cpu,
    emptyPages: [],
    errors: [],
  });
  const outcome = (ms: number, cpuMs: number): PageOutcome => ({
    score: scorePage({ with: [], without: [] }, null),
    ms,
    cpuMs,
    error: null,
    empty: false,
  });
  // Page times (plain, ours): ratios 2, 1.1 and 1.2 on the wall clock, 1.5, 1 and 3 in CPU time.
  const perPage: SnippetPageResult[] = [
    [10, 20, 10, 15],
    [10, 11, 10, 10],
    [100, 120, 10, 30],
  ].map(([plainMs, oursMs, plainCpu, oursCpu], i) => ({
    name: `page${i}`,
    url: undefined,
    outcomes: {
      plain: outcome(plainMs ?? 0, plainCpu ?? 0),
      ours: outcome(oursMs ?? 0, oursCpu ?? 0),
    },
  }));
  const result = (extractors: ExtractorSnippetSummary[]): SnippetBenchResult => ({
    pages: 3,
    withSnippets: 0,
    withoutSnippets: 0,
    repeat: 5,
    warmupPages: 0,
    extractors,
    perPage,
  });
  const both = result([
    extractor('plain', timing(10, 40), timing(8, 50)),
    extractor('ours', timing(15, 50), timing(10, 60)),
  ]);

  it('divides ours by plain Readability on the clock asked for', () => {
    expect(timeRatio(both, 'wall')).toEqual({ median: 1.5, p95: 1.25, paired: 1.2 });
    expect(timeRatio(both, 'cpu')).toEqual({ median: 1.25, p95: 1.2, paired: 1.5 });
    expect(timeRatioLine(both, 'cpu')).toBe(
      'CPU time ratio (ours / plain Readability, same run): median 1.25×, p95 1.20×, ' +
        'median of per-page ratios 1.50×',
    );
  });

  it('has no ratio when extractArticle was not measured', () => {
    const plainOnly = result([extractor('plain', timing(10, 40), timing(8, 50))]);
    expect(timeRatio(plainOnly)).toBeNull();
    expect(timeRatioLine(plainOnly)).toMatch(/n\/a, extractArticle not measured$/);
  });
});
