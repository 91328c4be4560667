import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSENT_EVAL_REQUEST,
  CONSENT_EVAL_RESULT,
  evalInPage,
  parseEvalRequest,
} from '../../../utils/consent/main-channel';

const listeners: Array<(event: Event) => void> = [];
function answerWith(answer: (request: { id: string; snippetId: string }) => string | null) {
  const listener = (event: Event) => {
    const request = parseEvalRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    const detail = answer(request);
    if (detail !== null) document.dispatchEvent(new CustomEvent(CONSENT_EVAL_RESULT, { detail }));
  };
  listeners.push(listener);
  document.addEventListener(CONSENT_EVAL_REQUEST, listener);
}

afterEach(() => {
  for (const listener of listeners.splice(0)) document.removeEventListener(CONSENT_EVAL_REQUEST, listener);
});

describe('evalInPage', () => {
  it('gets the page world’s answer synchronously', () => {
    answerWith(({ id, snippetId }) => JSON.stringify({ id, result: snippetId === 'EVAL_COOKIEBOT_1' }));
    expect(evalInPage(document, 'a1', 'EVAL_COOKIEBOT_1')).toBe(true);
    expect(evalInPage(document, 'a2', 'EVAL_OTHER')).toBe(false);
  });

  it('is null when nothing listens (the script is not there yet): the background answers instead', () => {
    expect(evalInPage(document, 'b1', 'EVAL_COOKIEBOT_1')).toBeNull();
  });

  it('ignores answers for another request and malformed answers', () => {
    answerWith(() => JSON.stringify({ id: 'someone-else', result: true }));
    answerWith(() => '{not json');
    answerWith(() => JSON.stringify({ id: 'c1', result: 'yes' }));
    expect(evalInPage(document, 'c1', 'EVAL_COOKIEBOT_1')).toBeNull();
  });

  it('stops listening after the call', () => {
    answerWith(({ id }) => JSON.stringify({ id, result: true }));
    evalInPage(document, 'd1', 'EVAL_X');
    // A late answer to the same id changes nothing (and throws nothing).
    document.dispatchEvent(
      new CustomEvent(CONSENT_EVAL_RESULT, { detail: JSON.stringify({ id: 'd1', result: false }) }),
    );
    expect(evalInPage(document, 'd2', 'EVAL_X')).toBe(true);
  });
});

describe('parseEvalRequest', () => {
  it.each([
    ['a request', JSON.stringify({ id: 'x', snippetId: 'EVAL_A' }), { id: 'x', snippetId: 'EVAL_A' }],
    ['an object, not a string', { id: 'x', snippetId: 'EVAL_A' }, null],
    ['no snippet id', JSON.stringify({ id: 'x' }), null],
    ['not JSON', 'EVAL_A', null],
    ['too long', JSON.stringify({ id: 'x'.repeat(400), snippetId: 'EVAL_A' }), null],
  ])('%s', (_label, detail, expected) => {
    expect(parseEvalRequest(detail)).toEqual(expected);
  });
});
