import type { SiteDecision } from '@/utils/consent/types';

/** A remembered site decision for the consent tests: a OneTrust reject, never applied, unless overridden. */
export const decision = (overrides: Partial<SiteDecision> = {}): SiteDecision => ({
  choice: 'reject',
  cmp: 'onetrust',
  decidedAt: 1_000,
  appliedCount: 0,
  lastApplied: null,
  ...overrides,
});
