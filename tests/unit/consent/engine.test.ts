import type { AutoConsentCMPRule } from '@duckduckgo/autoconsent';
import rulesBundle from '@duckduckgo/autoconsent/rules/rules.json';
import { describe, expect, it } from 'vitest';
import {
  actionFor,
  autoActionFor,
  type ConsentPrefs,
  configFor,
  DEFAULT_CONSENT_PREFS,
  normalizeConsentPrefs,
  type Plan,
  planFor,
  ruleRunsIn,
  rulesForFrame,
  type SiteState,
} from '@/utils/consent/engine';

/** A rule with nothing to do; only its name and run context matter here. */
const rule = (name: string, runContext?: AutoConsentCMPRule['runContext']): AutoConsentCMPRule => ({
  name,
  ...(runContext ? { runContext } : {}),
  detectCmp: [],
  detectPopup: [],
  optOut: [],
  optIn: [],
});

describe('normalizeConsentPrefs', () => {
  it.each<[string, unknown, ConsentPrefs]>([
    ['undefined', undefined, { defaultChoice: 'none', sync: false }],
    ['null', null, { defaultChoice: 'none', sync: false }],
    ['a string', 'reject', { defaultChoice: 'none', sync: false }],
    ['an empty object', {}, { defaultChoice: 'none', sync: false }],
    ['reject + sync', { defaultChoice: 'reject', sync: true }, { defaultChoice: 'reject', sync: true }],
    ['accept', { defaultChoice: 'accept', sync: false }, { defaultChoice: 'accept', sync: false }],
    ['none', { defaultChoice: 'none', sync: true }, { defaultChoice: 'none', sync: true }],
    ['an unknown default', { defaultChoice: 'ask', sync: true }, { defaultChoice: 'none', sync: true }],
    ['a capitalised default', { defaultChoice: 'Reject' }, { defaultChoice: 'none', sync: false }],
    [
      'a truthy non-boolean sync',
      { defaultChoice: 'reject', sync: 'yes' },
      { defaultChoice: 'reject', sync: false },
    ],
    ['sync: 1', { sync: 1 }, { defaultChoice: 'none', sync: false }],
  ])('%s', (_label, raw, expected) => {
    expect(normalizeConsentPrefs(raw)).toEqual(expected);
  });

  it('defaults to doing nothing and not syncing', () => {
    expect(DEFAULT_CONSENT_PREFS).toEqual({ defaultChoice: 'none', sync: false });
  });
});

describe('planFor', () => {
  const prefs = (defaultChoice: ConsentPrefs['defaultChoice']): ConsentPrefs => ({
    defaultChoice,
    sync: false,
  });
  it.each<[string, SiteState | undefined, ConsentPrefs, Plan]>([
    ['own reject, no default', { choice: 'reject' }, prefs('none'), { choice: 'reject', own: true }],
    [
      'own accept over a reject default',
      { choice: 'accept' },
      prefs('reject'),
      { choice: 'accept', own: true },
    ],
    [
      'own reject over an accept default',
      { choice: 'reject' },
      prefs('accept'),
      { choice: 'reject', own: true },
    ],
    [
      'paused site, no default',
      { choice: 'reject', paused: true },
      prefs('none'),
      { choice: null, own: true },
    ],
    [
      'paused site ignores the default too',
      { choice: 'accept', paused: true },
      prefs('reject'),
      { choice: null, own: true },
    ],
    [
      'explicitly unpaused',
      { choice: 'accept', paused: false },
      prefs('none'),
      { choice: 'accept', own: true },
    ],
    ['undecided, default none', undefined, prefs('none'), { choice: null, own: false }],
    ['undecided, default reject', undefined, prefs('reject'), { choice: 'reject', own: false }],
    ['undecided, default accept', undefined, prefs('accept'), { choice: 'accept', own: false }],
  ])('%s', (_label, site, p, expected) => {
    expect(planFor(site, p)).toEqual(expected);
  });
});

