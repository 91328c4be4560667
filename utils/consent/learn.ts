import { classifyConsentClick, isConsentContainerText } from './classify';
import type { ConsentChoice } from './engine';

/** The roots real consent platforms render into: a click inside one is a click in a consent dialog. */
const PLATFORM_ROOTS = [
  '#onetrust-consent-sdk',
  '#onetrust-banner-sdk',
  '#CybotCookiebotDialog',
  '#didomi-host',
  '#usercentrics-root',
  '#usercentrics-cmp-ui',
  '#qc-cmp2-container',
  '[id^="sp_message_container_"]',
  '.cky-consent-container',
  '.cmplz-cookiebanner',
  '.osano-cm-dialog',
  '.cc-window',
].join(',');

const DIALOG_HINT = /cookie|consent|gdpr|privacy|cmp|tracking/i;

/** Does this element look like a consent banner or dialog (and say so in its text)? */
function isConsentContainer(element: Element): boolean {
  if (element.matches(PLATFORM_ROOTS)) return true;
  const view = element.ownerDocument.defaultView;
  const role = element.getAttribute('role');
  const shaped =
    role === 'dialog' ||
    role === 'alertdialog' ||
    element.getAttribute('aria-modal') === 'true' ||
    DIALOG_HINT.test(`${element.id} ${element.getAttribute('class') ?? ''}`) ||
    (view !== null && /^(fixed|sticky)$/.test(view.getComputedStyle(element).position));
  return shaped && isConsentContainerText((element.textContent ?? '').slice(0, 4000));
}

/**
 * The reader's choice, when the click was on the accept or reject control of a consent dialog on screen;
 * null for everything else (settings, links, an "Accept terms" button in a sign-up form). `popupOpen` is
 * true when autoconsent found a popup in this frame. A consent iframe (Sourcepoint's) is a dialog itself.
 */
export function findChoiceClick(path: EventTarget[], popupOpen: boolean): ConsentChoice | null {
  const elements = path.filter((node): node is Element => node instanceof Element);
  const target = elements[0];
  if (!target) return null;
  const doc = target.ownerDocument;
  const inFrame = doc.defaultView !== null && doc.defaultView !== doc.defaultView.top;
  const inDialog =
    popupOpen ||
    elements.some(isConsentContainer) ||
    (inFrame && doc.body !== null && isConsentContainerText((doc.body.textContent ?? '').slice(0, 4000)));
  if (!inDialog) return null;
  const kind = classifyConsentClick(target, path);
  return kind === 'accept' || kind === 'reject' ? kind : null;
}
