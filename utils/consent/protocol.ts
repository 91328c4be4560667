import { type BackgroundMessage, type ContentScriptMessage, evalSnippets } from '@duckduckgo/autoconsent';
import { isRecord } from '../is-record';
import { type Envelope, openEnvelope, seal } from '../messaging/envelope';
import type { Action, VerifyFailure } from './apply';
import type { ConsentChoice } from './engine';
import type { LearnedStep } from './types';

/**
 * Messages between the consent content script and the background, on the `contentToBackground` and
 * `backgroundToContent` channels of the one envelope (utils/messaging/envelope.ts). autoconsent's own
 * messages (`{ type, ...fields }`) travel as the envelope's type and payload, and are put back together
 * only after their channel's validator has checked them.
 */
/** The reader clicked accept or reject in a platform's dialog (learn.ts); `step` when the label decided. */
type UserChoiceMessage = {
  type: 'pq-user-choice';
  choice: ConsentChoice;
  cmp: string;
  by: 'structure' | 'label';
  step?: LearnedStep;
};
/** The remembered choice was applied and the check that it took passed (apply.ts, replay.ts). */
type AppliedMessage = { type: 'pq-applied'; cmp: string; action: Action; attempts: number };
/** It could not be applied, or did not take, after every retry. */
type ApplyFailedMessage = {
  type: 'pq-apply-failed';
  cmp: string;
  action: Action;
  reason: VerifyFailure;
};
type PopupFoundMessage = Extract<ContentScriptMessage, { type: 'popupFound' }> & { payWall: boolean };
export type ConsentToBackground =
  | Exclude<ContentScriptMessage, { type: 'popupFound' }>
  | PopupFoundMessage
  | UserChoiceMessage
  | AppliedMessage
  | ApplyFailedMessage;
export type RestartMessage = { type: 'pq-restart' };
/** The site's learned step, sent to a frame after its `initResp` (only frames of that site get one). */
export type StepMessage = { type: 'pq-step'; step: LearnedStep };
export type ConsentToContent = BackgroundMessage | RestartMessage | StepMessage;

const str = (value: unknown, max = 2048) => typeof value === 'string' && value.length <= max;

/** The messages the background acts on, each checked field by field; anything else is ignored. */
export type HandledMessage = Extract<
  ConsentToBackground,
  {
    type:
      | 'init'
      | 'eval'
      | 'popupFound'
      | 'optOutResult'
      | 'optInResult'
      | 'autoconsentDone'
      | 'pq-user-choice'
      | 'pq-applied'
      | 'pq-apply-failed';
  }
>;

const isAction = (value: unknown) => value === 'optIn' || value === 'optOut';

function isStep(value: unknown): value is LearnedStep {
  if (!isRecord(value)) return false;
  const part = (field: unknown) => typeof field === 'string' && field.trim() !== '' && field.length <= 300;
  return part(value.container) && part(value.button) && part(value.text);
}

/** A message of the `{ type, ...fields }` shape, in the envelope of its channel. */
function sealMessage<C extends 'contentToBackground' | 'backgroundToContent'>(
  channel: C,
  message: { type: string },
): Envelope<C> {
  const { type, ...payload } = message;
  return seal(channel, type, payload);
}

/** The envelope's fields put back into autoconsent's shape; the envelope's type wins over a payload's. */
function unseal(
  raw: unknown,
  channel: 'contentToBackground' | 'backgroundToContent',
): Record<string, unknown> | null {
  const opened = openEnvelope(raw, channel);
  return opened ? { ...opened.payload, type: opened.type } : null;
}

export const sealForBackground = (message: ConsentToBackground) =>
  sealMessage('contentToBackground', message);
export const sealForContent = (message: ConsentToContent) => sealMessage('backgroundToContent', message);

/** The content script's report, if it is one the background acts on and every field it reads is sound. */
export function parseConsentMessage(raw: unknown): HandledMessage | null {
  const m = unseal(raw, 'contentToBackground');
  if (!m) return null;
  switch (m.type) {
    case 'init':
      return str(m.url, 8192) ? (m as HandledMessage) : null;
    case 'eval':
      return str(m.id, 100) && typeof m.snippetId === 'string' && Object.hasOwn(evalSnippets, m.snippetId)
        ? (m as HandledMessage)
        : null;
    case 'popupFound':
      return str(m.cmp, 200) && str(m.url, 8192) && typeof m.payWall === 'boolean'
        ? (m as HandledMessage)
        : null;
    case 'optOutResult':
    case 'optInResult':
      return str(m.cmp, 200) && typeof m.result === 'boolean' ? (m as HandledMessage) : null;
    case 'autoconsentDone':
      return str(m.cmp, 200) && typeof m.duration === 'number' && typeof m.isCosmetic === 'boolean'
        ? (m as HandledMessage)
        : null;
    case 'pq-user-choice':
      return (m.choice === 'accept' || m.choice === 'reject') &&
        str(m.cmp, 200) &&
        (m.by === 'structure' || m.by === 'label') &&
        (m.step === undefined || isStep(m.step))
        ? (m as HandledMessage)
        : null;
    case 'pq-applied':
      return str(m.cmp, 200) && isAction(m.action) && Number.isInteger(m.attempts)
        ? (m as HandledMessage)
        : null;
    case 'pq-apply-failed':
      return str(m.cmp, 200) &&
        isAction(m.action) &&
        ['action', 'self-test', 'state', 'banner'].includes(m.reason as string)
        ? (m as HandledMessage)
        : null;
    default:
      return null;
  }
}

/** The background's message to a frame, if it is one the content script knows and its fields are sound. */
export function parseConsentToContent(raw: unknown): ConsentToContent | null {
  const m = unseal(raw, 'backgroundToContent');
  if (!m) return null;
  switch (m.type) {
    case 'initResp':
      return isRecord(m.rules) && isRecord(m.config) ? (m as ConsentToContent) : null;
    case 'evalResp':
      return str(m.id, 100) ? (m as ConsentToContent) : null;
    case 'optIn':
    case 'optOut':
    case 'selfTest':
    case 'pq-restart':
      return m as ConsentToContent;
    case 'pq-step':
      return isStep(m.step) ? (m as ConsentToContent) : null;
    default:
      return null;
  }
}
