import { isRecord } from '../is-record';

/**
 * The channels Pullquote's runtime messages travel on, named by direction. A listener opens only its own
 * channel's envelopes, so a message meant for one listener is never read by another one that shares
 * `runtime.onMessage` (the background hears the pages and the content scripts; the offscreen document
 * hears everything the background sends).
 */
export const CHANNELS = [
  /** Extension pages (popup, options, library, reader, welcome) asking the background (utils/messages.ts). */
  'pagesToBackground',
  /** The consent content script reporting to the background (utils/consent/protocol.ts). */
  'contentToBackground',
  /** The background answering the consent content script in one frame (utils/consent/protocol.ts). */
  'backgroundToContent',
  /** The background asking Chrome's offscreen document to read a page's HTML (utils/library/offscreen.ts). */
  'backgroundToOffscreen',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The one shape of every runtime message: the channel, a verb, and the verb's JSON object. */
export interface Envelope<C extends Channel = Channel, T extends string = string, P extends object = object> {
  channel: C;
  type: T;
  payload: P;
}

/** What a channel's validator reads: the verb and its payload, not yet checked field by field. */
export interface Opened {
  type: string;
  payload: Record<string, unknown>;
}

/** Longer than any verb of any channel; a longer one is not ours. */
const MAX_TYPE_LENGTH = 64;
const ENVELOPE_KEYS = new Set(['channel', 'type', 'payload']);

export function seal<C extends Channel, T extends string, P extends object>(
  channel: C,
  type: T,
  payload: P,
): Envelope<C, T, P> {
  return { channel, type, payload };
}

/**
 * The envelope's own checks, the first step of every channel's validator: a plain object with exactly the
 * three fields, on this channel, a short string verb and an object payload. Null for anything else.
 */
export function openEnvelope(raw: unknown, channel: Channel): Opened | null {
  if (!isRecord(raw) || raw.channel !== channel) return null;
  if (!Object.keys(raw).every((key) => ENVELOPE_KEYS.has(key))) return null;
  const { type, payload } = raw;
  if (typeof type !== 'string' || type === '' || type.length > MAX_TYPE_LENGTH) return null;
  return isRecord(payload) ? { type, payload } : null;
}
