import { describe, expect, it } from 'vitest';
import { parseMessage, responseGuards } from '@/utils/messages';

describe('parseMessage', () => {
  it('accepts a well-formed request', () => {
    expect(parseMessage({ type: 'capturePage', data: { tabId: 12 } })).toEqual({
      type: 'capturePage',
      data: { tabId: 12 },
    });
  });

  it.each([
    ['not an object', 'capturePage'],
    ['null', null],
    ['an array', [{ type: 'capturePage', data: { tabId: 1 } }]],
    ['an unknown type', { type: 'deleteEverything', data: {} }],
    ['a prototype key as type', { type: 'constructor', data: {} }],
    ['missing data', { type: 'capturePage' }],
    ['a string tab id', { type: 'capturePage', data: { tabId: '12' } }],
    ['a negative tab id', { type: 'capturePage', data: { tabId: -1 } }],
    ['a fractional tab id', { type: 'capturePage', data: { tabId: 1.5 } }],
  ])('rejects %s', (_label, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('responseGuards.capturePage', () => {
  const snapshot = { html: '<html></html>', url: 'https://a.example/', title: 'A', selection: '', tookMs: 1 };
  it.each([
    [{ ok: true, snapshot }, true],
    [{ ok: false, reason: 'browser-page' }, true],
    [{ ok: true, snapshot: { ...snapshot, html: 5 } }, false],
    [{ ok: true }, false],
    [{ ok: false }, false],
    [undefined, false],
  ])('%j → %s', (value, valid) => {
    expect(responseGuards.capturePage(value)).toBe(valid);
  });
});
