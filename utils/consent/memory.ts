import { EARLIEST_TIME, isSaneTime } from '../time';
import { isSiteKey } from './site-key';
import {
  type ConsentChoice,
  type ConsentMemory,
  type ConsentStoreV1,
  isConsentChoice,
  type LearnedStep,
  MAX_FAILURES,
  type SiteDecision,
} from './types';

/** Longest CMP name kept: autoconsent's names are short; anything longer is not one. */
const MAX_CMP_LENGTH = 100;

/** The earliest time any decision can have been made: 1990-01-01 (older values are garbage). */
export const MIN_TIMESTAMP = EARLIEST_TIME;

/**
 * Whether `value` is a time a decision can really carry: a finite number of ms since the epoch, not before
 * 1990 and not more than a day after `now`. Anything else (`1e20`, `-1`, `NaN`, a string) breaks sorting,
 * merging and every date display, so it never gets into the memory (issue 15, finding 1).
 */
export function isValidTimestamp(value: unknown, now: number): value is number {
  return isSaneTime(value, now);
}

/** `value` when it is a valid time (`isValidTimestamp`), else `fallback`; whole milliseconds either way. */
export function boundedTime(value: unknown, now: number, fallback: number): number {
  return Math.round(isValidTimestamp(value, now) ? value : fallback);
}

/**
 * The clock entries are checked against: `now`, and `fallback`, the time an entry with a bad time gets (an
 * import's own date when that is valid, else now).
 */
export interface Clock {
  now: number;
  fallback: number;
}

const clockAt = (now: number): Clock => ({ now, fallback: now });

/** The decision stored for a site, or undefined; safe for keys such as `constructor` that plain objects inherit. */
export function getDecision(memory: ConsentMemory, site: string): SiteDecision | undefined {
  return Object.hasOwn(memory, site) ? memory[site] : undefined;
}

/** How a choice was made: in the popup or the options page (`set`), or learned from a click on the banner. */
interface ChoiceOrigin {
  learned?: boolean;
  /** The site-specific step the click taught (learned choices only). */
  step?: LearnedStep;
}

/**
 * The reader decided `choice` on `site`: decidedAt becomes `now`; the application history (appliedCount,
 * lastApplied) and a pause are kept, because a click on a paused site's banner is the reader choosing by hand,
 * which is what pausing is for; failures are forgotten (the reader acted). A choice learned from a click never
 * replaces one the reader set in the popup or the options page (issue 15, finding 2): the memory is returned
 * as it was. A set choice replaces anything. An invalid site key leaves the memory as it was.
 */
export function recordChoice(
  memory: ConsentMemory,
  site: string,
  choice: ConsentChoice,
  cmp: string,
  now: number,
  origin: ChoiceOrigin = {},
): ConsentMemory {
  if (!isSiteKey(site) || !isConsentChoice(choice)) return memory;
  const previous = getDecision(memory, site);
  if (origin.learned && previous && !previous.learned) return memory;
  const decision: SiteDecision = {
    choice,
    cmp: cleanCmp(cmp),
    decidedAt: now,
    appliedCount: previous?.appliedCount ?? 0,
    lastApplied: previous?.lastApplied ?? null,
  };
  if (previous?.paused) decision.paused = true;
  if (origin.learned) decision.learned = true;
  // A step answers the banner with this choice; a set choice keeps one only if it is the same choice.
  const step = origin.learned ? origin.step : previous?.choice === choice ? previous.step : undefined;
  if (step) decision.step = step;
  return { ...memory, [site]: decision };
}

/** The site's remembered choice could not be applied and verified once more (a site with no decision is left alone). */
export function recordFailure(memory: ConsentMemory, site: string): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous) return memory;
  return { ...memory, [site]: { ...previous, failures: Math.min((previous.failures ?? 0) + 1, 1000) } };
}

/** Whether the site failed so often in a row that nothing is tried there until the reader acts. */
export function isStalled(decision: SiteDecision | undefined): boolean {
  return (decision?.failures ?? 0) >= MAX_FAILURES;
}

/** The site without its learned step (the reader removed it in the options page). */
export function removeStep(memory: ConsentMemory, site: string): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous?.step) return memory;
  const { step: _step, ...rest } = previous;
  return { ...memory, [site]: rest };
}

