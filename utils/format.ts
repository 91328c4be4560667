import { formatTime } from './time';

/** Format an ISO date for display, or null when it is missing or unparseable (utils/time `formatTime`). */
export function formatDate(iso: string | null, locale: string): string | null {
  return formatTime(iso, locale);
}

/** The host a reader recognises ("news.example.test"), without "www.". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
