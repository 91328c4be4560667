import { describe, expect, it } from 'vitest';
import {
  type ConsentMemory,
  forget,
  getDecision,
  mergeMemories,
  migrateConsentStore,
  normalizeMemory,
  recordApplied,
  recordChoice,
  type SiteDecision,
  setPaused,
} from '@/utils/consent/store';
import { decision } from './decision';

describe('recordChoice', () => {
  it('adds a new site with an empty history', () => {
    expect(recordChoice({}, 'example.com', 'accept', 'Cookiebot', 5_000)).toEqual({
      'example.com': {
        choice: 'accept',
        cmp: 'Cookiebot',
        decidedAt: 5_000,
        appliedCount: 0,
        lastApplied: null,
      },
    });
  });

  it('changes the choice and time, keeps the history and a pause, and does not mutate its input', () => {
    const memory: ConsentMemory = {
      'example.com': decision({ appliedCount: 4, lastApplied: 2_000, paused: true }),
      'other.org': decision(),
    };
    const snapshot = structuredClone(memory);
    const next = recordChoice(memory, 'example.com', 'accept', 'didomi', 9_000);
    expect(next['example.com']).toEqual({
      choice: 'accept',
      cmp: 'didomi',
      decidedAt: 9_000,
      appliedCount: 4,
      lastApplied: 2_000,
      paused: true,
    });
    expect(next['other.org']).toBe(memory['other.org']);
    expect(memory).toEqual(snapshot);
  });

  it.each([
    ['a subdomain', 'www.example.com'],
    ['a URL', 'https://example.com/'],
    ['the empty string', ''],
    ['__proto__', '__proto__'],
  ])('ignores %s as a site', (_label, site) => {
    const memory: ConsentMemory = { 'example.com': decision() };
    expect(recordChoice(memory, site, 'accept', 'x', 1)).toBe(memory);
  });
});

describe('recordApplied', () => {
  it('counts and stamps, and takes the platform it was applied on', () => {
    let memory: ConsentMemory = { 'example.com': decision() };
    memory = recordApplied(memory, 'example.com', 2_000);
    memory = recordApplied(memory, 'example.com', 3_000, 'didomi');
    expect(memory['example.com']).toEqual(decision({ appliedCount: 2, lastApplied: 3_000, cmp: 'didomi' }));
    expect(recordApplied(memory, 'example.com', 4_000, '')['example.com']?.cmp).toBe('didomi');
  });

  it('leaves an undecided site alone', () => {
    const memory: ConsentMemory = {};
    expect(recordApplied(memory, 'example.com', 2_000)).toBe(memory);
  });
});

describe('forget and setPaused', () => {
  const memory: ConsentMemory = { 'example.com': decision(), 'other.org': decision({ choice: 'accept' }) };

  it('forgets one site only', () => {
    expect(forget(memory, 'example.com')).toEqual({ 'other.org': memory['other.org'] });
    expect(forget(memory, 'unknown.net')).toBe(memory);
  });

  it('pauses and resumes without touching the choice', () => {
    const paused = setPaused(memory, 'example.com', true);
    expect(paused['example.com']).toEqual(decision({ paused: true }));
    const resumed = setPaused(paused, 'example.com', false);
    expect(resumed['example.com']).toEqual(decision());
    expect(Object.hasOwn(resumed['example.com'] as object, 'paused')).toBe(false);
  });

  it('moves decidedAt when given the time, so the pause wins merges elsewhere', () => {
    expect(setPaused(memory, 'example.com', true, 7_000)['example.com']).toEqual(
      decision({ paused: true, decidedAt: 7_000 }),
    );
  });

  it('cannot pause an undecided site', () => {
    expect(setPaused(memory, 'new.net', true)).toBe(memory);
  });
});

describe('getDecision', () => {
  it('does not see inherited object members as sites', () => {
    expect(getDecision({}, 'constructor')).toBeUndefined();
    expect(getDecision({}, 'toString')).toBeUndefined();
    expect(getDecision({ 'example.com': decision() }, 'example.com')).toEqual(decision());
  });
});

