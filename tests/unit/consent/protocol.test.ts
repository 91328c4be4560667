import { evalSnippets } from '@duckduckgo/autoconsent';
import { describe, expect, it } from 'vitest';
import {
  parseConsentMessage,
  parseConsentToContent,
  sealForBackground,
  sealForContent,
} from '@/utils/consent/protocol';

// The envelope written out by hand, so these tests do not lean on the code they check.
const wrap = ({ type, ...payload }: Record<string, unknown>) => ({
  channel: 'contentToBackground',
  type,
  payload,
});
const toContent = ({ type, ...payload }: Record<string, unknown>) => ({
  channel: 'backgroundToContent',
  type,
  payload,
});
const snippetId = 'EVAL_0';

describe('parseConsentMessage', () => {
  it('uses a snippet id autoconsent really has', () => {
    expect(Object.hasOwn(evalSnippets, snippetId)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['init', { type: 'init', url: 'https://example.com/' }],
    ['eval', { type: 'eval', id: 'eval-1', code: '', snippetId }],
    ['eval of another snippet', { type: 'eval', id: '2', code: '', snippetId: 'EVAL_DIDOMI_TEST' }],
    ['popupFound', { type: 'popupFound', cmp: 'onetrust', url: 'https://example.com/', payWall: false }],
    [
      'popupFound on a pay wall',
      { type: 'popupFound', cmp: 'Sourcepoint-frame', url: 'https://x.test/', payWall: true },
    ],
    [
      'optOutResult',
      {
        type: 'optOutResult',
        cmp: 'onetrust',
        result: true,
        scheduleSelfTest: false,
        url: 'https://x.test/',
      },
    ],
    [
      'optInResult',
      {
        type: 'optInResult',
        cmp: 'onetrust',
        result: false,
        scheduleSelfTest: false,
        url: 'https://x.test/',
      },
    ],
    [
      'autoconsentDone',
      {
        type: 'autoconsentDone',
        cmp: 'didomi',
        isCosmetic: false,
        url: 'https://x.test/',
        duration: 120,
        totalClicks: 2,
      },
    ],
    ['pq-user-choice accept', { type: 'pq-user-choice', choice: 'accept', cmp: 'onetrust', by: 'structure' }],
    [
      'pq-user-choice reject with an unknown cmp and a step',
      {
        type: 'pq-user-choice',
        choice: 'reject',
        cmp: '',
        by: 'label',
        step: { container: '#bar', button: 'button.no', text: 'nein danke' },
      },
    ],
    ['pq-applied', { type: 'pq-applied', cmp: 'Klaro', action: 'optIn', attempts: 2 }],
    ['pq-apply-failed', { type: 'pq-apply-failed', cmp: 'Klaro', action: 'optOut', reason: 'self-test' }],
  ])('accepts %s', (_label, message) => {
    expect(parseConsentMessage(wrap(message))).toEqual(message);
    expect(parseConsentMessage(sealForBackground(message as never))).toEqual(message);
  });

  it.each<[string, unknown]>([
    // The envelope.
    ['null', null],
    ['a string', 'init'],
    ['a bare message without the envelope', { type: 'init', url: 'https://example.com/' }],
    ['an envelope holding a string', { channel: 'contentToBackground', type: 'init', payload: 'init' }],
    [
      'an envelope holding an array',
      { channel: 'contentToBackground', type: 'init', payload: [{ url: 'https://example.com/' }] },
    ],
    ['an array envelope', [wrap({ type: 'init', url: 'https://example.com/' })]],
    ['the same message on another channel', toContent({ type: 'init', url: 'https://example.com/' })],
    [
      'an envelope with a field of its own',
      { ...wrap({ type: 'init', url: 'https://example.com/' }), tabId: 1 },
    ],
    ['the old envelope (pqConsent)', { pqConsent: { type: 'init', url: 'https://example.com/' } }],
    ["the pages' protocol", { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 1 } }],
    // Types the background does not handle.
    ['an unknown type', wrap({ type: 'deleteAll' })],
    ['no type', wrap({ url: 'https://example.com/' })],
    ['cmpDetected (not handled)', wrap({ type: 'cmpDetected', cmp: 'x', url: 'https://x.test/' })],
    [
      'selfTestResult (not handled)',
      wrap({ type: 'selfTestResult', cmp: 'x', result: true, url: 'https://x.test/' }),
    ],
    ['autoconsentError (not handled)', wrap({ type: 'autoconsentError', details: {} })],
    ['a background message (initResp)', wrap({ type: 'initResp', rules: {}, config: {} })],
    // init.
    ['init without a url', wrap({ type: 'init' })],
    ['init with a numeric url', wrap({ type: 'init', url: 42 })],
    ['init with an oversized url', wrap({ type: 'init', url: `https://x.test/${'a'.repeat(8200)}` })],
    // eval.
    ['eval without a snippet id (raw code)', wrap({ type: 'eval', id: '1', code: 'alert(1)' })],
    ['eval with an unknown snippet id', wrap({ type: 'eval', id: '1', code: '', snippetId: 'EVAL_NOPE' })],
    [
      'eval with a prototype key as snippet id',
      wrap({ type: 'eval', id: '1', code: '', snippetId: 'toString' }),
    ],
    ['eval with __proto__ as snippet id', wrap({ type: 'eval', id: '1', code: '', snippetId: '__proto__' })],
    ['eval with a numeric snippet id', wrap({ type: 'eval', id: '1', code: '', snippetId: 0 })],
    ['eval without an id', wrap({ type: 'eval', code: '', snippetId })],
    ['eval with a numeric id', wrap({ type: 'eval', id: 1, code: '', snippetId })],
    ['eval with an oversized id', wrap({ type: 'eval', id: 'x'.repeat(101), code: '', snippetId })],
    // popupFound.
    ['popupFound without payWall', wrap({ type: 'popupFound', cmp: 'x', url: 'https://x.test/' })],
    [
      'popupFound with payWall "false"',
      wrap({ type: 'popupFound', cmp: 'x', url: 'https://x.test/', payWall: 'false' }),
    ],
    [
      'popupFound with an oversized cmp',
      wrap({ type: 'popupFound', cmp: 'c'.repeat(201), url: 'https://x.test/', payWall: false }),
    ],
    ['popupFound without a url', wrap({ type: 'popupFound', cmp: 'x', payWall: false })],
    // optOutResult / optInResult.
    ['optOutResult with result "true"', wrap({ type: 'optOutResult', cmp: 'x', result: 'true' })],
    ['optInResult without a cmp', wrap({ type: 'optInResult', result: true })],
    // autoconsentDone.
    ['autoconsentDone without a duration', wrap({ type: 'autoconsentDone', cmp: 'x', isCosmetic: false })],
    [
      'autoconsentDone with a string duration',
      wrap({ type: 'autoconsentDone', cmp: 'x', isCosmetic: false, duration: '1' }),
    ],
    ['autoconsentDone without isCosmetic', wrap({ type: 'autoconsentDone', cmp: 'x', duration: 1 })],
    [
      'autoconsentDone with an oversized cmp',
      wrap({ type: 'autoconsentDone', cmp: 'c'.repeat(201), isCosmetic: true, duration: 1 }),
    ],
    // pq-user-choice.
    ['a choice of "settings"', wrap({ type: 'pq-user-choice', choice: 'settings', cmp: 'x' })],
    ['a capitalised choice', wrap({ type: 'pq-user-choice', choice: 'Accept', cmp: 'x' })],
    ['a boolean choice', wrap({ type: 'pq-user-choice', choice: true, cmp: 'x' })],
    ['a choice without a cmp', wrap({ type: 'pq-user-choice', choice: 'reject', by: 'structure' })],
    ['a choice without how it was read', wrap({ type: 'pq-user-choice', choice: 'reject', cmp: 'x' })],
    [
      'a choice with a step missing its text',
      wrap({
        type: 'pq-user-choice',
        choice: 'reject',
        cmp: 'x',
        by: 'label',
        step: { container: '#bar', button: 'button' },
      }),
    ],
    [
      'a choice with an oversized step',
      wrap({
        type: 'pq-user-choice',
        choice: 'reject',
        cmp: 'x',
        by: 'label',
        step: { container: '#bar', button: 'b'.repeat(301), text: 'no' },
      }),
    ],
    [
      'pq-applied with an unknown action',
      wrap({ type: 'pq-applied', cmp: 'x', action: 'accept', attempts: 1 }),
    ],
    ['pq-applied without attempts', wrap({ type: 'pq-applied', cmp: 'x', action: 'optIn' })],
    [
      'pq-apply-failed with an unknown reason',
      wrap({ type: 'pq-apply-failed', cmp: 'x', action: 'optIn', reason: 'because' }),
    ],
    [
      'a choice with an oversized cmp',
      wrap({ type: 'pq-user-choice', choice: 'reject', cmp: 'c'.repeat(201) }),
    ],
  ])('rejects %s', (_label, raw) => {
    expect(parseConsentMessage(raw)).toBeNull();
  });

  it.each([
    ['id', 100, 101],
    ['cmp', 200, 201],
  ])('accepts a %s of exactly %i characters and refuses %i', (field, max, over) => {
    const make = (length: number) =>
      field === 'id'
        ? wrap({ type: 'eval', id: 'i'.repeat(length), code: '', snippetId })
        : wrap({ type: 'pq-user-choice', choice: 'reject', cmp: 'c'.repeat(length), by: 'structure' });
    expect(parseConsentMessage(make(max))).not.toBeNull();
    expect(parseConsentMessage(make(over))).toBeNull();
  });
});

