import { describe, expect, it } from 'vitest';
import {
  type ConsentMemory,
  fromSyncItems,
  fromSyncShards,
  normalizeMemory,
  type SiteDecision,
  SYNC_META_KEY,
  staleShardKeys,
  syncItemBytes,
  toSyncShards,
} from '@/utils/consent/pure';
import { T } from './decision';

const QUOTA = { maxItemBytes: 8192, maxTotalBytes: 102_400, maxItems: 512 };
const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

const WORDS = ['news', 'daily', 'shop', 'blog', 'tech', 'sport', 'recipes', 'weather', 'lemonde', 'zeitung'];
const TLDS = ['com', 'de', 'co.uk', 'fr', 'org', 'io', 'nl', 'pl', 'com.br', 'it', 'github.io'];

/**
 * `count` distinct sites with realistic names (13 characters on average, like `spiegel.de` or
 * `theguardian.com`), decided one minute apart (site 0 oldest).
 */
function manySites(count: number, start = 1_700_000_000_000): ConsentMemory {
  const memory: ConsentMemory = {};
  for (let i = 0; i < count; i += 1) {
    memory[`${WORDS[i % WORDS.length]}${i}.${TLDS[i % TLDS.length]}`] = {
      choice: i % 3 === 0 ? 'accept' : 'reject',
      cmp: 'onetrust',
      decidedAt: start + i * 60_000,
      appliedCount: i,
      lastApplied: start + i * 60_000 + 5,
      ...(i % 7 === 0 ? { paused: true } : {}),
    };
  }
  return memory;
}

/** What sync carries of a decision. */
const synced = ({ choice, decidedAt, paused, learned }: SiteDecision): SiteDecision => ({
  choice,
  cmp: '',
  decidedAt,
  appliedCount: 0,
  lastApplied: null,
  ...(paused ? { paused } : {}),
  ...(learned ? { learned } : {}),
});

function expectWithinQuota(items: Record<string, unknown>, limits = QUOTA) {
  const sizes = Object.entries(items).map(([key, value]) => bytes(key, value));
  for (const size of sizes) expect(size).toBeLessThanOrEqual(limits.maxItemBytes);
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(limits.maxTotalBytes);
  expect(sizes.length).toBeLessThanOrEqual(limits.maxItems);
}

