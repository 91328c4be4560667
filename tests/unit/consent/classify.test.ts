import { describe, expect, it } from 'vitest';
import {
  type ConsentClick,
  classifyConsentClick,
  classifyConsentText,
  isConsentContainerText,
  KNOWN_CONTROLS,
} from '@/utils/consent/classify';

describe('classifyConsentText', () => {
  it.each<[string, ConsentClick | null]>([
    // Accept, in the eight languages.
    ['Accept all', 'accept'],
    ['Accept All Cookies', 'accept'],
    ['I agree', 'accept'],
    ['Allow all', 'accept'],
    ['Alle akzeptieren', 'accept'],
    ['Zustimmen', 'accept'],
    ['Alle Cookies zulassen', 'accept'],
    ['Tout accepter', 'accept'],
    ['J’accepte', 'accept'],
    ['Aceptar todo', 'accept'],
    ['Acepto', 'accept'],
    ['Accetta tutti', 'accept'],
    ['Acconsento', 'accept'],
    ['Alles accepteren', 'accept'],
    ['Akkoord', 'accept'],
    ['Akceptuję', 'accept'],
    ['Zgadzam się', 'accept'],
    ['Aceitar todos', 'accept'],
    ['Concordo', 'accept'],
    // Reject.
    ['Reject all', 'reject'],
    ['Decline', 'reject'],
    ['Disagree', 'reject'],
    ['Alle ablehnen', 'reject'],
    ['Nur notwendige Cookies', 'reject'],
    ['Nur essenzielle Cookies akzeptieren', 'reject'],
    ['Tout refuser', 'reject'],
    ['Continuer sans accepter', 'reject'],
    ['Rechazar todo', 'reject'],
    ['Solo las necesarias', 'reject'],
    ['Rifiuta tutto', 'reject'],
    ['Continua senza accettare', 'reject'],
    ['Alles weigeren', 'reject'],
    ['Alleen noodzakelijke cookies', 'reject'],
    ['Odrzuć wszystkie', 'reject'],
    ['Nie zgadzam się', 'reject'],
    ['Rejeitar todos', 'reject'],
    ['Continue without accepting', 'reject'],
    ['Only necessary', 'reject'],
    ['Accept only essential cookies', 'reject'],
    ['Use necessary cookies only', 'reject'],
    // Settings.
    ['Settings', 'settings'],
    ['Cookie settings', 'settings'],
    ['Manage options', 'settings'],
    ['More options', 'settings'],
    ['Manage consent', 'settings'],
    ['Einstellungen', 'settings'],
    ['Paramétrer', 'settings'],
    ['Personnaliser', 'settings'],
    ['Configurar', 'settings'],
    ['Gestisci opzioni', 'settings'],
    ['Instellingen', 'settings'],
    ['Ustawienia', 'settings'],
    ['Definições', 'settings'],
    ['Gerenciar cookies', 'settings'],
    // Saving a custom selection is not all-or-nothing.
    ['Accept selected', 'settings'],
    ['Allow selection', 'settings'],
    ['Save choices', 'settings'],
    ['Confirm my choices', 'settings'],
    ['Save & Exit', 'settings'],
    ['Auswahl bestätigen', 'settings'],
    ['Einstellungen speichern', 'settings'],
    ['Enregistrer mes choix', 'settings'],
    ['Aceptar selección', 'settings'],
    ['Accetta selezionati', 'settings'],
    ['Keuze opslaan', 'settings'],
    ['Zapisz ustawienia', 'settings'],
    ['Confirmar as minhas escolhas', 'settings'],
    // Notice-only acknowledgements.
    ['OK', 'accept'],
    ['Got it!', 'accept'],
    ['Verstanden', 'accept'],
    ["J'ai compris", 'accept'],
    ['Entendido', 'accept'],
    ['Ho capito', 'accept'],
    ['Begrepen', 'accept'],
    ['Rozumiem', 'accept'],
    ['Compreendi', 'accept'],
    // Whitespace, case and accents do not matter.
    ['  ALLE\n   AKZEPTIEREN  ', 'accept'],
    ['ODRZUC WSZYSTKIE', 'reject'],
    // Terms and conditions are never a cookie choice.
    ['Accept terms', null],
    ['I accept the terms and conditions', null],
    ['AGB akzeptieren', null],
    ["J'accepte les CGU", null],
    ['Acepto los términos', null],
    ['Accetto i termini', null],
    ['Ik ga akkoord met de voorwaarden', null],
    ['Akceptuję regulamin', null],
    ['Aceito os termos', null],
    // Other things found in banners.
    ['Privacy policy', null],
    ['Close', null],
    ['', null],
    ['Look', null],
    ['Okay then, let me read this long paragraph about how we and our 842 partners use your data', null],
  ])('%s → %s', (label, expected) => {
    expect(classifyConsentText(label)).toBe(expected);
  });
});

