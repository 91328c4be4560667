import type { AutoConsentCMPRule, Config } from '@duckduckgo/autoconsent';

/**
 * How the background drives @duckduckgo/autoconsent for one frame: which rules it gets, which config, and
 * what it does once a consent popup is found. Pure, so every decision is table-tested.
 */

import type { ConsentChoice } from './types';
import { MAX_FAILURES } from './types';

export type { ConsentChoice };

/** What the reader set for sites they have not decided on. */
export type DefaultChoice = 'none' | ConsentChoice;

export interface ConsentPrefs {
  /** "Reject (or accept) on sites I haven't decided": off by default. */
  defaultChoice: DefaultChoice;
  /** Copy the per-site choices through the browser's own sync (storage.sync). */
  sync: boolean;
}

export const DEFAULT_CONSENT_PREFS: ConsentPrefs = { defaultChoice: 'none', sync: false };

export function normalizeConsentPrefs(raw: unknown): ConsentPrefs {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_CONSENT_PREFS;
  const value = raw as Record<string, unknown>;
  const defaultChoice =
    value.defaultChoice === 'accept' || value.defaultChoice === 'reject' ? value.defaultChoice : 'none';
  return { defaultChoice, sync: value.sync === true };
}

/** The part of a remembered site decision the engine needs. */
export interface SiteState {
  choice: ConsentChoice;
  paused?: boolean;
  failures?: number;
}

/** What to do on a site: the reader's own choice, the default they set, or nothing. */
export interface Plan {
  choice: ConsentChoice | null;
  /** True when the choice is the reader's for this site, false when it comes from the default. */
  own: boolean;
}

/**
 * A paused site gets nothing; so does a site whose choice failed `MAX_FAILURES` times in a row, until the
 * reader acts (chooses, resumes, or answers the banner).
 */
export function planFor(site: SiteState | undefined, prefs: ConsentPrefs): Plan {
  if (site?.paused || (site?.failures ?? 0) >= MAX_FAILURES) return { choice: null, own: true };
  if (site) return { choice: site.choice, own: true };
  if (prefs.defaultChoice === 'none') return { choice: null, own: false };
  return { choice: prefs.defaultChoice, own: false };
}

/**
 * What autoconsent may do by itself the moment it has found the platform's dialog: every plan whose answer
 * cannot depend on the page. A default accept must first be checked for a pay-or-accept wall, so for it
 * (only) the background answers `popupFound` (`actionFor`). Acting at once saves a round trip through the
 * background on every revisit.
 */
export function autoActionFor(plan: Plan): 'optIn' | 'optOut' | null {
  if (plan.choice === 'reject') return 'optOut';
  if (plan.choice === 'accept' && plan.own) return 'optIn';
  return null;
}

/**
 * The config answered to a frame's `init`. autoconsent acts on its own only where the answer is fixed
 * (`autoActionFor`); otherwise the background answers `popupFound`. With no plan the engine is off, so sites
 * the reader has not decided on pay for nothing but a click listener. Heuristic detection stays off: only a
 * platform autoconsent recognises is ever clicked.
 */
export function configFor(plan: Plan): Partial<Config> {
  if (!plan.choice) return { enabled: false };
  return {
    enabled: true,
    autoAction: autoActionFor(plan),
    enablePrehide: true,
    // The library's default: a banner found late (async SDKs) stays hidden while it is answered.
    prehideTimeout: 2000,
    // Cosmetic rules hide a banner when there is nothing to click (a reject in effect); for a notice-only
    // banner they also hold the "OK" an accept clicks.
    enableCosmeticRules: true,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    heuristicMode: 'off',
    // Rounds of the content script's search (PromptAutoConsent), which also stops after 10 s.
    detectRetries: 70,
    logs: {
      lifecycle: false,
      rulesteps: false,
      detectionsteps: false,
      evals: false,
      errors: false,
      messages: false,
      waits: false,
    },
  };
}

/**
 * The answer to `popupFound`. A pay-or-accept wall is never accepted unless the reader accepted on that
 * very site themselves; a reject on one is still tried (it fails harmlessly when there is no reject).
 */
export function actionFor(plan: Plan, payWall: boolean): 'optIn' | 'optOut' | null {
  if (plan.choice === 'reject') return 'optOut';
  if (plan.choice === 'accept') return payWall && !plan.own ? null : 'optIn';
  return null;
}

/** Does a rule apply in this frame? Same test the library runs, done once in the background. */
export function ruleRunsIn(rule: AutoConsentCMPRule, url: string, isTop: boolean): boolean {
  const context = rule.runContext ?? {};
  if (isTop && context.main === false) return false;
  if (!isTop && context.frame !== true) return false;
  if (!context.urlPattern) return true;
  try {
    return new RegExp(context.urlPattern).test(url);
  } catch {
    return false;
  }
}

/**
 * The rules one frame gets: generic ones plus the site-specific ones whose pattern matches its URL (the
 * full list is ~800 rules and 680 kB; a frame usually needs a quarter of that).
 */
export function rulesForFrame(
  rules: readonly AutoConsentCMPRule[],
  url: string,
  isTop: boolean,
): AutoConsentCMPRule[] {
  return rules.filter((rule) => ruleRunsIn(rule, url, isTop));
}
