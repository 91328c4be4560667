import { describe, expect, it } from 'vitest';
import { type ConsentMemory, exportMemory, parseImport, type SiteDecision } from '@/utils/consent/pure';
import { decision as onetrustDecision, T } from './decision';

const decision = (overrides: Partial<SiteDecision> = {}): SiteDecision =>
  onetrustDecision({ appliedCount: 3, lastApplied: T + 2_000, ...overrides });

const memory: ConsentMemory = {
  'zeit.de': decision({ choice: 'accept', paused: true }),
  'bbc.co.uk': decision(),
};

describe('exportMemory', () => {
  it('writes the versioned format with sites sorted', () => {
    const parsed = JSON.parse(exportMemory(memory, T + 9_000));
    expect(parsed).toEqual({
      format: 'pullquote-consent',
      version: 1,
      exportedAt: T + 9_000,
      sites: memory,
    });
    expect(Object.keys(parsed.sites)).toEqual(['bbc.co.uk', 'zeit.de']);
  });

  it('round-trips through parseImport', () => {
    expect(parseImport(exportMemory(memory, T + 9_000), T + 10_000)).toEqual({
      ok: true,
      sites: memory,
      skipped: 0,
    });
  });

  it('leaves invalid entries out of the file', () => {
    const dirty = { ...memory, 'www.bbc.co.uk': decision() } as ConsentMemory;
    expect(Object.keys(JSON.parse(exportMemory(dirty, 5)).sites)).toEqual(['bbc.co.uk', 'zeit.de']);
  });
});

describe('parseImport', () => {
  const file = (body: object) =>
    JSON.stringify({ format: 'pullquote-consent', version: 1, exportedAt: T + 8_000, ...body });

  it.each([
    ['not JSON', '{"format": "pullquote-consent",', 'not-json', /not JSON/],
    ['an empty file', '', 'not-json', /not JSON/],
    ['a JSON array', '[1, 2]', 'wrong-format', /not a Pullquote consent export/],
    ['JSON null', 'null', 'wrong-format', /not a Pullquote consent export/],
    [
      'another format',
      '{"format": "ublock", "version": 1, "sites": {}}',
      'wrong-format',
      /"format": "pullquote-consent"/,
    ],
    [
      'a bare stored value',
      '{"version": 1, "sites": {"a.com": {}}}',
      'wrong-format',
      /not a Pullquote consent export/,
    ],
    [
      'a newer version',
      file({ version: 2, sites: {} }),
      'newer-version',
      /newer Pullquote \(format version 2\)/,
    ],
    ['no version', JSON.stringify({ format: 'pullquote-consent', sites: {} }), 'wrong-format', /version/],
    ['no sites field', file({}), 'no-sites', /no sites/],
    ['sites not an object', file({ sites: 'all' }), 'no-sites', /no sites/],
    ['an empty sites map', file({ sites: {} }), 'no-sites', /no sites/],
    [
      'only invalid entries',
      file({ sites: { 'www.a.com': decision(), 'b.com': { choice: 'maybe' } } }),
      'no-valid-sites',
      /None of the 2 site entries/,
    ],
  ])('refuses %s', (_label, text, code, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.error).toMatch(message);
  });

  it('skips and counts bad entries but imports the rest', () => {
    const text = file({
      sites: {
        'bbc.co.uk': decision(),
        'news.bbc.co.uk': decision(),
        'a.com': { choice: 'maybe', decidedAt: T },
        'b.com': { choice: 'accept', decidedAt: T + 10 },
      },
    });
    expect(parseImport(text, T + 10_000)).toEqual({
      ok: true,
      skipped: 2,
      sites: {
        'bbc.co.uk': decision(),
        'b.com': { choice: 'accept', cmp: '', decidedAt: T + 10, appliedCount: 0, lastApplied: null },
      },
    });
  });

  // Issue 15, finding 1: `decidedAt: 1e20` broke every date display in the popup and options page.
  it.each<[string, unknown, number]>([
    ['1e20', 1e20, T + 8_000],
    ['1e300', 1e300, T + 8_000],
    ['-1', -1, T + 8_000],
    ['missing', undefined, T + 8_000],
    ['"yesterday"', 'yesterday', T + 8_000],
  ])('a decidedAt of %s becomes the export’s own date', (_label, decidedAt, expected) => {
    const result = parseImport(file({ sites: { 'a.com': { choice: 'accept', decidedAt } } }), T + 10_000);
    expect(result.ok && result.sites['a.com']?.decidedAt).toBe(expected);
  });

  it('a bad time in an export with no valid date of its own becomes now', () => {
    const text = JSON.stringify({
      format: 'pullquote-consent',
      version: 1,
      exportedAt: 1e20,
      sites: { 'a.com': { choice: 'accept', decidedAt: 1e20, lastApplied: -5 } },
    });
    const result = parseImport(text, T + 10_000);
    expect(result.ok && result.sites['a.com']).toMatchObject({
      decidedAt: T + 10_000,
      lastApplied: T + 10_000,
    });
  });

  it('cannot pollute prototypes through the file', () => {
    const text =
      '{"format":"pullquote-consent","version":1,"sites":{"__proto__":{"choice":"accept","decidedAt":1},"a.com":{"choice":"accept","decidedAt":1}}}';
    const result = parseImport(text);
    expect(result.ok && Object.getPrototypeOf(result.sites)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.sites)).toEqual(['a.com']);
    expect(result.ok && result.skipped).toBe(1);
  });
});
