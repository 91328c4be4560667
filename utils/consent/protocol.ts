import { type BackgroundMessage, type ContentScriptMessage, evalSnippets } from '@duckduckgo/autoconsent';
import type { ConsentChoice } from './engine';

/**
 * Messages between the consent content script and the background. autoconsent's own messages travel in a
 * `{ pqConsent }` envelope so they never meet the extension pages' `{ type, data }` protocol.
 */
export type UserChoiceMessage = { type: 'pq-user-choice'; choice: ConsentChoice; cmp: string };
export type PopupFoundMessage = Extract<ContentScriptMessage, { type: 'popupFound' }> & { payWall: boolean };
export type ConsentToBackground =
  | Exclude<ContentScriptMessage, { type: 'popupFound' }>
  | PopupFoundMessage
  | UserChoiceMessage;
export type RestartMessage = { type: 'pq-restart' };
export type ConsentToContent = { pqConsent: BackgroundMessage | RestartMessage };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
      | 'pq-user-choice';
  }
>;

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
      return (m.choice === 'accept' || m.choice === 'reject') && str(m.cmp, 200)
        ? (m as HandledMessage)
        : null;
    default:
      return null;
  }
}

export function isConsentToContent(raw: unknown): raw is ConsentToContent {
  return isRecord(raw) && isRecord(raw.pqConsent) && typeof raw.pqConsent.type === 'string';
}