describe('parseConsentToContent', () => {
  const step = { container: '#bar', button: 'button.no', text: 'nein' };
  it.each<[string, unknown, boolean]>([
    ['initResp', toContent({ type: 'initResp', rules: {}, config: {} }), true],
    ['evalResp', toContent({ type: 'evalResp', id: 'e1', result: true }), true],
    ['optOut', toContent({ type: 'optOut' }), true],
    ['pq-restart', toContent({ type: 'pq-restart' }), true],
    ['pq-step', toContent({ type: 'pq-step', step }), true],
    ['no envelope', { type: 'optOut' }, false],
    ['the old envelope (pqConsent)', { pqConsent: { type: 'optOut' } }, false],
    ['the content channel', wrap({ type: 'optOut' }), false],
    ['an envelope without a type', { channel: 'backgroundToContent', payload: {} }, false],
    ['a numeric type', { channel: 'backgroundToContent', type: 1, payload: {} }, false],
    ['an array payload', { channel: 'backgroundToContent', type: 'optOut', payload: [] }, false],
    ['an unknown type', toContent({ type: 'deleteAll' }), false],
    ['initResp without rules', toContent({ type: 'initResp', config: {} }), false],
    ['evalResp without an id', toContent({ type: 'evalResp', result: true }), false],
    ['pq-step with half a step', toContent({ type: 'pq-step', step: { container: '#bar' } }), false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a string', 'pq-restart', false],
  ])('%s → %s', (_label, raw, expected) => {
    expect(parseConsentToContent(raw) !== null).toBe(expected);
  });

  it('reads back what the background sealed', () => {
    const message = { type: 'pq-step' as const, step };
    expect(parseConsentToContent(sealForContent(message))).toEqual(message);
  });
});