describe('mergeMemories', () => {
  it.each<[string, SiteDecision, SiteDecision, SiteDecision]>([
    [
      'the newer decision wins; the history is the larger of both',
      decision({ choice: 'accept', decidedAt: 1_000, appliedCount: 7, lastApplied: 1_500 }),
      decision({ choice: 'reject', decidedAt: 2_000, appliedCount: 1, lastApplied: 900, cmp: 'didomi' }),
      decision({ choice: 'reject', decidedAt: 2_000, appliedCount: 7, lastApplied: 1_500, cmp: 'didomi' }),
    ],
    [
      'a tie goes to reject',
      decision({ choice: 'accept' }),
      decision({ choice: 'reject' }),
      decision({ choice: 'reject' }),
    ],
    [
      'a tie with the same choice goes to paused',
      decision({ paused: true }),
      decision(),
      decision({ paused: true }),
    ],
    [
      'a winner from sync (no cmp) keeps the known cmp',
      decision({ cmp: 'onetrust', decidedAt: 1_000 }),
      decision({ cmp: '', decidedAt: 3_000, choice: 'accept' }),
      decision({ cmp: 'onetrust', decidedAt: 3_000, choice: 'accept' }),
    ],
    [
      'lastApplied from whichever side has one',
      decision({ lastApplied: null }),
      decision({ lastApplied: 4_000, decidedAt: 500 }),
      decision({ lastApplied: 4_000 }),
    ],
  ])('%s (either order)', (_label, x, y, expected) => {
    expect(mergeMemories({ 'example.com': x }, { 'example.com': y })).toEqual({ 'example.com': expected });
    expect(mergeMemories({ 'example.com': y }, { 'example.com': x })).toEqual({ 'example.com': expected });
  });

  it('keeps sites found on only one side', () => {
    const a = { 'a.com': decision() };
    const b = { 'b.com': decision({ choice: 'accept' }) };
    expect(mergeMemories(a, b)).toEqual({ ...a, ...b });
  });

  it('never lets a parsed __proto__ key replace the prototype', () => {
    const b = JSON.parse(
      '{"__proto__": {"choice": "accept"}, "b.com": {"choice": "accept"}}',
    ) as ConsentMemory;
    const merged = mergeMemories({}, b);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['b.com']);
  });
});

describe('normalizeMemory', () => {
  const valid = decision({ appliedCount: 2, lastApplied: 3_000 });
  it.each<[string, unknown, ConsentMemory]>([
    ['undefined', undefined, {}],
    ['a string', 'accept', {}],
    ['an array', [valid], {}],
    ['a valid entry', { 'example.com': valid }, { 'example.com': valid }],
    [
      'keys that are not site keys',
      {
        'www.example.com': valid,
        'https://example.com': valid,
        'Example.com': valid,
        'bücher.de': valid,
        'example.com:80': valid,
        '': valid,
        'ok.org': valid,
      },
      { 'ok.org': valid },
    ],
    [
      'entries without a choice or time',
      {
        'a.com': { ...valid, choice: 'maybe' },
        'b.com': { ...valid, decidedAt: -1 },
        'c.com': { ...valid, decidedAt: Number.NaN },
        'd.com': { ...valid, decidedAt: '1000' },
        'e.com': 'accept',
        'f.com': null,
      },
      {},
    ],
    [
      'bad optional fields fall back',
      {
        'a.com': {
          choice: 'accept',
          decidedAt: 5,
          cmp: 42,
          appliedCount: -3,
          lastApplied: 'yesterday',
          paused: 'yes',
        },
      },
      { 'a.com': { choice: 'accept', decidedAt: 5, cmp: '', appliedCount: 0, lastApplied: null } },
    ],
    [
      'extra fields are dropped, counts floored, cmp trimmed and capped',
      { 'a.com': { ...valid, cmp: ` ${'x'.repeat(300)} `, appliedCount: 2.7, evil: '<script>' } },
      { 'a.com': { ...valid, cmp: 'x'.repeat(100), appliedCount: 2 } },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(normalizeMemory(raw)).toEqual(expected);
  });

  it('survives an entry whose getter throws', () => {
    const raw = {
      'ok.org': valid,
      get 'bad.org'() {
        throw new Error('boom');
      },
    };
    expect(normalizeMemory(raw)).toEqual({ 'ok.org': valid });
  });
});

describe('migrateConsentStore', () => {
  it.each<[string, unknown, ConsentMemory]>([
    ['nothing stored', undefined, {}],
    ['null', null, {}],
    ['a number', 3, {}],
    ['an empty v1 store', { version: 1, sites: {} }, {}],
    ['v1 without sites', { version: 1 }, {}],
    [
      'v1 is normalized',
      { version: 1, sites: { 'example.com': decision(), 'www.example.com': decision() } },
      { 'example.com': decision() },
    ],
    [
      'a newer version keeps whatever reads as v1',
      { version: 2, sites: { 'example.com': decision() }, extra: true },
      { 'example.com': decision() },
    ],
    [
      'v0: a plain map of choices, decidedAt 0',
      { 'example.com': 'accept', 'bbc.co.uk': 'reject' },
      {
        'example.com': { choice: 'accept', cmp: '', decidedAt: 0, appliedCount: 0, lastApplied: null },
        'bbc.co.uk': { choice: 'reject', cmp: '', decidedAt: 0, appliedCount: 0, lastApplied: null },
      },
    ],
    [
      'v0 drops bad choices and keys',
      { 'example.com': 'yes', 'www.bbc.co.uk': 'reject', 'ok.org': 'accept' },
      { 'ok.org': { choice: 'accept', cmp: '', decidedAt: 0, appliedCount: 0, lastApplied: null } },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(migrateConsentStore(raw)).toEqual({ version: 1, sites: expected });
  });

  it('a migrated v0 decision loses to any real decision in a merge', () => {
    const migrated = migrateConsentStore({ 'example.com': 'accept' }).sites;
    const merged = mergeMemories(migrated, { 'example.com': decision({ choice: 'reject', decidedAt: 1 }) });
    expect(merged['example.com']?.choice).toBe('reject');
  });
});
