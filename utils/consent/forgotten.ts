import { getDecision, isValidTimestamp } from './memory';
import { isSiteKey } from './site-key';
import type { ConsentMemory } from './types';

/**
 * Sites the reader forgot ("Forget", "Clear"), each with when: deletion markers that travel through sync
 * like decisions do, so a forgotten site does not come back from another device (issue 15, finding 9). A
 * marker removes a decision made at or before it; a decision made after it (the reader chose again) wins.
 */
export type Forgotten = Record<string, number>;

/** Markers are kept this long: by then every device that syncs has seen them. */
const FORGOTTEN_TTL_MS = 180 * 24 * 60 * 60 * 1000;

/**
 * Whatever was stored or synced as valid markers: site keys only, times bounded — a time that is not valid
 * (`isValidTimestamp`: far in the future, before 1990, not a number) counts as `now`, so a marker can never
 * outlive a later decision by claiming a time to come — and markers older than `FORGOTTEN_TTL_MS` dropped.
 */
export function normalizeForgotten(raw: unknown, now: number): Forgotten {
  const forgotten: Forgotten = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return forgotten;
  for (const site of Object.keys(raw)) {
    if (!isSiteKey(site)) continue;
    let value: unknown;
    try {
      value = (raw as Record<string, unknown>)[site];
    } catch {
      continue;
    }
    const at = isValidTimestamp(value, now) ? Math.round(value) : now;
    if (now - at <= FORGOTTEN_TTL_MS) forgotten[site] = at;
  }
  return forgotten;
}

/** `sites` forgotten at `now`. */
export function markForgotten(forgotten: Forgotten, sites: Iterable<string>, now: number): Forgotten {
  const next = { ...forgotten };
  for (const site of sites) if (isSiteKey(site)) next[site] = now;
  return next;
}

/** Both sides' markers, the later one per site. */
export function mergeForgotten(a: Forgotten, b: Forgotten): Forgotten {
  const merged = { ...a };
  for (const [site, at] of Object.entries(b)) {
    if (site === '__proto__') continue;
    if (!Object.hasOwn(merged, site) || (merged[site] ?? 0) < at) merged[site] = at;
  }
  return merged;
}

/** The memory without every site decided at or before its marker. */
export function applyForgotten(memory: ConsentMemory, forgotten: Forgotten): ConsentMemory {
  let next = memory;
  for (const [site, at] of Object.entries(forgotten)) {
    const decision = getDecision(next, site);
    if (decision && decision.decidedAt <= at) {
      if (next === memory) next = { ...memory };
      delete next[site];
    }
  }
  return next;
}

/** The markers still needed: not older than the TTL, and not older than a decision made since. */
export function pruneForgotten(forgotten: Forgotten, memory: ConsentMemory, now: number): Forgotten {
  const kept: Forgotten = {};
  for (const [site, at] of Object.entries(forgotten)) {
    const decision = getDecision(memory, site);
    if (now - at > FORGOTTEN_TTL_MS || (decision && decision.decidedAt > at)) continue;
    kept[site] = at;
  }
  return kept;
}
