/**
 * What the injected script hands back from the page: the serialized DOM and the reader's selection.
 * Readability runs on this copy in the extension's own page, so the reader's tab is held only for the
 * serialization (see README, "Keeping the page responsive").
 */
export interface PageSnapshot {
  /** `document.documentElement.outerHTML` with its doctype. */
  html: string;
  /** `document.URL` at the time of the snapshot. */
  url: string;
  title: string;
  /** The reader's current text selection, whitespace-trimmed; empty when none. */
  selection: string;
  /** Milliseconds the injected script held the page's main thread. */
  tookMs: number;
}

export function isPageSnapshot(value: unknown): value is PageSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.html === 'string' &&
    typeof v.url === 'string' &&
    typeof v.title === 'string' &&
    typeof v.selection === 'string' &&
    typeof v.tookMs === 'number'
  );
}

/** Runs in the page (see entrypoints/extract.ts). Takes the document as a parameter so tests can call it. */
export function takeSnapshot(doc: Document, now: () => number = () => performance.now()): PageSnapshot {
  const start = now();
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  const html = doctype + (doc.documentElement?.outerHTML ?? '');
  const selection = (doc.defaultView?.getSelection()?.toString() ?? '').trim();
  return { html, url: doc.URL, title: doc.title, selection, tookMs: now() - start };
}
