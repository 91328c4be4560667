import { XRPCError } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { BlueskyError, classifyError, retryTime } from '@/utils/bluesky/errors';
import { ImageTooLargeError } from '@/utils/bluesky/image';

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);

/** The errors @atproto/xrpc raises for a server's answer (status, error code, headers). */
const xrpc = (status: number, error?: string, headers?: Record<string, string>) =>
  new XRPCError(status, error, `${status} ${error ?? ''}`, headers);

describe('classifyError: a failure in the reader’s terms', () => {
  it.each([
    ['createSession 401 while connecting', xrpc(401, 'AuthenticationRequired'), true, 'wrong-password'],
    ['401 on a later request: the session ended', xrpc(401, 'AuthenticationRequired'), false, 'expired'],
    ['ExpiredToken', xrpc(400, 'ExpiredToken'), false, 'expired'],
    ['InvalidToken', xrpc(400, 'InvalidToken'), false, 'expired'],
    [
      'email code asked for: the account password',
      xrpc(401, 'AuthFactorTokenRequired'),
      true,
      'main-password',
    ],
    ['429', xrpc(429, 'RateLimitExceeded'), false, 'rate-limit'],
    ['413', xrpc(413, 'PayloadTooLarge'), false, 'image-too-large'],
    ['BlobTooLarge', xrpc(400, 'BlobTooLarge'), false, 'image-too-large'],
    ['taken down', xrpc(400, 'AccountTakedown'), true, 'account'],
    ['deactivated', xrpc(400, 'AccountDeactivated'), false, 'account'],
    ['anything else', xrpc(500, 'InternalServerError'), false, 'other'],
    ['no card small enough', new ImageTooLargeError(1_200_000), false, 'image-too-large'],
    ['fetch failed', new TypeError('Failed to fetch'), false, 'unreachable'],
    ['fetch failed, wrapped', XRPCError.from(new TypeError('Failed to fetch')), false, 'unreachable'],
    ['a plain error', new Error('boom'), false, 'other'],
  ])('%s → %s', (_name, error, connecting, kind) => {
    expect(classifyError(error, { online: true, connecting, now: NOW }).kind).toBe(kind);
  });

  it('a network failure while the browser is offline is "offline"', () => {
    expect(classifyError(new TypeError('Failed to fetch'), { online: false }).kind).toBe('offline');
  });

  it('keeps a BlueskyError as it is', () => {
    const error = new BlueskyError('handle-not-found', 'no');
    expect(classifyError(error, { online: true })).toBe(error);
  });

  it('a 429 carries the time the limit ends', () => {
    const reset = String(NOW / 1000 + 300);
    const error = classifyError(xrpc(429, 'RateLimitExceeded', { 'RateLimit-Reset': reset }), {
      online: true,
      now: NOW,
    });
    expect(error.retryAt).toBe(NOW + 300_000);
  });
});

describe('retryTime', () => {
  it.each([
    ['ratelimit-reset (epoch seconds)', { 'ratelimit-reset': String(NOW / 1000 + 60) }, NOW + 60_000],
    ['retry-after (seconds)', { 'retry-after': '120' }, NOW + 120_000],
    [
      'reset wins over retry-after',
      { 'ratelimit-reset': String(NOW / 1000 + 60), 'retry-after': '5' },
      NOW + 60_000,
    ],
    ['garbage', { 'ratelimit-reset': 'soon' }, null],
    ['none', undefined, null],
  ])('%s', (_name, headers, expected) => {
    expect(retryTime(headers, NOW)).toBe(expected);
  });
});
