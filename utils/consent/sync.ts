import { type Forgotten, normalizeForgotten } from './forgotten';
import { boundedTime, getDecision, normalizeMemory } from './memory';
import { isSiteKey } from './site-key';
import type { ConsentMemory, SiteDecision } from './types';

/**
 * Consent decisions in `storage.sync`, split into items that fit Chrome's quotas
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync): 102,400 bytes in all,
 * 8,192 per item, 512 items, where an item's size is its key's length plus its value's JSON length.
 *
 * Layout: `consent:meta` = `{version: 1, shards: N}`, and `consent:0` … `consent:N-1` each a map of
 * site key → compact code. Only what another device needs travels: the choice, decidedAt, the pause and
 * whether it was learned from a click (`"a"`/`"r"`, then `"p"` if paused, `"L"` if learned, then decidedAt
 * in base 36: `"apm0g2ky1c"`); a forgotten site travels as a deletion marker, `"d"` and the time it was
 * forgotten (`"dm0g2ky1c"`). cmp, the application history, failures and learned steps stay on this device.
 * At about 29 bytes a site (13-character keys), some 3,500 sites fit. Times that come in are bounded like
 * every other time (`boundedTime`): a far-future one counts as now.
 */
export const SYNC_META_KEY = 'consent:meta';
const SHARD_PREFIX = 'consent:';
const CONSENT_SYNC_KEY = /^consent:(?:meta|0|[1-9]\d*)$/;
// The learned flag is upper case: base 36 digits are lower case, and a time from 2022 on starts with "l".
const SHARD_CODE = /^([ar])(p?)(L?)([0-9a-z]{1,10})$/;
const MARKER_CODE = /^d([0-9a-z]{1,10})$/;
/** More shards than any quota allows: a meta claiming more is garbled. */
const MAX_SHARDS = 10_000;

/** The sync quotas to pack for; defaults are Chrome's. Pass smaller ones to leave room for other items. */
interface SyncLimits {
  maxItemBytes?: number;
  maxTotalBytes?: number;
  maxItems?: number;
}

/** The `consent:meta` item. */
interface SyncMeta {
  version: 1;
  shards: number;
}

const encoder = new TextEncoder();

/** An item's size as Chrome counts it against the sync quotas: key plus the value's JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key + JSON.stringify(value)).length;
}

/** The key of shard `index`. */
function shardKey(index: number): string {
  return `${SHARD_PREFIX}${index}`;
}

function encodeDecision(decision: SiteDecision): string {
  const choice = decision.choice === 'accept' ? 'a' : 'r';
  const flags = `${decision.paused ? 'p' : ''}${decision.learned ? 'L' : ''}`;
  return `${choice}${flags}${Math.round(decision.decidedAt).toString(36)}`;
}

function decodeDecision(code: unknown, now: number): SiteDecision | null {
  if (typeof code !== 'string') return null;
  const match = SHARD_CODE.exec(code);
  if (!match) return null;
  const decision: SiteDecision = {
    choice: match[1] === 'a' ? 'accept' : 'reject',
    cmp: '',
    decidedAt: boundedTime(Number.parseInt(match[4] ?? '', 36), now, now),
    appliedCount: 0,
    lastApplied: null,
  };
  if (match[2] === 'p') decision.paused = true;
  if (match[3] === 'L') decision.learned = true;
  return decision;
}

/**
 * Consent's share of `storage.sync` (100 KB in all): ~800 sites at ~30 bytes each. The reading list has
 * 72 KB (utils/library/sync.ts) and the rest is left for settings.
 */
export const CONSENT_SYNC_BYTES = 24_576;

/**
 * The memory as sync items, newest decisions first. When everything does not fit the limits, the oldest
 * decisions are left out and listed in `dropped` (they stay in local storage). Write the items after
 * removing `staleShardKeys`, since Chrome counts stale shards against the total until they are removed.
 */
