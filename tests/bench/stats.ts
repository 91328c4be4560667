/** Small order statistics for timings. Empty input gives NaN: there is nothing to report, and 0 would lie. */

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  const upper = s[mid] ?? Number.NaN;
  return n % 2 === 1 ? upper : ((s[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Nearest-rank percentile (p in 0..100): the smallest value with at least p % of the values at or below it.
 * Always an observed value, so "p95 = 840 ms" is a page that really took 840 ms.
 */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1] ?? Number.NaN;
}
