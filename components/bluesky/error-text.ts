import { BlueskyError, type BlueskyErrorKind, classifyError } from '@/utils/bluesky/errors';
import { type MessageKey, t, uiLanguage } from '@/utils/i18n';
import { formatTime } from '@/utils/time';

const KEYS: Record<Exclude<BlueskyErrorKind, 'rate-limit' | 'account' | 'other'>, MessageKey> = {
  'wrong-password': 'blueskyErrorWrongPassword',
  'main-password': 'blueskyErrorMainPassword',
  expired: 'blueskyErrorExpired',
  offline: 'blueskyErrorOffline',
  unreachable: 'blueskyErrorUnreachable',
  'image-too-large': 'blueskyErrorImageTooLarge',
  'handle-not-found': 'blueskyErrorHandleNotFound',
  'invalid-server': 'blueskyErrorInvalidServer',
};

/** When a rate limit ends, as the reader's clock shows it (with the date when it is not today). */
function retryWhen(at: number, now: Date): string {
  const when = new Date(at);
  const sameDay = when.toDateString() === now.toDateString();
  return formatTime(at, uiLanguage(), sameDay ? 'time' : 'dateTime') ?? '';
}

/**
 * A Bluesky failure in the reader's words: what happened and what to do. `posting`: a post was being sent,
 * so the reader is told it is kept.
 */
export function blueskyErrorText(error: unknown, posting = false, now = new Date()): string {
  const failure = error instanceof BlueskyError ? error : classifyError(error, { online: navigator.onLine });
  let text: string;
  if (failure.kind === 'rate-limit') {
    text =
      failure.retryAt !== undefined
        ? t('blueskyErrorRateLimitAt', retryWhen(failure.retryAt, now))
        : t('blueskyErrorRateLimit');
  } else if (failure.kind === 'account') {
    text = t('blueskyErrorAccount', failure.message);
  } else if (failure.kind === 'other') {
    text = t('blueskyErrorOther', failure.message);
  } else {
    text = t(KEYS[failure.kind]);
  }
  return posting ? `${text} ${t('blueskyDraftKept')}` : text;
}