describe('configFor', () => {
  it.each<[string, Plan]>([
    ['no choice, undecided', { choice: null, own: false }],
    ['no choice, paused', { choice: null, own: true }],
  ])('turns the engine off without a plan (%s)', (_label, plan) => {
    expect(configFor(plan)).toEqual({ enabled: false });
  });

  it.each<[string, Plan]>([
    ['own reject', { choice: 'reject', own: true }],
    ['own accept', { choice: 'accept', own: true }],
    ['default reject', { choice: 'reject', own: false }],
    ['default accept', { choice: 'accept', own: false }],
  ])('with a plan (%s) the engine runs without heuristics', (_label, plan) => {
    const config = configFor(plan);
    expect(config.enabled).toBe(true);
    // Acts on its own only where the answer cannot depend on the page (a default accept waits for the
    // background's pay-wall check).
    expect(config.autoAction).toBe(autoActionFor(plan));
    expect(config.autoAction).toBe(plan.choice === 'reject' ? 'optOut' : plan.own ? 'optIn' : null);
    expect(config.enableHeuristicDetection).toBe(false);
    expect(config.heuristicMode).toBe('off');
    expect(config.enablePrehide).toBe(true);
    expect(config.prehideTimeout).toBeGreaterThan(0);
    expect(config.enableCosmeticRules).toBe(true);
  });

  it('keeps every log channel quiet', () => {
    const logs = configFor({ choice: 'reject', own: true }).logs ?? {};
    expect(Object.values(logs).length).toBeGreaterThan(0);
    expect(Object.values(logs).every((value) => value === false)).toBe(true);
  });
});

describe('actionFor', () => {
  it.each<[string, Plan, boolean, 'optIn' | 'optOut' | null]>([
    ['own reject', { choice: 'reject', own: true }, false, 'optOut'],
    ['default reject', { choice: 'reject', own: false }, false, 'optOut'],
    ['own reject on a pay wall (tried anyway)', { choice: 'reject', own: true }, true, 'optOut'],
    ['default reject on a pay wall', { choice: 'reject', own: false }, true, 'optOut'],
    ['own accept', { choice: 'accept', own: true }, false, 'optIn'],
    ['default accept', { choice: 'accept', own: false }, false, 'optIn'],
    ['default accept on a pay wall', { choice: 'accept', own: false }, true, null],
    ['own accept on a pay wall', { choice: 'accept', own: true }, true, 'optIn'],
    ['no plan', { choice: null, own: false }, false, null],
    ['paused', { choice: null, own: true }, true, null],
  ])('%s → %s', (_label, plan, payWall, expected) => {
    expect(actionFor(plan, payWall)).toBe(expected);
  });
});

describe('ruleRunsIn', () => {
  const url = 'https://www.example.com/story';
  it.each<[string, AutoConsentCMPRule, string, boolean, boolean]>([
    ['no run context, top', rule('generic'), url, true, true],
    ['no run context, frame (frames must opt in)', rule('generic'), url, false, false],
    ['main: false, top', rule('frame-only', { main: false, frame: true }), url, true, false],
    ['main: false, frame', rule('frame-only', { main: false, frame: true }), url, false, true],
    ['frame: true, top (main defaults to yes)', rule('both', { frame: true }), url, true, true],
    ['frame: false, frame', rule('top-only', { main: true, frame: false }), url, false, false],
    [
      'pattern matches, top',
      rule('site', { urlPattern: '^https://(www\\.)?example\\.com/' }),
      url,
      true,
      true,
    ],
    [
      'pattern does not match, top',
      rule('site', { urlPattern: '^https://(www\\.)?example\\.org/' }),
      url,
      true,
      false,
    ],
    [
      'pattern matches but frames are not allowed',
      rule('site', { urlPattern: '^https://(www\\.)?example\\.com/' }),
      url,
      false,
      false,
    ],
    [
      'frame rule on the vendor frame',
      rule('vendor', { main: false, frame: true, urlPattern: '^https://cmp\\.vendor\\.test/' }),
      'https://cmp.vendor.test/index.html',
      false,
      true,
    ],
    [
      'frame rule on another frame',
      rule('vendor', { main: false, frame: true, urlPattern: '^https://cmp\\.vendor\\.test/' }),
      'https://ads.example.net/frame',
      false,
      false,
    ],
    ['an invalid pattern never matches', rule('broken', { urlPattern: '([unclosed' }), url, true, false],
    ['an empty pattern is no pattern', rule('empty', { urlPattern: '' }), url, true, true],
  ])('%s', (_label, r, frameUrl, isTop, expected) => {
    expect(ruleRunsIn(r, frameUrl, isTop)).toBe(expected);
  });
});

