import type { Article } from '../article/types';
import { isRecord } from '../is-record';
import { type Envelope, openEnvelope, seal } from '../messaging/envelope';

/**
 * The one request the offscreen document answers, on the `backgroundToOffscreen` channel of the one
 * envelope (utils/messaging/envelope.ts): extract an article from a saved page's HTML.
 */
export interface OffscreenExtract {
  html: string;
  url: string;
}

export type OffscreenMessage = Envelope<'backgroundToOffscreen', 'extract', OffscreenExtract>;

export const sealForOffscreen = (request: OffscreenExtract): OffscreenMessage =>
  seal('backgroundToOffscreen', 'extract', { html: request.html, url: request.url });

export function parseOffscreenMessage(raw: unknown): OffscreenExtract | null {
  const opened = openEnvelope(raw, 'backgroundToOffscreen');
  if (opened?.type !== 'extract') return null;
  const { html, url } = opened.payload;
  return typeof html === 'string' && typeof url === 'string' ? { html, url } : null;
}

/** The offscreen document's answer: the article, or null when Readability found none. */
export function offscreenArticle(answer: unknown): Article | null {
  return isRecord(answer) && isRecord(answer.article) ? (answer.article as unknown as Article) : null;
}
