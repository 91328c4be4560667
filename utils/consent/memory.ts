import { isSiteKey } from './site';
import {
  type ConsentChoice,
  type ConsentMemory,
  type ConsentStoreV1,
  isConsentChoice,
  type SiteDecision,
} from './types';

/** Longest CMP name kept: autoconsent's names are short; anything longer is not one. */
const MAX_CMP_LENGTH = 100;

/** The decision stored for a site, or undefined; safe for keys such as `constructor` that plain objects inherit. */
export function getDecision(memory: ConsentMemory, site: string): SiteDecision | undefined {
  return Object.hasOwn(memory, site) ? memory[site] : undefined;
}

/**
 * The reader decided `choice` on `site`: decidedAt becomes `now`; the application history (appliedCount,
 * lastApplied) and a pause are kept, because a click on a paused site's banner is the reader choosing by hand,
 * which is what pausing is for. An invalid site key leaves the memory as it was.
 */
export function recordChoice(
  memory: ConsentMemory,
  site: string,
  choice: ConsentChoice,
  cmp: string,
  now: number,
): ConsentMemory {
  if (!isSiteKey(site) || !isConsentChoice(choice)) return memory;
  const previous = getDecision(memory, site);
  const decision: SiteDecision = {
    choice,
    cmp: cleanCmp(cmp),
    decidedAt: now,
    appliedCount: previous?.appliedCount ?? 0,
    lastApplied: previous?.lastApplied ?? null,
  };
  if (previous?.paused) decision.paused = true;
  return { ...memory, [site]: decision };
}

/**
 * The remembered choice was applied on `site` at `now` (by the platform `cmp`, when given and not empty:
 * sites change platforms); a site with no decision is left alone.
 */
export function recordApplied(memory: ConsentMemory, site: string, now: number, cmp?: string): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous) return memory;
  const applied = { ...previous, appliedCount: previous.appliedCount + 1, lastApplied: now };
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
 * pause). Pass `now` so the change wins `mergeMemories` on other devices (decidedAt becomes `now`); without
 * it decidedAt is kept and a tie in a merge resolves to paused.
 */
export function setPaused(memory: ConsentMemory, site: string, paused: boolean, now?: number): ConsentMemory {
  const previous = getDecision(memory, site);
  if (!previous) return memory;
  const { paused: _old, ...rest } = previous;
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
    merged[site] = decision;
  }
  return merged;
}

/** Positive when `x` should win a merge over `y`, 0 when they are the same decision. */
function compareDecisions(x: SiteDecision, y: SiteDecision): number {
  if (x.decidedAt !== y.decidedAt) return x.decidedAt - y.decidedAt;
  if (x.choice !== y.choice) return x.choice === 'reject' ? 1 : -1;
  if (Boolean(x.paused) !== Boolean(y.paused)) return x.paused ? 1 : -1;
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

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * One stored, synced or imported entry as a valid decision, or null. `choice` and `decidedAt` are required;
 * a missing or bad cmp, appliedCount or lastApplied falls back to '', 0 and null.
 */
export function normalizeDecision(raw: unknown): SiteDecision | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  if (!isConsentChoice(value.choice) || !isTimestamp(value.decidedAt)) return null;
  const count = value.appliedCount;
  const decision: SiteDecision = {
    choice: value.choice,
    cmp: cleanCmp(value.cmp),
    decidedAt: value.decidedAt,
    appliedCount: typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.floor(count) : 0,
    lastApplied: isTimestamp(value.lastApplied) ? value.lastApplied : null,
  };
  if (value.paused === true) decision.paused = true;
  return decision;
}

/**
 * Whatever was stored, synced, imported or sent in a message, as a valid memory: entries that are not
 * decisions and keys that are not site keys (`isSiteKey`) are dropped. Never throws.
 */
export function normalizeMemory(raw: unknown): ConsentMemory {
  return normalizeCounting(raw).sites;
}

/** `normalizeMemory`, also saying how many entries were dropped (for the import report). */
export function normalizeCounting(raw: unknown): { sites: ConsentMemory; total: number; skipped: number } {
  const sites: ConsentMemory = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { sites, total: 0, skipped: 0 };
  let total = 0;
  let skipped = 0;
  for (const key of Object.keys(raw)) {
    total += 1;
    try {
      const decision = isSiteKey(key) ? normalizeDecision((raw as Record<string, unknown>)[key]) : null;
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
export function emptyConsentStore(): ConsentStoreV1 {
  return { version: 1, sites: {} };
}

/**
 * The stored value, whatever its version, as the current one. v1 is `{version: 1, sites}`; v0 (before
 * versioning) was a plain `{site: 'accept' | 'reject'}` map and becomes decisions with decidedAt 0, so any
 * newer decision (from sync or an import) wins over it. Garbage becomes an empty store.
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
    sites[site] = { choice, cmp: '', decidedAt: 0, appliedCount: 0, lastApplied: null };
  }
  return { version: 1, sites };
}
