import { evalSnippets } from '@duckduckgo/autoconsent';
import { describe, expect, it } from 'vitest';
import { isConsentToContent, parseConsentMessage } from '@/utils/consent/protocol';

const wrap = (message: unknown) => ({ pqConsent: message });
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
  });

  it.each<[string, unknown]>([
    // The envelope.
    ['null', null],
    ['a string', 'init'],
    ['a bare message without the envelope', { type: 'init', url: 'https://example.com/' }],
    ['an envelope holding a string', { pqConsent: 'init' }],
    ['an envelope holding an array', { pqConsent: [{ type: 'init', url: 'https://example.com/' }] }],
    ['an array envelope', [{ pqConsent: { type: 'init', url: 'https://example.com/' } }]],
    ["the pages' protocol", { type: 'capturePage', data: { tabId: 1 } }],
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

describe('isConsentToContent', () => {
  it.each<[string, unknown, boolean]>([
    ['initResp', { pqConsent: { type: 'initResp', rules: {}, config: {} } }, true],
    ['optOut', { pqConsent: { type: 'optOut' } }, true],
    ['pq-restart', { pqConsent: { type: 'pq-restart' } }, true],
    ['no envelope', { type: 'optOut' }, false],
    ['an envelope without a type', { pqConsent: {} }, false],
    ['a numeric type', { pqConsent: { type: 1 } }, false],
    ['an array in the envelope', { pqConsent: [] }, false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a string', 'pq-restart', false],
  ])('%s → %s', (_label, raw, expected) => {
    expect(isConsentToContent(raw)).toBe(expected);
  });
});
