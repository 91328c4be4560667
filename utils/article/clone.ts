/**
 * The copy of the document Readability works on (it rewrites the DOM it is given; we must not touch the page),
 * and what we learn from the page before Readability rewrites it.
 */
import { hasJunkClass } from './boilerplate';
import { collapseWhitespace, isSpaceAt } from './strings';
import { collectBlocks } from './text-blocks';
import { promoteLazySource } from './urls';

/**
 * Deepest element nesting we let through. Chromium's HTML parser stops nesting at 512
 * (`kMaximumHTMLParserDOMTreeDepth` in blink's html_construction_site.cc) and appends deeper elements as
 * siblings; linkedom has no limit, and Readability overflows the stack on a 10,000-deep tree and is quadratic
 * in depth (a 512-deep chain costs it ~3 s on linkedom, 256 under 1 s). Real pages stay far below: Lighthouse
 * already flags a depth over 32.
 */
const MAX_DEPTH = 256;

/** Captions, credits, share bars and newsletter boxes are short; anything longer might be the article. */
const MAX_JUNK_TEXT = 600;
/** At most this many class-flagged elements are measured, so a hostile page cannot make the walk quadratic. */
const MAX_JUNK_CANDIDATES = 300;

export interface PreparedClone {
  clone: Document;
  /**
   * Texts of the blocks inside elements whose class or id says caption, credit, share, newsletter, related...
   * Readability rewrites such a `<div>` into a fresh `<p>` without its class, so after Readability only the
   * text is left to recognise it by.
   */
  junkTexts: Set<string>;
}

const INVISIBLE_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** `value.replace(/\s+/g, ' ').length`, counted without building the string (this runs on every text node). */
export function collapsedLength(value: string): number {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < value.length; i++) {
    const space = isSpaceAt(value, i);
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  return length;
}

/**
 * Length of the text under `root` with whitespace runs counted as one (template indentation is not text),
 * counted only up to `limit`: a wrapper of the whole page stops early.
 */
function textLengthUpTo(root: Element, limit: number): number {
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node !== null && length <= limit) {
    if (node.nodeType === 3) length += collapsedLength(node.nodeValue ?? '');
    // Text nobody sees (a script, a template, an embed's code parked in a <textarea>) is not the element's text.
    const hidden = node.nodeType === 1 && INVISIBLE_TEXT_TAGS.has((node as Element).tagName.toUpperCase());
    if (node.firstChild !== null && !hidden) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
  return length;
}

/**
 * What the clone keeps of the head: all but scripts (JSON-LD aside), styles, `<link>`s other than the canonical
 * one and the icons, comments and whitespace. Readability would only delete or skip them, and every copied node
 * costs time (on linkedom far more than in a browser: each node registers itself in a global WeakMap). Content a parser left in
 * the head is kept (linkedom keeps a whole page there when it has no `<body>` tag).
 */
function keepsHeadChild(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test(node.nodeValue ?? '');
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  switch (element.tagName.toUpperCase()) {
    case 'STYLE':
      return false;
    case 'LINK':
      // The canonical URL and the site's icons are metadata (metadata.ts reads them on the clone).
      return /(?:^|\s)(?:canonical|icon)(?:\s|$)/i.test(element.getAttribute('rel') ?? '');
    case 'SCRIPT':
      return element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
    default:
      return true;
  }
}

/**
 * A copy of the document for Readability: everything deep-cloned, except what `keepsHeadChild` leaves out of the
 * head. The document node and `<html>` are cloned shallow and filled child by child, so the copy keeps the
 * engine's document type and (in browsers) its URL. Trees a parser did not build the standard way (linkedom puts
 * a `<head>` without `<html>` at the top, next to `<body>`) are copied as built.
 */
function cloneDocument(doc: Document): Document {
  const clone = doc.cloneNode(false) as Document;
  copyChildren(doc, clone, true);
  return clone;
}