/**
 * The remembered choice was applied on `site` at `now` (by the platform `cmp`, when given and not empty:
 * sites change platforms); a site with no decision is left alone.
 */
export function recordApplied(memory: ConsentMemory, site: string, now: number, cmp?: string): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous) return memory;
  const { failures: _failures, ...rest } = previous;
  const applied: SiteDecision = { ...rest, appliedCount: previous.appliedCount + 1, lastApplied: now };
  const detected = cleanCmp(cmp);
  if (detected) applied.cmp = detected;
  return { ...memory, [site]: applied };
}

/** The memory without `site`. */
export function forget(memory: ConsentMemory, site: string): ConsentMemory {
  if (!Object.hasOwn(memory, site)) return memory;
  const { [site]: _removed, ...rest } = memory;
  return rest;
}

/**
 * Pause or resume automation on a decided site (a site with no decision is left alone: there is nothing to
 * pause). Resuming also forgets failures: it is the reader asking to try again. Pass `now` so the change wins
 * `mergeMemories` on other devices (decidedAt becomes `now`); without it decidedAt is kept and a tie in a merge
 * resolves to paused.
 */
export function setPaused(memory: ConsentMemory, site: string, paused: boolean, now?: number): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous) return memory;
  const { paused: _old, failures, ...rest } = previous;
  if (paused && failures) (rest as SiteDecision).failures = failures;
  const next: SiteDecision = paused ? { ...rest, paused: true } : rest;
  if (now !== undefined) next.decidedAt = now;
  return { ...memory, [site]: next };
}

/**
 * Two memories as one (this device's and sync's, or the stored one and an import). Per site the newer
 * `decidedAt` wins; on a tie, 'reject' beats 'accept', then paused beats not paused, then the longer-sorting
 * cmp, so the result does not depend on argument order. appliedCount and lastApplied are the larger of the
 * two (they count this device's history, which the other side may lack), and a winner without a cmp keeps
 * the other side's. Both sides should already be normalized (`normalizeMemory`).
 */
export function mergeMemories(a: ConsentMemory, b: ConsentMemory): ConsentMemory {
  const merged: ConsentMemory = { ...a };
  for (const [site, theirs] of Object.entries(b)) {
    // JSON.parse makes `__proto__` an own key; assigning it would replace the result's prototype.
    if (site === '__proto__') continue;
    const ours = getDecision(a, site);
    if (!ours) {
      merged[site] = theirs;
      continue;
    }
    const [winner, loser] = compareDecisions(ours, theirs) >= 0 ? [ours, theirs] : [theirs, ours];
    const decision: SiteDecision = {
      ...winner,
      cmp: winner.cmp || loser.cmp,
      appliedCount: Math.max(ours.appliedCount, theirs.appliedCount),
      lastApplied: maxNullable(ours.lastApplied, theirs.lastApplied),
    };
    // This device's step and failures stay with the same choice, whichever side won.
    const step = winner.step ?? (loser.choice === winner.choice ? loser.step : undefined);
    if (step) decision.step = step;
    else delete decision.step;
    const failures = winner.failures ?? (loser.choice === winner.choice ? loser.failures : undefined);
    if (failures) decision.failures = failures;
    else delete decision.failures;
    merged[site] = decision;
  }
  return merged;
}

/** Positive when `x` should win a merge over `y`, 0 when they are the same decision. */
function compareDecisions(x: SiteDecision, y: SiteDecision): number {
  if (x.decidedAt !== y.decidedAt) return x.decidedAt - y.decidedAt;
  if (x.choice !== y.choice) return x.choice === 'reject' ? 1 : -1;
  if (Boolean(x.paused) !== Boolean(y.paused)) return x.paused ? 1 : -1;
  // A choice the reader set beats the same choice learned from a click.
  if (Boolean(x.learned) !== Boolean(y.learned)) return x.learned ? -1 : 1;
  if (x.cmp !== y.cmp) return x.cmp > y.cmp ? 1 : -1;
  return 0;
}

function maxNullable(x: number | null, y: number | null): number | null {
  if (x === null) return y;
  if (y === null) return x;
  return Math.max(x, y);
}

