import { describe, expect, it } from 'vitest';
import { parseMessage, responseGuards } from '@/utils/messages';

describe('parseMessage', () => {
  it('accepts a well-formed request', () => {
    expect(
      parseMessage({ channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 12 } }),
    ).toEqual({
      channel: 'pagesToBackground',
      type: 'capturePage',
      payload: { tabId: 12 },
    });
  });

  it.each([
    ['not an object', 'capturePage'],
    ['null', null],
    ['an array', [{ channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 1 } }]],
    ['an unknown type', { channel: 'pagesToBackground', type: 'deleteEverything', payload: {} }],
    ['a prototype key as type', { channel: 'pagesToBackground', type: 'constructor', payload: {} }],
    ['missing payload', { channel: 'pagesToBackground', type: 'capturePage' }],
    ['the old shape (type and data)', { type: 'capturePage', data: { tabId: 1 } }],
    ['another channel', { channel: 'contentToBackground', type: 'capturePage', payload: { tabId: 1 } }],
    [
      'a field beside the envelope',
      { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 1 }, tabId: 2 },
    ],
    ['a string tab id', { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: '12' } }],
    ['a negative tab id', { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: -1 } }],
    ['a fractional tab id', { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 1.5 } }],
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
