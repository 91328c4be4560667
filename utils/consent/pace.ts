/**
 * Resolves after at least `minMs`, as soon as the page has changed since the call, and after `maxMs` at
 * the latest. Paces autoconsent's search for a consent platform by what the page does rather than by a
 * fixed clock: a banner an async SDK injects is looked for right after it arrives.
 */
export function nextChange(doc: Document, minMs: number, maxMs: number): Promise<void> {
  const view = doc.defaultView;
  if (!view || !doc.documentElement) return new Promise((resolve) => setTimeout(resolve, minMs));
  return new Promise((resolve) => {
    let changed = false;
    let minPassed = false;
    const finish = () => {
      observer.disconnect();
      view.clearTimeout(minTimer);
      view.clearTimeout(maxTimer);
      resolve();
    };
    const observer = new view.MutationObserver(() => {
      changed = true;
      if (minPassed) finish();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    const minTimer = view.setTimeout(() => {
      minPassed = true;
      if (changed) finish();
    }, minMs);
    const maxTimer = view.setTimeout(finish, maxMs);
  });
}