function copyChildren(from: Node, to: Node, top: boolean): void {
  // `childNodes`, not `nextSibling`: linkedom's doctype has no next sibling.
  for (const child of Array.from(from.childNodes)) {
    // The doctype stays behind: nothing reads it, and a cloned document keeps its mode anyway.
    if (child.nodeType === 10) continue;
    const tag = child.nodeType === 1 ? (child as Element).tagName.toUpperCase() : '';
    if (tag === 'HEAD') {
      const head = to.appendChild(child.cloneNode(false));
      for (const node of Array.from(child.childNodes)) {
        if (keepsHeadChild(node)) head.appendChild(node.cloneNode(true));
      }
    } else if (tag === 'HTML' && top) {
      copyChildren(child, to.appendChild(child.cloneNode(false)), false);
    } else {
      to.appendChild(child.cloneNode(true));
    }
  }
}

/**
 * Clones `doc` and prepares the clone in one walk: lazy images get their real source, elements nested deeper
 * than `MAX_DEPTH` are unwrapped (their children take their place, as a browser's parser would have done), and
 * the texts of class-flagged boilerplate are noted. `visit` sees every element of the clone (with its upper-case
 * tag) before it is changed, so the metadata scan rides on this walk instead of making its own. The caller pins
 * the clone's base URL (`pinDocumentUrls`) once the metadata has told it what the base is.
 */
export function cloneForReadability(
  doc: Document,
  visit?: (element: Element, tag: string) => void,
  inPlace = false,
): PreparedClone {
  // In place: the caller's throwaway document (`ExtractOptions.consume`) is prepared and read as it is.
  const clone = inPlace ? doc : cloneDocument(doc);
  const junkTexts = new Set<string>();
  /** A flagged element holding half the page's text is a wrapper around the article, not boilerplate. */
  let pageTextLength = -1;
  const isShortEnough = (element: Element): boolean => {
    const length = textLengthUpTo(element, MAX_JUNK_TEXT);
    if (length > MAX_JUNK_TEXT) return false;
    // Only "is the page at least twice as long" matters, so counting stops at twice the longest junk text.
    if (pageTextLength < 0)
      pageTextLength = clone.body === null ? 0 : textLengthUpTo(clone.body, 2 * MAX_JUNK_TEXT);
    return length <= pageTextLength / 2;
  };
  let candidates = 0;
  /** Depth of the flagged element we are inside (its descendants need no measuring), 0 when none. */
  let junkDepth = 0;

  let element: Element | null = clone.documentElement;
  let depth = 1;
  while (element !== null) {
    const tag = element.tagName.toUpperCase();
    visit?.(element, tag);
    if (tag === 'IMG' || tag === 'SOURCE') promoteLazySource(element);

    if (junkDepth !== 0 && depth <= junkDepth) junkDepth = 0;
    if (junkDepth === 0 && candidates < MAX_JUNK_CANDIDATES && hasJunkClass(element)) {
      candidates++;
      if (isShortEnough(element)) {
        for (const block of collectBlocks(element, { keepAll: true }))
          junkTexts.add(collapseWhitespace(block.text));
        junkDepth = depth;
      }
    }

    const firstChild: Element | null = element.firstElementChild;
    const parent = element.parentNode;
    if (depth > MAX_DEPTH && firstChild !== null && parent !== null) {
      // Unwrap, then continue with the first former child, now at this same depth. Each element is unwrapped
      // at most once, so this stays linear.
      while (element.firstChild !== null) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
      element = firstChild;
      continue;
    }
    if (firstChild !== null) {
      element = firstChild;
      depth++;
      continue;
    }
    while (element !== null && element.nextElementSibling === null) {
      const up: Node | null = element.parentNode;
      element = up !== null && up.nodeType === 1 ? (up as Element) : null;
      depth--;
    }
    element = element?.nextElementSibling ?? null;
  }
  return { clone, junkTexts };
}