export function toSyncShards(
  memory: ConsentMemory,
  { maxItemBytes = 8192, maxTotalBytes = 102_400, maxItems = 512 }: SyncLimits = {},
  forgotten: Forgotten = {},
  now: number = Date.now(),
): { items: Record<string, unknown>; dropped: string[] } {
  const sites = normalizeMemory(memory, { now, fallback: now });
  const markers = normalizeForgotten(forgotten, now);
  const coded: [string, number, string][] = Object.entries(sites).map(([site, decision]) => [
    site,
    decision.decidedAt,
    encodeDecision(decision),
  ]);
  for (const [site, at] of Object.entries(markers)) {
    // A site decided again since it was forgotten travels as its decision.
    if (!Object.hasOwn(sites, site)) coded.push([site, at, `d${at.toString(36)}`]);
  }
  const entries = coded.sort(
    ([siteA, a], [siteB, b]) => b - a || (siteA < siteB ? -1 : siteA > siteB ? 1 : 0),
  );
  const shards: Record<string, string>[] = [];
  const dropped: string[] = [];
  // Room for the meta item with the largest count it could hold.
  let totalBytes = syncItemBytes(SYNC_META_KEY, { version: 1, shards: maxItems } satisfies SyncMeta);
  let current: Record<string, string> | undefined;
  let currentBytes = 0;
  let full = false;
  for (const [site, , code] of entries) {
    if (full) {
      dropped.push(site);
      continue;
    }
    // `"site":"code"` inside the shard's braces.
    const entryBytes = syncItemBytes(JSON.stringify(site), code) + 1;
    const withComma = entryBytes + 1;
    if (current && currentBytes + withComma <= maxItemBytes && totalBytes + withComma <= maxTotalBytes) {
      current[site] = code;
      currentBytes += withComma;
      totalBytes += withComma;
      continue;
    }
    const freshBytes = syncItemBytes(shardKey(shards.length), {}) + entryBytes;
    if (freshBytes > maxItemBytes) {
      // Too big for any item (only with tiny limits): skip it alone rather than everything older.
      dropped.push(site);
      continue;
    }
    if (shards.length + 2 > maxItems || totalBytes + freshBytes > maxTotalBytes) {
      full = true;
      dropped.push(site);
      continue;
    }
    current = { [site]: code };
    shards.push(current);
    currentBytes = freshBytes;
    totalBytes += freshBytes;
  }
  const items: Record<string, unknown> = {
    [SYNC_META_KEY]: { version: 1, shards: shards.length } satisfies SyncMeta,
  };
  shards.forEach((shard, index) => {
    items[shardKey(index)] = shard;
  });
  return { items, dropped };
}

function readMeta(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const shards = (value as Record<string, unknown>).shards;
  return Number.isInteger(shards) && (shards as number) >= 0 && (shards as number) <= MAX_SHARDS
    ? (shards as number)
    : null;
}

/**
 * The decisions in sync items (as `storage.sync.get(null)` returns them). Reads shards 0…N-1 from
 * `consent:meta`, or every `consent:<n>` present when the meta is missing or garbled; a missing or garbled
 * shard or entry is skipped, never thrown on. cmp is '' and the history empty: they are local-only.
 */
export function fromSyncShards(items: Record<string, unknown>, now: number = Date.now()): ConsentMemory {
  return fromSyncItems(items, now).sites;
}

/** The decisions and the deletion markers in sync items; see `fromSyncShards`. */
export function fromSyncItems(
  items: Record<string, unknown>,
  now: number = Date.now(),
): { sites: ConsentMemory; forgotten: Forgotten } {
  const memory: ConsentMemory = {};
  const markers: Record<string, number> = {};
  if (typeof items !== 'object' || items === null) return { sites: memory, forgotten: {} };
  const count = readMeta(items[SYNC_META_KEY]);
  const keys =
    count === null
      ? Object.keys(items).filter((key) => CONSENT_SYNC_KEY.test(key) && key !== SYNC_META_KEY)
      : Array.from({ length: count }, (_, index) => shardKey(index));
  for (const key of keys) {
    const shard = items[key];
    if (typeof shard !== 'object' || shard === null || Array.isArray(shard)) continue;
    for (const [site, code] of Object.entries(shard)) {
      if (!isSiteKey(site)) continue;
      const marker = typeof code === 'string' ? MARKER_CODE.exec(code) : null;
      if (marker) {
        const at = Number.parseInt(marker[1] ?? '', 36);
        if (!Object.hasOwn(markers, site) || (markers[site] ?? 0) < at) markers[site] = at;
        continue;
      }
      const decision = decodeDecision(code, now);
      if (!decision) continue;
      const seen = getDecision(memory, site);
      if (!seen || decision.decidedAt > seen.decidedAt) memory[site] = decision;
    }
  }
  return { sites: memory, forgotten: normalizeForgotten(markers, now) };
}

/** The consent sync keys stored before that the new items no longer use: remove them before writing. */
export function staleShardKeys(previousKeys: Iterable<string>, newItems: Record<string, unknown>): string[] {
  return [...new Set(previousKeys)].filter(
    (key) => CONSENT_SYNC_KEY.test(key) && !Object.hasOwn(newItems, key),
  );
}
