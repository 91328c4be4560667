/**
 * The channel between the consent content script (isolated world) and `consent-main.js` (the page's world):
 * DOM events on `document`, whose string details cross between worlds. Dispatching is synchronous, so an
 * answer either arrives before `dispatchEvent` returns or not at all (the script is not there yet), and
 * then the content script asks the background instead.
 */
export const CONSENT_EVAL_REQUEST = 'pullquote:consent-eval';
export const CONSENT_EVAL_RESULT = 'pullquote:consent-result';

interface EvalRequest {
  id: string;
  snippetId: string;
}

export function parseEvalRequest(detail: unknown): EvalRequest | null {
  if (typeof detail !== 'string' || detail.length > 300) return null;
  try {
    const value = JSON.parse(detail) as Partial<EvalRequest>;
    return typeof value.id === 'string' && typeof value.snippetId === 'string'
      ? { id: value.id, snippetId: value.snippetId }
      : null;
  } catch {
    return null;
  }
}

/** The answer to `id`, if one came back (a boolean), else null. */
function parseEvalResult(detail: unknown, id: string): boolean | null {
  if (typeof detail !== 'string' || detail.length > 300) return null;
  try {
    const value = JSON.parse(detail) as { id?: unknown; result?: unknown };
    return value.id === id && typeof value.result === 'boolean' ? value.result : null;
  } catch {
    return null;
  }
}

/**
 * Runs snippet `snippetId` in the page's world through `doc`, if `consent-main.js` is listening there:
 * its result, or null when nothing answered.
 */
export function evalInPage(doc: Document, id: string, snippetId: string): boolean | null {
  let result: boolean | null = null;
  const listener = (event: Event) => {
    result ??= parseEvalResult((event as CustomEvent<unknown>).detail, id);
  };
  doc.addEventListener(CONSENT_EVAL_RESULT, listener);
  try {
    doc.dispatchEvent(new CustomEvent(CONSENT_EVAL_REQUEST, { detail: JSON.stringify({ id, snippetId }) }));
  } finally {
    doc.removeEventListener(CONSENT_EVAL_RESULT, listener);
  }
  return result;
}
