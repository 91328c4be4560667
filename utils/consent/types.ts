/** What the reader wants on a site's cookie banner. */
export type ConsentChoice = 'accept' | 'reject';

/**
 * What to click on one site's banner when no rule knows it, learned from the reader's own click: the dialog's
 * root and the button inside it, each by a stable selector, and the button's normalized label. Replayed on
 * that site only, only while the same root holds a button with the same selector and the same label.
 */
export interface LearnedStep {
  container: string;
  button: string;
  text: string;
}

/** Applications in a row that could not be verified before the site is left for the reader to answer. */
export const MAX_FAILURES = 3;

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
  /**
   * Learned from the reader's click on the site's banner, not set in the popup or the options page (nor
   * imported). A learned click never replaces a choice the reader set there.
   */
  learned?: true;
  /** Applications in a row that could not be verified on this device; at `MAX_FAILURES` it stops trying. */
  failures?: number;
  /** The site-specific step for a banner no rule knows (this device only). */
  step?: LearnedStep;
}

/** Every remembered site, keyed by `siteKey` (utils/consent/site-key.ts). */
export type ConsentMemory = Record<string, SiteDecision>;

/** The stored value, version 1. */
export interface ConsentStoreV1 {
  version: 1;
  sites: ConsentMemory;
}

/** Whether a value is a `ConsentChoice`. */
export function isConsentChoice(value: unknown): value is ConsentChoice {
  return value === 'accept' || value === 'reject';
}
