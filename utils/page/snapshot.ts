/**
 * What the injected script hands back from the page: a serialized copy of the DOM and the reader's
 * selection. Readability runs on this copy in the extension's own page, so the reader's tab is held only
 * for the copy (see README, "Keeping the page responsive", and `npm run bench:main-thread`).
 */
export interface PageSnapshot {
  /** The page's HTML (doctype + document element), without scripts and styles (JSON-LD is kept). */
  html: string;
  /** `document.URL` at the time of the snapshot. */
  url: string;
  title: string;
  /** The reader's current text selection, whitespace-trimmed; empty when none. */
  selection: string;
  /** The longest stretch, in ms, that taking the snapshot held the page's main thread without yielding. */
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

/**
 * Nothing extraction reads: page code and styling. JSON-LD stays (metadata), and so does <noscript>
 * (Readability restores lazy images from it).
 */
const STRIP = 'script:not([type="application/ld+json" i]),style,link[rel~="stylesheet" i],template';
/** Elements with more descendants than this are serialized child by child, so the page can breathe. */
const SPLIT_ABOVE = 1500;
/** Yield to the page's event loop once a stretch of work has lasted this long. */
const SLICE_MS = 12;

export interface SnapshotClock {
  now(): number;
  /** Let the page's event loop run (input, rendering) before continuing. */
  pause(): Promise<void>;
}

const realClock: SnapshotClock = {
  now: () => performance.now(),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

/**
 * Runs in the page (entrypoints/extract.ts); takes the document as a parameter so tests can call it.
 *
 * The page is copied into an inert document first (`importNode`): no script runs, no image loads, no
 * custom element upgrades there, and later page changes cannot tear the copy. Serializing a 1 MB page in
 * one `outerHTML` call took 35–75 ms on this project's machines, so big subtrees are serialized in slices
 * with a pause between them.
 */
export async function takeSnapshot(doc: Document, clock: SnapshotClock = realClock): Promise<PageSnapshot> {
  let sliceStart = clock.now();
  let longest = 0;
  const breathe = async () => {
    const elapsed = clock.now() - sliceStart;
    if (elapsed < SLICE_MS) return;
    longest = Math.max(longest, elapsed);
    await clock.pause();
    sliceStart = clock.now();
  };

  // Selection.toString() lays the page out; skip it when nothing is selected (the common case).
  const live = doc.defaultView?.getSelection();
  const selection = live && !live.isCollapsed ? live.toString().trim() : '';
  const url = doc.URL;
  const title = doc.title;
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';

  const inert = doc.implementation.createHTMLDocument('');
  const root = doc.documentElement ? (inert.importNode(doc.documentElement, true) as Element) : null;
  for (const element of Array.from(root?.querySelectorAll(STRIP) ?? [])) element.remove();

  const parts: string[] = [doctype];
  if (root) await serialize(root, parts, breathe);
  longest = Math.max(longest, clock.now() - sliceStart);
  return { html: parts.join(''), url, title, selection, tookMs: longest };
}

async function serialize(element: Element, out: string[], breathe: () => Promise<void>): Promise<void> {
  if (element.getElementsByTagName('*').length <= SPLIT_ABOVE) {
    out.push(element.outerHTML);
    await breathe();
    return;
  }
  const shell = (element.cloneNode(false) as Element).outerHTML;
  const endTag = `</${element.localName}>`;
  out.push(shell.endsWith(endTag) ? shell.slice(0, -endTag.length) : shell);
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1) await serialize(child as Element, out, breathe);
    else if (child.nodeType === 3) out.push(escapeText(child.nodeValue ?? ''));
    else if (child.nodeType === 8) out.push(`<!--${child.nodeValue ?? ''}-->`);
  }
  out.push(endTag);
}

/** HTML serialization of a text node outside raw-text elements (the HTML spec's "escaping a string"). */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