describe('rulesForFrame', () => {
  const rules = [
    rule('generic'),
    rule('generic-frames', { frame: true }),
    rule('frame-only', { main: false, frame: true }),
    rule('example-site', { urlPattern: '^https://(www\\.)?example\\.com/' }),
    rule('other-site', { urlPattern: '^https://(www\\.)?other\\.org/' }),
    rule('broken', { urlPattern: '(' }),
  ];

  it.each<[string, string, boolean, string[]]>([
    [
      'top frame on example.com',
      'https://example.com/a',
      true,
      ['generic', 'generic-frames', 'example-site'],
    ],
    ['top frame on other.org', 'https://www.other.org/', true, ['generic', 'generic-frames', 'other-site']],
    ['top frame elsewhere', 'https://news.test/', true, ['generic', 'generic-frames']],
    ['a frame', 'https://example.com/a', false, ['generic-frames', 'frame-only']],
  ])('%s', (_label, url, isTop, names) => {
    expect(rulesForFrame(rules, url, isTop).map((r) => r.name)).toEqual(names);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [rule('generic')];
    const output = rulesForFrame(input, 'https://example.com/', true);
    expect(output).not.toBe(input);
    expect(output[0]).toBe(input[0]);
  });
});

describe('rulesForFrame with the real autoconsent rule list', () => {
  const all = (rulesBundle as unknown as { autoconsent: AutoConsentCMPRule[] }).autoconsent;
  const names = (list: readonly AutoConsentCMPRule[]) => list.map((r) => r.name);
  const ordinary = 'https://news.example.com/2024/01/some-story?id=3';

  it('is the full list (several hundred rules)', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it('gives a top frame on an ordinary site far fewer rules, but keeps the generic platforms', () => {
    const forTop = rulesForFrame(all, ordinary, true);
    expect(forTop.length).toBeLessThan(all.length / 2);
    expect(names(forTop)).toEqual(expect.arrayContaining(['didomi', 'Complianz banner', 'cookieyes']));
    // Nothing tied to a site's URL applies to an ordinary site.
    expect(
      forTop.every((r) => !r.runContext?.urlPattern || new RegExp(r.runContext.urlPattern).test(ordinary)),
    ).toBe(true);
  });

  it('gives a frame only the rules that run in frames', () => {
    const forFrame = rulesForFrame(all, ordinary, false);
    expect(forFrame.length).toBeLessThan(rulesForFrame(all, ordinary, true).length);
    expect(forFrame.every((r) => r.runContext?.frame === true)).toBe(true);
  });

  it('includes a site-specific rule only on its own site', () => {
    const abc = all.find((r) => r.name === 'abc');
    // The rule's own pattern, so the test notices if autoconsent changes it.
    expect(abc?.runContext?.urlPattern).toBe('^https://([a-z0-9-]+\\.)?abc\\.net\\.au/');
    expect(names(rulesForFrame(all, 'https://www.abc.net.au/news/story', true))).toContain('abc');
    expect(names(rulesForFrame(all, 'https://abc.net.au/', true))).toContain('abc');
    expect(names(rulesForFrame(all, ordinary, true))).not.toContain('abc');
    expect(names(rulesForFrame(all, 'https://abc.net.au.evil.test/', true))).not.toContain('abc');
  });

  it('includes a top-only site rule on its site but never in a frame there', () => {
    const bahn = all.find((r) => r.name === 'bahn-de');
    expect(bahn?.runContext).toMatchObject({ main: true, frame: false });
    expect(names(rulesForFrame(all, 'https://www.bahn.de/', true))).toContain('bahn-de');
    expect(names(rulesForFrame(all, 'https://www.bahn.de/', false))).not.toContain('bahn-de');
    expect(names(rulesForFrame(all, ordinary, true))).not.toContain('bahn-de');
  });
});
