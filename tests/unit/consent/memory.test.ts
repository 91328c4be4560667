import { describe, expect, it } from 'vitest';
import {
  type ConsentMemory,
  forget,
  getDecision,
  isStalled,
  MAX_FAILURES,
  MIN_TIMESTAMP,
  mergeMemories,
  migrateConsentStore,
  normalizeMemory,
  recordApplied,
  recordChoice,
  recordFailure,
  type SiteDecision,
  setPaused,
} from '@/utils/consent/pure';
import { decision, T } from './decision';

describe('recordChoice', () => {
  it('adds a new site with an empty history', () => {
    expect(recordChoice({}, 'example.com', 'accept', 'Cookiebot', T + 5_000)).toEqual({
      'example.com': {
        choice: 'accept',
        cmp: 'Cookiebot',
        decidedAt: T + 5_000,
        appliedCount: 0,
        lastApplied: null,
      },
    });
  });

  it('changes the choice and time, keeps the history and a pause, and does not mutate its input', () => {
    const memory: ConsentMemory = {
      'example.com': decision({ appliedCount: 4, lastApplied: T + 2_000, paused: true }),
      'other.org': decision(),
    };
    const snapshot = structuredClone(memory);
    const next = recordChoice(memory, 'example.com', 'accept', 'didomi', T + 9_000);
    expect(next['example.com']).toEqual({
      choice: 'accept',
      cmp: 'didomi',
      decidedAt: T + 9_000,
      appliedCount: 4,
      lastApplied: T + 2_000,
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
    memory = recordApplied(memory, 'example.com', T + 2_000);
    memory = recordApplied(memory, 'example.com', T + 3_000, 'didomi');
    expect(memory['example.com']).toEqual(
      decision({ appliedCount: 2, lastApplied: T + 3_000, cmp: 'didomi' }),
    );
    expect(recordApplied(memory, 'example.com', T + 4_000, '')['example.com']?.cmp).toBe('didomi');
  });

  it('leaves an undecided site alone', () => {
    const memory: ConsentMemory = {};
    expect(recordApplied(memory, 'example.com', T + 2_000)).toBe(memory);
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
    expect(setPaused(memory, 'example.com', true, T + 7_000)['example.com']).toEqual(
      decision({ paused: true, decidedAt: T + 7_000 }),
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
      decision({ choice: 'accept', decidedAt: T + 1_000, appliedCount: 7, lastApplied: T + 1_500 }),
      decision({
        choice: 'reject',
        decidedAt: T + 2_000,
        appliedCount: 1,
        lastApplied: T + 900,
        cmp: 'didomi',
      }),
      decision({
        choice: 'reject',
        decidedAt: T + 2_000,
        appliedCount: 7,
        lastApplied: T + 1_500,
        cmp: 'didomi',
      }),
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
      decision({ cmp: 'onetrust', decidedAt: T + 1_000 }),
      decision({ cmp: '', decidedAt: T + 3_000, choice: 'accept' }),
      decision({ cmp: 'onetrust', decidedAt: T + 3_000, choice: 'accept' }),
    ],
    [
      'lastApplied from whichever side has one',
      decision({ lastApplied: null }),
      decision({ lastApplied: T + 4_000, decidedAt: T + 500 }),
      decision({ lastApplied: T + 4_000 }),
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
  const valid = decision({ appliedCount: 2, lastApplied: T + 3_000 });
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
      'entries without a choice',
      {
        'a.com': { ...valid, choice: 'maybe' },
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
          decidedAt: T + 5,
          cmp: 42,
          appliedCount: -3,
          paused: 'yes',
          learned: 'yes',
          failures: 1.5,
          step: { container: '', button: 'button', text: 'ok' },
        },
      },
      { 'a.com': { choice: 'accept', decidedAt: T + 5, cmp: '', appliedCount: 0, lastApplied: null } },
    ],
    [
      'extra fields are dropped, counts floored, cmp trimmed and capped',
      { 'a.com': { ...valid, cmp: ` ${'x'.repeat(300)} `, appliedCount: 2.7, evil: '<script>' } },
      { 'a.com': { ...valid, cmp: 'x'.repeat(100), appliedCount: 2 } },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(normalizeMemory(raw)).toEqual(expected);
  });

  // Issue 15, finding 1: a time that would break sorting or a date display never gets in.
  const clock = { now: T + 10_000, fallback: T + 5_000 };
  it.each<[string, unknown]>([
    ['-1', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e20', 1e20],
    ['1e300', 1e300],
    ['a string', '1000'],
    ['before 1990', Date.UTC(1989, 11, 31)],
    ['more than a day ahead', T + 10_000 + 24 * 60 * 60 * 1000 + 1],
    ['missing', undefined],
  ])('a decidedAt or lastApplied of %s becomes the fallback', (_label, time) => {
    const raw = { 'a.com': { ...valid, decidedAt: time, lastApplied: time ?? 'never' } };
    expect(normalizeMemory(raw, clock)).toEqual({
      'a.com': { ...valid, decidedAt: T + 5_000, lastApplied: T + 5_000 },
    });
  });

  it('keeps a valid time, up to a day ahead of the clock, rounded to whole milliseconds', () => {
    const ahead = T + 10_000 + 24 * 60 * 60 * 1000;
    const raw = { 'a.com': { ...valid, decidedAt: ahead, lastApplied: T + 2.6 } };
    expect(normalizeMemory(raw, clock)['a.com']).toEqual({ ...valid, decidedAt: ahead, lastApplied: T + 3 });
  });

  it('keeps what the memory records about a click: learned, failures and a step', () => {
    const step = { container: '#cookie-bar', button: 'button.ok', text: 'alles klar' };
    const raw = { 'a.com': { ...valid, learned: true, failures: 2, step } };
    expect(normalizeMemory(raw)['a.com']).toEqual({ ...valid, learned: true, failures: 2, step });
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
      'v0: a plain map of choices, decided at the earliest valid time',
      { 'example.com': 'accept', 'bbc.co.uk': 'reject' },
      {
        'example.com': {
          choice: 'accept',
          cmp: '',
          decidedAt: MIN_TIMESTAMP,
          appliedCount: 0,
          lastApplied: null,
        },
        'bbc.co.uk': {
          choice: 'reject',
          cmp: '',
          decidedAt: MIN_TIMESTAMP,
          appliedCount: 0,
          lastApplied: null,
        },
      },
    ],
    [
      'v0 drops bad choices and keys',
      { 'example.com': 'yes', 'www.bbc.co.uk': 'reject', 'ok.org': 'accept' },
      {
        'ok.org': { choice: 'accept', cmp: '', decidedAt: MIN_TIMESTAMP, appliedCount: 0, lastApplied: null },
      },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(migrateConsentStore(raw)).toEqual({ version: 1, sites: expected });
  });

  it('a migrated v0 decision loses to any real decision in a merge', () => {
    const migrated = migrateConsentStore({ 'example.com': 'accept' }).sites;
    const merged = mergeMemories(migrated, {
      'example.com': decision({ choice: 'reject', decidedAt: MIN_TIMESTAMP + 1 }),
    });
    expect(merged['example.com']?.choice).toBe('reject');
  });
});

// Issue 15, finding 2: a learned click never replaces a choice set in the popup or options.
describe('learned and set choices', () => {
  const step = { container: '#bar', button: 'button.ok', text: 'ok' };

  it('a learned click records a learned choice with its step, over nothing or another learned one', () => {
    const first = recordChoice({}, 'a.com', 'reject', 'x', T + 1, { learned: true, step });
    expect(first['a.com']).toMatchObject({ choice: 'reject', learned: true, step });
    const second = recordChoice(first, 'a.com', 'accept', 'x', T + 2, { learned: true });
    expect(second['a.com']).toMatchObject({ choice: 'accept', learned: true, decidedAt: T + 2 });
    expect(second['a.com']?.step).toBeUndefined();
  });

  it('a learned click leaves a set choice exactly as it was', () => {
    const set = recordChoice({}, 'a.com', 'reject', 'x', T + 1);
    expect(recordChoice(set, 'a.com', 'accept', 'x', T + 2, { learned: true })).toBe(set);
  });

  it('a set choice replaces a learned one, keeping its step only for the same choice', () => {
    const learned = recordChoice({}, 'a.com', 'reject', 'x', T + 1, { learned: true, step });
    expect(recordChoice(learned, 'a.com', 'reject', 'x', T + 2)['a.com']).toEqual(
      decision({ cmp: 'x', decidedAt: T + 2, step }),
    );
    expect(recordChoice(learned, 'a.com', 'accept', 'x', T + 2)['a.com']?.step).toBeUndefined();
  });

  it('in a merge, a set choice beats the same choice learned at the same time', () => {
    const set = decision();
    const learned = decision({ learned: true });
    expect(mergeMemories({ 'a.com': learned }, { 'a.com': set })['a.com']).toEqual(set);
    expect(mergeMemories({ 'a.com': set }, { 'a.com': learned })['a.com']).toEqual(set);
  });

  it('a merge keeps this device’s step and failures for the same choice, whichever side won', () => {
    const local = decision({ step, failures: 2 });
    const remote = decision({ decidedAt: T + 9_000, cmp: '' });
    expect(mergeMemories({ 'a.com': local }, { 'a.com': remote })['a.com']).toEqual(
      decision({ decidedAt: T + 9_000, step, failures: 2 }),
    );
    const changed = decision({ decidedAt: T + 9_000, choice: 'accept', cmp: '' });
    const merged = mergeMemories({ 'a.com': local }, { 'a.com': changed })['a.com'];
    expect(merged?.step).toBeUndefined();
    expect(merged?.failures).toBeUndefined();
  });
});

describe('failures', () => {
  it('count up, stall the site at MAX_FAILURES, and reset when applied or resumed', () => {
    let memory: ConsentMemory = { 'a.com': decision() };
    for (let i = 0; i < MAX_FAILURES - 1; i++) memory = recordFailure(memory, 'a.com');
    expect(isStalled(memory['a.com'])).toBe(false);
    memory = recordFailure(memory, 'a.com');
    expect(isStalled(memory['a.com'])).toBe(true);
    expect(recordApplied(memory, 'a.com', T + 5)['a.com']?.failures).toBeUndefined();
    expect(setPaused(memory, 'a.com', false)['a.com']?.failures).toBeUndefined();
    expect(setPaused(memory, 'a.com', true)['a.com']?.failures).toBe(MAX_FAILURES);
    expect(recordFailure({}, 'a.com')).toEqual({});
  });
});
