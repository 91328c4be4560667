import { isRecord } from '../is-record';

/** The one message the offscreen document answers: extract an article from HTML. */
export interface OffscreenExtract {
  offscreen: 'extract';
  html: string;
  url: string;
}

export function isOffscreenExtract(raw: unknown): raw is OffscreenExtract {
  return (
    isRecord(raw) &&
    raw.offscreen === 'extract' &&
    typeof raw.html === 'string' &&
    typeof raw.url === 'string'
  );
}
