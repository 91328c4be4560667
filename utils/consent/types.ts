/** What the reader wants on a site's cookie banner. */
export type ConsentChoice = 'accept' | 'reject';

/** One site's remembered decision (stored locally; the synced subset is in `sync.ts`). */
export interface SiteDecision {
  choice: ConsentChoice;
  /** The consent platform the choice was made on (autoconsent's CMP name), or '' when unknown. */
  cmp: string;
  /** When the reader last decided anything about this site (the choice, or pausing): ms since the epoch. */
  decidedAt: number;
  /** How many times the choice was applied for the reader on this device. */
  appliedCount: number;
  /** When it was last applied, ms since the epoch; null if never. */
  lastApplied: number | null;
  /** Automation paused on this site by the reader: the choice is kept but nothing is applied. */
  paused?: boolean;
}

/** Every remembered site, keyed by `siteKey` (utils/consent/site.ts). */
export type ConsentMemory = Record<string, SiteDecision>;

/** The stored value, version 1. */
export interface ConsentStoreV1 {
  version: 1;
  sites: ConsentMemory;
}

/** The stored value before versioning: a plain map of site to choice. */
export type ConsentStoreV0 = Record<string, ConsentChoice>;

/** Whether a value is a `ConsentChoice`. */
export function isConsentChoice(value: unknown): value is ConsentChoice {
  return value === 'accept' || value === 'reject';
}