function cleanCmp(cmp: unknown): string {
  return typeof cmp === 'string' ? cmp.trim().slice(0, MAX_CMP_LENGTH) : '';
}

const MAX_STEP_PART = 300;

function normalizeStep(raw: unknown): LearnedStep | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { container, button, text } = raw as Record<string, unknown>;
  const part = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '' && value.length <= MAX_STEP_PART;
  return part(container) && part(button) && part(text) ? { container, button, text } : null;
}

/**
 * One stored, synced or imported entry as a valid decision, or null. `choice` is required; a `decidedAt` that
 * is not a valid time (`isValidTimestamp`) becomes `clock.fallback`, a bad `lastApplied` too (null when it is
 * missing); a missing or bad cmp or appliedCount falls back to '' and 0.
 */
function normalizeDecision(raw: unknown, clock: Clock = clockAt(Date.now())): SiteDecision | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  if (!isConsentChoice(value.choice)) return null;
  const count = value.appliedCount;
  const lastApplied = value.lastApplied;
  const decision: SiteDecision = {
    choice: value.choice,
    cmp: cleanCmp(value.cmp),
    decidedAt: boundedTime(value.decidedAt, clock.now, clock.fallback),
    appliedCount:
      typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.min(Math.floor(count), 1e9) : 0,
    lastApplied:
      lastApplied === null || lastApplied === undefined
        ? null
        : boundedTime(lastApplied, clock.now, clock.fallback),
  };
  if (value.paused === true) decision.paused = true;
  if (value.learned === true) decision.learned = true;
  const failures = value.failures;
  if (typeof failures === 'number' && Number.isInteger(failures) && failures > 0)
    decision.failures = Math.min(failures, 1000);
  const step = normalizeStep(value.step);
  if (step) decision.step = step;
  return decision;
}

/**
 * Whatever was stored, synced, imported or sent in a message, as a valid memory: entries that are not
 * decisions and keys that are not site keys (`isSiteKey`) are dropped. Never throws.
 */
export function normalizeMemory(raw: unknown, clock: Clock = clockAt(Date.now())): ConsentMemory {
  return normalizeCounting(raw, clock).sites;
}

/** `normalizeMemory`, also saying how many entries were dropped (for the import report). */
export function normalizeCounting(
  raw: unknown,
  clock: Clock = clockAt(Date.now()),
): { sites: ConsentMemory; total: number; skipped: number } {
  const sites: ConsentMemory = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { sites, total: 0, skipped: 0 };
  let total = 0;
  let skipped = 0;
  for (const key of Object.keys(raw)) {
    total += 1;
    try {
      const decision = isSiteKey(key)
        ? normalizeDecision((raw as Record<string, unknown>)[key], clock)
        : null;
      if (decision) sites[key] = decision;
      else skipped += 1;
    } catch {
      // A getter or proxy that throws is one bad entry, not a failed load.
      skipped += 1;
    }
  }
  return { sites, total, skipped };
}

/** An empty store at the current version. */
function emptyConsentStore(): ConsentStoreV1 {
  return { version: 1, sites: {} };
}

/**
 * The stored value, whatever its version, as the current one. v1 is `{version: 1, sites}`; v0 (before
 * versioning) was a plain `{site: 'accept' | 'reject'}` map and becomes decisions made at `MIN_TIMESTAMP`, so
 * any newer decision (from sync or an import) wins over it. Garbage becomes an empty store.
 */
export function migrateConsentStore(raw: unknown): ConsentStoreV1 {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyConsentStore();
  const value = raw as Record<string, unknown>;
  if (typeof value.version === 'number') {
    // v1, or a newer build's value read by this one: keep whatever still reads as v1 sites.
    return { version: 1, sites: normalizeMemory(value.sites) };
  }
  const sites: ConsentMemory = {};
  for (const [site, choice] of Object.entries(value)) {
    if (!isConsentChoice(choice) || !isSiteKey(site)) continue;
    sites[site] = { choice, cmp: '', decidedAt: MIN_TIMESTAMP, appliedCount: 0, lastApplied: null };
  }
  return { version: 1, sites };
}
