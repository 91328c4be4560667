/**
 * The two things the consent content script checks on the page itself. Both run rarely (once a consent
 * popup is found, once it is answered), never on every page load.
 */

const PAY_WORDS =
  /\b(subscribe|subscription|abonn\w*|abo\b|pur[- ]?abo\w*|contentpass|werbefrei|ad-?free|s'abonner|suscr[ií]b\w*|abbonat\w*|abboname\w*|subskrypc\w*|assin[ae]\w*)/i;

/** A pay-or-accept wall: a consent popup whose choices include paying or subscribing. */
export function looksLikePayWall(doc: Document): boolean {
  const controls = doc.querySelectorAll<HTMLElement>('button, a, [role="button"]');
  for (const control of Array.from(controls).slice(0, 400)) {
    if (!PAY_WORDS.test(control.textContent ?? '')) continue;
    if (control.closest('[role="dialog"], [aria-modal="true"], [id*="consent" i], [class*="consent" i]'))
      return true;
    if (doc.defaultView && doc.defaultView !== doc.defaultView.top) return true; // a consent iframe
  }
  return false;
}

/**
 * Banners lock scrolling with `overflow: hidden` on html or body and do not always undo it when they are
 * answered by a script. Called once the popup is gone.
 */
export function unlockScrolling(doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  for (const element of [doc.documentElement, doc.body]) {
    if (!element) continue;
    const style = view.getComputedStyle(element);
    if (style.overflow === 'hidden' || style.overflowY === 'hidden') {
      element.style.setProperty('overflow', 'auto', 'important');
    }
  }
}
