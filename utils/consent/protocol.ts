import { type BackgroundMessage, type ContentScriptMessage, evalSnippets } from '@duckduckgo/autoconsent';
import { isRecord } from '../is-record';
import type { Action, VerifyFailure } from './apply';
import type { ConsentChoice } from './engine';
import type { LearnedStep } from './types';

/**
 * Messages between the consent content script and the background. autoconsent's own messages travel in a
 * `{ pqConsent }` envelope so they never meet the extension pages' `{ type, data }` protocol.
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
type ConsentToContent = { pqConsent: BackgroundMessage | RestartMessage | StepMessage };

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

export function parseConsentMessage(raw: unknown): HandledMessage | null {
  if (!isRecord(raw) || !isRecord(raw.pqConsent)) return null;
  const m = raw.pqConsent;
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

export function isConsentToContent(raw: unknown): raw is ConsentToContent {
  return isRecord(raw) && isRecord(raw.pqConsent) && typeof raw.pqConsent.type === 'string';
}
