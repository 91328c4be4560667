/**
 * Text escaped for HTML element content and double- or single-quoted attribute values: every value the
 * extension writes into HTML (clipboard HTML, bookmark exports, the article's fallback paragraphs) goes
 * through here, never raw.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
