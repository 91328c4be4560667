/**
 * What went wrong with Bluesky, in the reader's terms. Pure: reads the shape of @atproto/xrpc's XRPCError
 * (status, error code, headers) without importing it, so the popup can explain a failure without loading
 * the client.
 */
import { ImageTooLargeError } from './image';

export type BlueskyErrorKind =
  /** createSession refused the identifier and password. */
  | 'wrong-password'
  /** The password was the account's own, not an app password (or the account asks for an email code). */
  | 'main-password'
  /** The session can no longer be refreshed: connect again. */
  | 'expired'
  /** Too many requests; `retryAt` says when the server takes them again. */
  | 'rate-limit'
  /** The browser is offline. */
  | 'offline'
  /** Online, but the server did not answer. */
  | 'unreachable'
  /** The card could not be made small enough, or the server refused its size. */
  | 'image-too-large'
  /** The handle does not lead to a server (no DID, no DID document, no PDS in it). */
  | 'handle-not-found'
  /** The server address is not an http(s) URL. */
  | 'invalid-server'
  /** The account is suspended, taken down or deactivated. */
  | 'account'
  | 'other';

export class BlueskyError extends Error {
  override name = 'BlueskyError';
  constructor(
    readonly kind: BlueskyErrorKind,
    message: string,
    /** Epoch milliseconds when a rate-limited request may be tried again. */
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

/** The fields of an XRPCError this module reads. */
interface XrpcLike {
  status: number;
  error?: string;
  message: string;
  headers?: Record<string, string>;
  cause?: unknown;
}

function isXrpcLike(value: unknown): value is XrpcLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as XrpcLike).status === 'number' &&
    typeof (value as XrpcLike).message === 'string'
  );
}

/** When a 429 may be retried: `ratelimit-reset` (epoch seconds), else `retry-after` (seconds), else null. */
export function retryTime(headers: Record<string, string> | undefined, now: number): number | null {
  const get = (name: string) =>
    Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
  const reset = Number(get('ratelimit-reset'));
  if (get('ratelimit-reset') !== null && Number.isFinite(reset) && reset > 0) return reset * 1000;
  const after = Number(get('retry-after'));
  if (get('retry-after') !== null && Number.isFinite(after) && after >= 0) return now + after * 1000;
  return null;
}

/** A network failure: fetch's TypeError, possibly wrapped by XRPCError (status 1, "Unknown"). */
function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (isXrpcLike(error) && error.status === 1) return error.cause instanceof TypeError || !error.error;
  return false;
}

interface ClassifyContext {
  /** navigator.onLine */
  online: boolean;
  /** Logging in: a 401 is a wrong password, not an ended session. */
  connecting?: boolean;
  now?: number;
}

/** Any failure from connecting or posting as a BlueskyError with its kind. */
export function classifyError(error: unknown, context: ClassifyContext): BlueskyError {
  if (error instanceof BlueskyError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ImageTooLargeError) return new BlueskyError('image-too-large', message);
  if (isNetworkFailure(error)) return new BlueskyError(context.online ? 'unreachable' : 'offline', message);
  if (!isXrpcLike(error)) return new BlueskyError('other', message);
  const code = error.error ?? '';
  if (error.status === 429 || code === 'RateLimitExceeded') {
    const at = retryTime(error.headers, context.now ?? Date.now());
    return new BlueskyError('rate-limit', message, at ?? undefined);
  }
  if (code === 'AuthFactorTokenRequired') return new BlueskyError('main-password', message);
  if (['AccountTakedown', 'AccountDeactivated', 'AccountSuspended'].includes(code))
    return new BlueskyError('account', message);
  if (error.status === 413 || code === 'BlobTooLarge' || code === 'PayloadTooLarge')
    return new BlueskyError('image-too-large', message);
  if (context.connecting && (error.status === 401 || code === 'AuthenticationRequired'))
    return new BlueskyError('wrong-password', message);
  if (error.status === 401 || ['ExpiredToken', 'InvalidToken', 'AuthMissing'].includes(code))
    return new BlueskyError('expired', message);
  return new BlueskyError('other', message);
}
