import { evalSnippets } from '@duckduckgo/autoconsent';
import { defineUnlistedScript } from '#imports';
import { CONSENT_EVAL_REQUEST, CONSENT_EVAL_RESULT, parseEvalRequest } from '@/utils/consent/main-channel';

/**
 * autoconsent's page-world checks (`eval` steps: `window.Cookiebot`, `UC_UI`…), run in the page itself the
 * moment the content script asks, instead of a round trip through the background for each. Injected by the
 * background only into frames of sites with a choice to apply. Only the snippets autoconsent ships can run,
 * chosen by id; the page could call each of them itself anyway.
 */
export default defineUnlistedScript(() => {
  // Injected again when the reader changes the choice on an open page: one listener is enough (a second
  // would run every check twice, and some checks act, e.g. Cookiebot.withdraw()).
  const flag = '__pullquoteConsentChecks';
  const page = globalThis as unknown as Record<string, unknown>;
  if (page[flag]) return;
  page[flag] = true;
  document.addEventListener(CONSENT_EVAL_REQUEST, (event) => {
    const request = parseEvalRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    const snippet = evalSnippets[request.snippetId as keyof typeof evalSnippets] as
      | (() => unknown)
      | undefined;
    if (!snippet) return;
    let result = false;
    try {
      result = Boolean(snippet.call(globalThis));
    } catch {
      // A platform API that is not there (yet): the check fails, as in autoconsent.
    }
    document.dispatchEvent(
      new CustomEvent(CONSENT_EVAL_RESULT, { detail: JSON.stringify({ id: request.id, result }) }),
    );
  });
});
