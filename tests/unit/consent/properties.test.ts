import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentMemory,
  exportMemory,
  type Forgotten,
  fromSyncItems,
  isValidTimestamp,
  MIN_TIMESTAMP,
  mergeMemories,
  parseImport,
  type SiteDecision,
  syncItemBytes,
  toSyncShards,
} from '@/utils/consent/pure';
import { isSiteKey } from '@/utils/consent/site-key';

/**
 * Property tests for what crosses a trust boundary into the consent memory: an imported file and what
 * `storage.sync` hands back (issue 15). Whatever comes in never throws, never leaves an entry that breaks
 * sorting or a date display, and what we write comes back as it was.
 */

const RUNS = { numRuns: 1000 };
const NOW = Date.UTC(2025, 5, 1, 12);
const DAY = 24 * 60 * 60 * 1000;

const validTime = fc.integer({ min: MIN_TIMESTAMP, max: NOW + DAY });
/** Times as they arrive: valid ones, and every kind of garbage the findings met (1e20, 1e300, NaN, -1…). */
const anyTime = fc.oneof(
  validTime,
  fc.double(),
  fc.constantFrom(1e20, 1e300, -1, 0, Number.NaN, Number.POSITIVE_INFINITY, 99_999_999_999_999),
  fc.integer(),
  fc.string(),
  fc.constant(null),
  fc.constant(undefined),
);
const siteKey = fc
  .oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,12}\.(com|de|fr|org|co\.uk|github\.io)$/),
    fc.constantFrom('bbc.co.uk', 'xn--bcher-kva.de', '127.0.0.1', '[::1]', 'localhost'),
  )
  .filter(isSiteKey);