describe('toSyncShards / fromSyncShards', () => {
  it('writes only the meta for an empty memory', () => {
    expect(toSyncShards({})).toEqual({ items: { [SYNC_META_KEY]: { version: 1, shards: 0 } }, dropped: [] });
    expect(fromSyncShards(toSyncShards({}).items)).toEqual({});
  });

  it('round-trips choice, time, pause and learned, and nothing local', () => {
    const memory: ConsentMemory = {
      'example.com': {
        choice: 'accept',
        cmp: 'didomi',
        decidedAt: 1_712_345_678_901,
        appliedCount: 9,
        lastApplied: 1_712_345_679_000,
      },
      '[::1]': { choice: 'reject', cmp: '', decidedAt: T, appliedCount: 0, lastApplied: null, paused: true },
      'xn--bcher-kva.de': {
        choice: 'reject',
        cmp: 'x',
        decidedAt: T + 42,
        appliedCount: 1,
        lastApplied: T + 42,
        learned: true,
        failures: 2,
        step: { container: '#bar', button: 'button', text: 'nein' },
      },
    };
    const { items, dropped } = toSyncShards(memory);
    expect(dropped).toEqual([]);
    expect(Object.keys(items).sort()).toEqual(['consent:0', 'consent:meta']);
    expect(JSON.stringify(items)).not.toContain('didomi');
    expect(fromSyncShards(items)).toEqual({
      'example.com': synced(memory['example.com'] as SiteDecision),
      '[::1]': synced(memory['[::1]'] as SiteDecision),
      'xn--bcher-kva.de': synced(memory['xn--bcher-kva.de'] as SiteDecision),
    });
  });

  it('fits 3,000 sites in Chrome’s quotas, every item under 8 KB, losing none', () => {
    const memory = manySites(3_000);
    expect(Object.keys(normalizeMemory(memory))).toHaveLength(3_000);
    const { items, dropped } = toSyncShards(memory);
    expect(dropped).toEqual([]);
    expectWithinQuota(items);
    expect(Object.keys(items).length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(items))
      expect(syncItemBytes(key, value)).toBe(bytes(key, value));
    const back = fromSyncShards(items);
    expect(Object.keys(back)).toHaveLength(3_000);
    for (const [site, decision] of Object.entries(memory)) expect(back[site]).toEqual(synced(decision));
  });

  it('drops the oldest decisions when everything does not fit, and lists them', () => {
    const memory = manySites(6_000);
    const { items, dropped } = toSyncShards(memory);
    expectWithinQuota(items);
    expect(dropped.length).toBeGreaterThan(0);
    const kept = fromSyncShards(items);
    expect(Object.keys(kept).length + dropped.length).toBe(6_000);
    const newestDropped = Math.max(...dropped.map((site) => memory[site]?.decidedAt ?? Number.NaN));
    const oldestKept = Math.min(...Object.values(kept).map((decision) => decision.decidedAt));
    expect(newestDropped).toBeLessThan(oldestKept);
    // Nearly full: the packing wastes less than one shard's worth of the total.
    const used = Object.entries(items).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
    expect(used).toBeGreaterThan(102_400 - 8_192);
  });

  it.each([
    ['a small total', { maxItemBytes: 8192, maxTotalBytes: 2_000, maxItems: 512 }],
    ['small items', { maxItemBytes: 300, maxTotalBytes: 102_400, maxItems: 20 }],
    ['few items', { maxItemBytes: 8192, maxTotalBytes: 102_400, maxItems: 2 }],
    ['all tight', { maxItemBytes: 200, maxTotalBytes: 1_500, maxItems: 6 }],
  ])('respects %s', (_label, limits) => {
    const memory = manySites(500);
    const { items, dropped } = toSyncShards(memory, limits);
    expectWithinQuota(items, limits);
    expect(dropped.length).toBeGreaterThan(0);
    expect(Object.keys(fromSyncShards(items)).length + dropped.length).toBe(500);
  });

  it('drops alone an entry too big for any item, keeping older ones', () => {
    const long = `${'a'.repeat(60)}.com`;
    const memory: ConsentMemory = {
      [`${long}`]: { choice: 'accept', cmp: '', decidedAt: 10, appliedCount: 0, lastApplied: null },
      'old.com': { choice: 'accept', cmp: '', decidedAt: 1, appliedCount: 0, lastApplied: null },
    };
    const { items, dropped } = toSyncShards(memory, { maxItemBytes: 60 });
    expect(dropped).toEqual([long]);
    expect(Object.keys(fromSyncShards(items))).toEqual(['old.com']);
  });

  it('leaves invalid sites out', () => {
    const memory = {
      'www.example.com': { choice: 'accept', cmp: '', decidedAt: 1, appliedCount: 0, lastApplied: null },
    };
    expect(toSyncShards(memory as ConsentMemory).items).toEqual({
      [SYNC_META_KEY]: { version: 1, shards: 0 },
    });
  });
});

describe('deletion markers in sync (Forget and Clear reach other devices)', () => {
  it('travel with the decisions, and a site decided again travels as its decision', () => {
    const memory: ConsentMemory = {
      'kept.com': { choice: 'accept', cmp: '', decidedAt: T + 5_000, appliedCount: 0, lastApplied: null },
    };
    const forgotten = { 'gone.com': T + 3_000, 'kept.com': T + 1_000 };
    const { items } = toSyncShards(memory, {}, forgotten, T + 10_000);
    const back = fromSyncItems(items, T + 10_000);
    expect(back.forgotten).toEqual({ 'gone.com': T + 3_000 });
    expect(Object.keys(back.sites)).toEqual(['kept.com']);
  });
});