describe('isConsentContainerText', () => {
  it.each<[string, boolean]>([
    ['We use cookies to improve your experience.', true],
    ['We value your privacy', true],
    ['Wir verwenden Cookies und ähnliche Technologien. Datenschutzerklärung', true],
    ['Ihre Einwilligung', true],
    ['Nous respectons votre vie privée', true],
    ['Votre consentement', true],
    ['Utilizamos cookies propias', true],
    ['Tu privacidad es importante', true],
    ['Il tuo consenso', true],
    ['Wij vragen uw toestemming', true],
    ['Używamy ciasteczek', true],
    ['Twoja prywatność', true],
    ['A sua privacidade', true],
    ['Create your account', false],
    ['Subscribe to our newsletter', false],
    ['Sign up to read the full article', false],
  ])('%s → %s', (text, expected) => {
    expect(isConsentContainerText(text)).toBe(expected);
  });
});

/** A fresh body with `html`, and the element `selector` names in it. */
function render(html: string, selector: string): Element {
  document.body.innerHTML = html;
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** The composed path a real click on `target` would have, from a real dispatched event. */
function clickPath(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listener = (event: Event) => {
    path = event.composedPath();
  };
  window.addEventListener('click', listener, { capture: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  window.removeEventListener('click', listener, { capture: true });
  return path;
}

describe('classifyConsentClick on known platform controls', () => {
  it.each<[string, string, string, ConsentClick]>([
    [
      'OneTrust accept',
      '<div id="onetrust-banner-sdk"><button id="onetrust-accept-btn-handler">Yes</button></div>',
      '#onetrust-accept-btn-handler',
      'accept',
    ],
    ['OneTrust reject', '<button id="onetrust-reject-all-handler">Nope</button>', 'button', 'reject'],
    [
      'OneTrust preference-centre refuse',
      '<button class="ot-pc-refuse-all-handler">X</button>',
      'button',
      'reject',
    ],
    [
      'OneTrust allow all in preferences',
      '<button id="accept-recommended-btn-handler">Allow</button>',
      'button',
      'accept',
    ],
    ['OneTrust settings', '<button id="onetrust-pc-btn-handler">Cookies</button>', 'button', 'settings'],
    [
      'OneTrust confirm my choices',
      '<button class="save-preference-btn-handler onetrust-close-btn-handler">Accept</button>',
      'button',
      'settings',
    ],
    [
      'Cookiebot decline',
      '<button id="CybotCookiebotDialogBodyButtonDecline">Nur notwendige</button>',
      'button',
      'reject',
    ],
    ['Cookiebot accept', '<button id="CybotCookiebotDialogBodyButtonAccept">OK</button>', 'button', 'accept'],
    [
      'Cookiebot allow all',
      '<a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Alle</a>',
      'a',
      'accept',
    ],
    [
      'Cookiebot allow selection',
      '<a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</a>',
      'a',
      'settings',
    ],
    ['Didomi agree', '<button id="didomi-notice-agree-button">Agree and close</button>', 'button', 'accept'],
    ['Didomi disagree', '<button id="didomi-notice-disagree-button">Disagree</button>', 'button', 'reject'],
    [
      'Didomi continue without agreeing',
      '<span class="didomi-continue-without-agreeing">Continuer sans accepter →</span>',
      'span',
      'reject',
    ],
    [
      'Didomi learn more',
      '<button id="didomi-notice-learn-more-button">Learn more</button>',
      'button',
      'settings',
    ],
    ['Usercentrics accept', '<button data-testid="uc-accept-all-button">Accept</button>', 'button', 'accept'],
    ['Usercentrics deny', '<button data-testid="uc-deny-all-button">Deny</button>', 'button', 'reject'],
    ['Usercentrics more', '<button data-testid="uc-more-button">Settings</button>', 'button', 'settings'],
    [
      'Sourcepoint accept',
      '<button class="message-component sp_choice_type_11">Yes</button>',
      'button',
      'accept',
    ],
    [
      'Sourcepoint reject',
      '<button class="message-component sp_choice_type_13">No</button>',
      'button',
      'reject',
    ],
    [
      'Sourcepoint options',
      '<button class="message-component sp_choice_type_12">Options</button>',
      'button',
      'settings',
    ],
    ['CookieYes accept', '<button data-cky-tag="accept-button">Accept All</button>', 'button', 'accept'],
    ['CookieYes reject', '<button data-cky-tag="reject-button">Reject All</button>', 'button', 'reject'],
    [
      'CookieYes customize',
      '<button data-cky-tag="settings-button">Customize</button>',
      'button',
      'settings',
    ],
    ['Complianz accept', '<button class="cmplz-btn cmplz-accept">Accept</button>', 'button', 'accept'],
    ['Complianz deny', '<button class="cmplz-btn cmplz-deny">Deny</button>', 'button', 'reject'],
    [
      'Complianz preferences',
      '<button class="cmplz-btn cmplz-view-preferences">Preferences</button>',
      'button',
      'settings',
    ],
    [
      'Osano accept all',
      '<button class="osano-cm-accept-all osano-cm-button">Accept All</button>',
      'button',
      'accept',
    ],
    ['Osano deny', '<button class="osano-cm-denyAll osano-cm-button">Deny</button>', 'button', 'reject'],
    ['Osano manage', '<button class="osano-cm-manage osano-cm-button">Manage</button>', 'button', 'settings'],
    [
      'cookieconsent dismiss',
      '<div class="cc-window"><a role="button" class="cc-btn cc-dismiss">Got it!</a></div>',
      'a',
      'accept',
    ],
    ['cookieconsent allow', '<a class="cc-btn cc-allow">Allow cookies</a>', 'a', 'accept'],
    ['cookieconsent deny', '<a class="cc-btn cc-deny">Decline</a>', 'a', 'reject'],
  ])('%s', (_label, html, selector, expected) => {
    const target = render(html, selector);
    expect(classifyConsentClick(target, clickPath(target))).toBe(expected);
  });

  it('ids win over the label: a reject button whose text says Accept', () => {
    const target = render('<button id="onetrust-reject-all-handler">Accept</button>', 'button');
    expect(classifyConsentClick(target, clickPath(target))).toBe('reject');
  });

  const quantcast = `<div id="qc-cmp2-container"><div class="qc-cmp2-summary-buttons">
      <button mode="secondary"><span>MORE OPTIONS</span></button>
      <button mode="secondary"><span>DISAGREE</span></button>
      <button mode="primary"><span>AGREE</span></button></div></div>`;
  it.each<[string, number, ConsentClick]>([
    ['more options (by its label)', 0, 'settings'],
    ['disagree', 1, 'reject'],
    ['agree', 2, 'accept'],
  ])('Quantcast %s', (_label, index, expected) => {
    render(quantcast, 'button');
    const span = document.querySelectorAll('.qc-cmp2-summary-buttons span')[index] as Element;
    expect(classifyConsentClick(span, clickPath(span))).toBe(expected);
  });

  it('a German Quantcast banner without DISAGREE: the lone secondary button is read by its label', () => {
    const target = render(
      '<div class="qc-cmp2-summary-buttons"><button mode="secondary">WEITERE OPTIONEN</button><button mode="primary">ZUSTIMMEN</button></div>',
      'button',
    );
    expect(classifyConsentClick(target, clickPath(target))).toBe('settings');
  });

  it('every platform lists its dialog, and all but those known by their dialog only an accept or reject', () => {
    for (const platform of KNOWN_CONTROLS) {
      expect(platform.roots.length).toBeGreaterThan(0);
      if (platform.platform !== 'cookie-consent-js')
        expect(platform.accept.length + platform.reject.length).toBeGreaterThan(0);
      for (const selector of [
        ...platform.roots,
        ...platform.accept,
        ...platform.reject,
        ...platform.settings,
      ]) {
        expect(() => document.querySelector(selector)).not.toThrow();
      }
    }
  });
});

describe('classifyConsentClick on unknown banners, by label', () => {
  it('a click on a span inside a button reads the button', () => {
    const target = render(
      '<div role="dialog"><button class="x"><span><b>Alle</b> ablehnen</span></button></div>',
      'b',
    );
    expect(classifyConsentClick(target, clickPath(target))).toBe('reject');
  });

  it.each<[string, string, string, ConsentClick | null]>([
    [
      'aria-label wins over the text',
      '<button aria-label="Reject all cookies">✕</button>',
      'button',
      'reject',
    ],
    ['an input button uses its value', '<input type="button" value="Tout accepter">', 'input', 'accept'],
    ['a submit input', '<form><input type="submit" value="Rechazar todo"></form>', 'input', 'reject'],
    ['role=button on a div', '<div role="button"><span>Akceptuję</span></div>', 'span', 'accept'],
    ['a link', '<p>Read <a href="#">Einstellungen</a></p>', 'a', 'settings'],
    ['text outside any control', '<div class="banner"><p>Accept all</p></div>', 'p', null],
    [
      'a sign-up form’s terms button',
      '<form><button>I accept the terms and conditions</button></form>',
      'button',
      null,
    ],
    ['an unrelated button', '<button>Read more articles</button>', 'button', null],
  ])('%s', (_label, html, selector, expected) => {
    const target = render(html, selector);
    expect(classifyConsentClick(target, clickPath(target))).toBe(expected);
  });

  it('reads known controls inside an open shadow root through composedPath', () => {
    document.body.innerHTML = '<div id="usercentrics-root"></div>';
    const host = document.querySelector('#usercentrics-root') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div role="dialog"><button data-testid="uc-deny-all-button"><span>Deny</span></button><button data-testid="uc-accept-all-button">Accept All</button></div>';
    const span = root.querySelector('[data-testid=uc-deny-all-button] span') as Element;
    const path = clickPath(span);
    expect(path).toContain(host);
    expect(classifyConsentClick(span, path)).toBe('reject');
    const accept = root.querySelector('[data-testid=uc-accept-all-button]') as Element;
    expect(classifyConsentClick(accept, clickPath(accept))).toBe('accept');
  });

  it('reads an unknown control by label inside a shadow root too', () => {
    document.body.innerHTML = '<cookie-banner></cookie-banner>';
    const host = document.querySelector('cookie-banner') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button><span>Rifiuta tutto</span></button>';
    const span = root.querySelector('span') as Element;
    expect(classifyConsentClick(span, clickPath(span))).toBe('reject');
  });

  it('without a path, walks up from the target and out of shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.querySelector('#host') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button class="sp_choice_type_11"><span>Oui</span></button>';
    const span = root.querySelector('span') as Element;
    expect(classifyConsentClick(span, [])).toBe('accept');
    const plain = render('<button><i>Tout refuser</i></button>', 'i');
    expect(classifyConsentClick(plain, [])).toBe('reject');
  });
});