/** Keys as they arrive: site keys, and what must never be one. */
const anyKey = fc.oneof(
  siteKey,
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'www.bbc.co.uk', 'https://a.com/', 'Example.com', ''),
);
const step = fc.record({
  container: fc.string({ minLength: 1, maxLength: 40 }),
  button: fc.string({ minLength: 1, maxLength: 40 }),
  text: fc.string({ minLength: 1, maxLength: 40 }),
});
const anyEntry = fc.oneof(
  fc.record(
    {
      choice: fc.oneof(fc.constantFrom('accept', 'reject'), fc.string()),
      cmp: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
      decidedAt: anyTime,
      appliedCount: fc.oneof(fc.integer(), fc.double()),
      lastApplied: anyTime,
      paused: fc.oneof(fc.boolean(), fc.string()),
      learned: fc.oneof(fc.boolean(), fc.string()),
      failures: fc.oneof(fc.integer(), fc.double()),
      step: fc.oneof(step, fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const validDecision: fc.Arbitrary<SiteDecision> = fc
  .record({
    choice: fc.constantFrom<'accept' | 'reject'>('accept', 'reject'),
    cmp: fc.stringMatching(/^[A-Za-z0-9 ._-]{0,30}$/).map((cmp) => cmp.trim()),
    decidedAt: validTime,
    appliedCount: fc.nat({ max: 1_000_000 }),
    lastApplied: fc.option(validTime, { nil: null }),
    paused: fc.boolean(),
    learned: fc.boolean(),
  })
  .map(({ paused, learned, ...decision }) => ({
    ...decision,
    ...(paused ? { paused: true as const } : {}),
    ...(learned ? { learned: true as const } : {}),
  }));
const validMemory = fc.dictionary(siteKey, validDecision, { maxKeys: 40, noNullPrototype: true });

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** What every stored decision must be: rendering and sorting it cannot fail. */
function expectSound(memory: ConsentMemory) {
  expect(Object.getPrototypeOf(memory)).toBe(Object.prototype);
  for (const [site, decision] of Object.entries(memory)) {
    expect(isSiteKey(site)).toBe(true);
    expect(['accept', 'reject']).toContain(decision.choice);
    expect(isValidTimestamp(decision.decidedAt, NOW)).toBe(true);
    if (decision.lastApplied !== null) expect(isValidTimestamp(decision.lastApplied, NOW)).toBe(true);
    expect(Number.isInteger(decision.appliedCount) && decision.appliedCount >= 0).toBe(true);
    expect(typeof decision.cmp === 'string' && decision.cmp.length <= 100).toBe(true);
    // The popup's and the options page's date displays.
    expect(() => dates.format(decision.decidedAt)).not.toThrow();
    if (decision.lastApplied !== null)
      expect(() => dates.format(decision.lastApplied as number)).not.toThrow();
  }
}

const exportFile = (sites: unknown, exportedAt: unknown) =>
  JSON.stringify({ format: 'pullquote-consent', version: 1, exportedAt, sites });

describe('consent import (properties)', () => {
  it('never throws on any text, and anything it accepts is sound', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseImport(text, NOW);
        if (result.ok) expectSound(result.sites);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never lets a bad time in: every kept entry is sound, bad times become the export’s date or now', () => {
    fc.assert(
      fc.property(fc.dictionary(anyKey, anyEntry, { maxKeys: 20 }), anyTime, (sites, exportedAt) => {
        const result = parseImport(exportFile(sites, exportedAt), NOW);
        if (!result.ok) return;
        expectSound(result.sites);
        const fallback = isValidTimestamp(exportedAt, NOW) ? exportedAt : NOW;
        for (const [site, decision] of Object.entries(result.sites)) {
          const raw = (sites as Record<string, { decidedAt?: unknown }>)[site];
          if (!isValidTimestamp(raw?.decidedAt, NOW)) expect(decision.decidedAt).toBe(Math.round(fallback));
        }
      }),
      RUNS,
    );
  });

  it('export then import gives back the same memory', () => {
    fc.assert(
      fc.property(validMemory, (memory) => {
        const result = parseImport(exportMemory(memory, NOW), NOW);
        if (Object.keys(memory).length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result).toEqual({ ok: true, sites: memory, skipped: 0 });
      }),
      RUNS,
    );
  });

  it('a file that is refused merges nothing; one that is accepted merges into a sound memory', () => {
    fc.assert(
      fc.property(validMemory, fc.oneof(fc.string(), fc.dictionary(anyKey, anyEntry)), (stored, input) => {
        const before = JSON.stringify(stored);
        const result = parseImport(typeof input === 'string' ? input : exportFile(input, NOW - DAY), NOW);
        const after = result.ok ? mergeMemories(stored, result.sites) : stored;
        if (!result.ok) expect(JSON.stringify(after)).toBe(before);
        expectSound(after);
        // The stored memory itself is never changed in place.
        expect(JSON.stringify(stored)).toBe(before);
      }),
      RUNS,
    );
  });
});

describe('consent sync entries (properties)', () => {
  const anyShard = fc.oneof(
    fc.dictionary(
      anyKey,
      fc.oneof(
        fc.stringMatching(/^[ard][pL]{0,2}[0-9a-z]{1,12}$/),
        fc.string({ maxLength: 14 }),
        fc.anything(),
      ),
    ),
    fc.anything(),
  );
  const anyItems = fc.dictionary(
    fc.oneof(
      fc.constantFrom('consent:meta', 'consent:0', 'consent:1', 'consent:2', 'consent:x'),
      fc.string(),
    ),
    fc.oneof(anyShard, fc.record({ version: fc.anything(), shards: fc.oneof(fc.integer(), fc.anything()) })),
  );

  it('never throws on what sync hands back, and every decision and marker is sound', () => {
    fc.assert(
      fc.property(anyItems, (items) => {
        const { sites, forgotten } = fromSyncItems(items, NOW);
        expectSound(sites);
        for (const [site, at] of Object.entries(forgotten)) {
          expect(isSiteKey(site)).toBe(true);
          expect(isValidTimestamp(at, NOW)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('what we write comes back: choice, time, pause, learned, and every deletion marker', () => {
    fc.assert(
      fc.property(validMemory, fc.dictionary(siteKey, validTime, { maxKeys: 10 }), (memory, markers) => {
        const forgotten: Forgotten = Object.fromEntries(
          Object.entries(markers).filter(([site, at]) => NOW - at <= 180 * DAY && !(site in memory)),
        );
        const { items, dropped } = toSyncShards(memory, {}, forgotten, NOW);
        expect(dropped).toEqual([]);
        const back = fromSyncItems(items, NOW);
        expect(back.forgotten).toEqual(forgotten);
        expect(Object.keys(back.sites).sort()).toEqual(Object.keys(memory).sort());
        for (const [site, decision] of Object.entries(memory)) {
          const synced = back.sites[site];
          expect(synced?.choice).toBe(decision.choice);
          expect(synced?.decidedAt).toBe(decision.decidedAt);
          expect(Boolean(synced?.paused)).toBe(Boolean(decision.paused));
          expect(Boolean(synced?.learned)).toBe(Boolean(decision.learned));
        }
      }),
      RUNS,
    );
  });

  it('stays within any quota it is given, dropping the oldest first', () => {
    fc.assert(
      fc.property(
        validMemory,
        fc.integer({ min: 60, max: 8192 }),
        fc.integer({ min: 200, max: 102_400 }),
        (memory, maxItemBytes, maxTotalBytes) => {
          const { items, dropped } = toSyncShards(memory, { maxItemBytes, maxTotalBytes }, {}, NOW);
          const sizes = Object.entries(items).map(([key, value]) => syncItemBytes(key, value));
          for (const size of sizes) expect(size).toBeLessThanOrEqual(Math.max(maxItemBytes, 40));
          expect(Object.keys(memory).length).toBe(
            Object.keys(fromSyncItems(items, NOW).sites).length + dropped.length,
          );
        },
      ),
      RUNS,
    );
  });
});
