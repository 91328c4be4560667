/** The one message the offscreen document answers: extract an article from HTML. */
export interface OffscreenExtract {
  offscreen: 'extract';
  html: string;
  url: string;
}

export function isOffscreenExtract(raw: unknown): raw is OffscreenExtract {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  return m.offscreen === 'extract' && typeof m.html === 'string' && typeof m.url === 'string';
}
