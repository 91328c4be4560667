import type { PageSnapshot } from './snapshot';

/**
 * Rebuild the page's document inside an extension page. A parsed document's URL is the extension page's,
 * so a `<base>` pointing at the page keeps Readability's relative-URL fixing right, unless the page already
 * had its own `<base>`
 * (then that one is made absolute against the page).
 */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(snapshot.html, 'text/html');
  const existing = doc.querySelector('base[href]');
  if (existing) {
    // A relative <base> was relative to the page, not to us.
    try {
      existing.setAttribute('href', new URL(existing.getAttribute('href') ?? '', snapshot.url).href);
    } catch {
      existing.setAttribute('href', snapshot.url);
    }
  } else {
    const base = doc.createElement('base');
    base.setAttribute('href', snapshot.url);
    doc.head.prepend(base);
  }
  return doc;
}
