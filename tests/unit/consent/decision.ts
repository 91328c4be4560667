import type { SiteDecision } from '@/utils/consent/types';

/** A fixed, realistic moment for the consent tests' times (every stored time must be after 1990). */
export const T = Date.UTC(2024, 0, 15, 9, 30);

/** A remembered site decision for the consent tests: a OneTrust reject, never applied, unless overridden. */
export const decision = (overrides: Partial<SiteDecision> = {}): SiteDecision => ({
  choice: 'reject',
  cmp: 'onetrust',
  decidedAt: T + 1_000,
  appliedCount: 0,
  lastApplied: null,
  ...overrides,
});