describe('fromSyncShards survives what sync hands back', () => {
  /** Minute n after T, and its sync code. */
  const t = (n: number) => T + n * 60_000;
  const code = (flags: string, n: number) => `${flags}${t(n).toString(36)}`;
  const good = { 'a.com': code('a', 1), 'b.com': code('rp', 35) };
  it.each<[string, Record<string, unknown>, ConsentMemory]>([
    ['nothing', {}, {}],
    [
      'shards beyond the meta count (left by an older write)',
      {
        [SYNC_META_KEY]: { version: 1, shards: 1 },
        'consent:0': good,
        'consent:1': { 'c.com': code('a', 5) },
      },
      {
        'a.com': { choice: 'accept', cmp: '', decidedAt: t(1), appliedCount: 0, lastApplied: null },
        'b.com': {
          choice: 'reject',
          cmp: '',
          decidedAt: t(35),
          appliedCount: 0,
          lastApplied: null,
          paused: true,
        },
      },
    ],
    [
      'a missing shard',
      { [SYNC_META_KEY]: { version: 1, shards: 2 }, 'consent:1': { 'c.com': code('a', 5) } },
      { 'c.com': { choice: 'accept', cmp: '', decidedAt: t(5), appliedCount: 0, lastApplied: null } },
    ],
    [
      'garbled shards and entries',
      {
        [SYNC_META_KEY]: { version: 1, shards: 4 },
        'consent:0': 'oops',
        'consent:1': ['a.com', code('a', 1)],
        'consent:2': {
          'a.com': 'x1',
          'b.com': 7,
          'www.c.com': code('a', 1),
          'd.com': 'a!',
          'e.com': code('r', 36),
        },
        'consent:3': null,
      },
      { 'e.com': { choice: 'reject', cmp: '', decidedAt: t(36), appliedCount: 0, lastApplied: null } },
    ],
    [
      'no meta: every numbered shard present is read',
      {
        'consent:0': { 'a.com': code('a', 1) },
        'consent:7': { 'c.com': code('a', 5) },
        'consent:x': { 'd.com': code('a', 1) },
        other: 1,
      },
      {
        'a.com': { choice: 'accept', cmp: '', decidedAt: t(1), appliedCount: 0, lastApplied: null },
        'c.com': { choice: 'accept', cmp: '', decidedAt: t(5), appliedCount: 0, lastApplied: null },
      },
    ],
    [
      'a garbled meta counts as no meta',
      { [SYNC_META_KEY]: { shards: -1 }, 'consent:0': { 'a.com': code('a', 1) } },
      { 'a.com': { choice: 'accept', cmp: '', decidedAt: t(1), appliedCount: 0, lastApplied: null } },
    ],
    [
      'a site in two shards: the newer one',
      {
        [SYNC_META_KEY]: { version: 1, shards: 2 },
        'consent:0': { 'a.com': code('a', 9) },
        'consent:1': { 'a.com': code('r', 2) },
      },
      { 'a.com': { choice: 'accept', cmp: '', decidedAt: t(9), appliedCount: 0, lastApplied: null } },
    ],
  ])('%s', (_label, items, expected) => {
    expect(fromSyncShards(items)).toEqual(expected);
  });

  // Issue 15, findings 1 and 9: a far-future time can't make an entry win every merge from now on.
  it('bounds times: more than a day ahead, or before 1990, counts as now', () => {
    const now = T + 10 * 60_000;
    const items = {
      'consent:0': {
        'far.com': `a${(now + 2 * 24 * 60 * 60 * 1000).toString(36)}`,
        'old.com': `r${(1_000).toString(36)}`,
        'gone.com': `d${(now + 365 * 24 * 60 * 60 * 1000).toString(36)}`,
        'ok.com': code('r', 3),
      },
    };
    const { sites, forgotten } = fromSyncItems(items, now);
    expect(sites['far.com']?.decidedAt).toBe(now);
    expect(sites['old.com']?.decidedAt).toBe(now);
    expect(sites['ok.com']?.decidedAt).toBe(t(3));
    expect(forgotten).toEqual({ 'gone.com': now });
  });

  it('reads deletion markers apart from decisions, and a learned flag', () => {
    const { sites, forgotten } = fromSyncItems(
      { 'consent:0': { 'a.com': code('d', 4), 'b.com': code('rL', 2), 'c.com': code('apL', 1) } },
      T + 3_600_000,
    );
    expect(forgotten).toEqual({ 'a.com': t(4) });
    expect(sites['b.com']).toEqual({
      choice: 'reject',
      cmp: '',
      decidedAt: t(2),
      appliedCount: 0,
      lastApplied: null,
      learned: true,
    });
    expect(sites['c.com']).toMatchObject({ choice: 'accept', paused: true, learned: true });
  });
});

describe('staleShardKeys', () => {
  it.each<[string, string[], string[]]>([
    ['nothing before', [], []],
    ['fewer shards now', ['consent:meta', 'consent:0', 'consent:1', 'consent:2'], ['consent:2']],
    [
      'other keys are never touched',
      ['settings', 'consent:0', 'consentual', 'consent:01', 'x:consent:5'],
      [],
    ],
    ['duplicates once', ['consent:3', 'consent:3'], ['consent:3']],
  ])('%s', (_label, previous, expected) => {
    const { items } = toSyncShards(
      {
        'a.com': { choice: 'accept', cmp: '', decidedAt: 1, appliedCount: 0, lastApplied: null },
        'b.com': { choice: 'accept', cmp: '', decidedAt: 2, appliedCount: 0, lastApplied: null },
      },
      { maxItemBytes: 30 },
    );
    expect(Object.keys(items).sort()).toEqual(['consent:0', 'consent:1', 'consent:meta']);
    expect(staleShardKeys(previous, items)).toEqual(expected);
  });

  it('removes the meta too when the new items have none', () => {
    expect(staleShardKeys(['consent:meta', 'consent:0'], {})).toEqual(['consent:meta', 'consent:0']);
  });
});
