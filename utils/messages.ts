import { browser } from 'wxt/browser';
import type { RestrictedReason } from './page/restricted';
import { isPageSnapshot, type PageSnapshot } from './page/snapshot';

/**
 * The one message protocol between extension pages and the background worker. Every message is
 * `{ type, data }` with JSON data; `validators` checks each request before a handler sees it.
 */
export type CaptureResult =
  | { ok: true; snapshot: PageSnapshot }
  | { ok: false; reason: RestrictedReason | 'no-tab'; detail?: string };

export interface ProtocolMap {
  /** Inject entrypoints/extract.ts into a tab and return its snapshot (or why the browser refused). */
  capturePage: { request: { tabId: number }; response: CaptureResult };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];
export interface Message<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

type Validators = { [K in MessageType]: (data: unknown) => data is Request<K> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const validators: Validators = {
  capturePage: (data): data is Request<'capturePage'> =>
    isRecord(data) && Number.isInteger(data.tabId) && (data.tabId as number) >= 0,
};

/** Narrow an unknown runtime message to a valid protocol message, or null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(validators, raw.type)) return null;
  const type = raw.type as MessageType;
  return validators[type](raw.data) ? { type, data: raw.data } : null;
}

export const responseGuards: { [K in MessageType]: (value: unknown) => value is Response<K> } = {
  capturePage: (value): value is CaptureResult =>
    isRecord(value) &&
    ((value.ok === true && isPageSnapshot(value.snapshot)) ||
      (value.ok === false && typeof value.reason === 'string')),
};

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Send a typed request to the background. Sending wakes a stopped service worker; an answer that is
 * missing or of the wrong shape becomes a MessageError rather than a silent `undefined`.
 */
export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const answer: unknown = await browser.runtime.sendMessage({ type, data } satisfies Message<K>);
  if (isRecord(answer) && typeof answer.error === 'string') throw new MessageError(answer.error);
  if (!responseGuards[type](answer)) throw new MessageError(`No valid answer to "${type}"`);
  return answer;
}
