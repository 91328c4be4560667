/**
 * Learning a reader's consent choice from their own click on a cookie banner. Imported by the always-on
 * content script, so it stays small and depends on nothing.
 *
 * The caller decides that the click happened inside a consent dialog (a known platform's root, or a dialog
 * whose text passes `isConsentContainerText`) and only then classifies it: "Accept" in a sign-up form is not
 * a cookie choice. As a second guard, a label that mentions terms or conditions is never a choice.
 */

/** What a click on a consent dialog's control means; 'settings' covers saving a custom selection. */
export type ConsentClick = 'accept' | 'reject' | 'settings';

/**
 * One platform: the element(s) its dialog renders into, and its buttons, by the selectors its own markup uses
 * (checked against autoconsent's rules and our own, tests/unit/consent/known-controls.test.ts).
 */
interface KnownControls {
  platform: string;
  /** The dialog's root: a click inside one is a click in this platform's dialog. */
  roots: readonly string[];
  accept: readonly string[];
  reject: readonly string[];
  settings: readonly string[];
}

/**
 * The controls of the common platforms (architecture reference, "Cookie-consent platforms"). Saving a custom
 * selection ("Confirm my choices", "Allow selection") is 'settings': it is neither all nor nothing.
 */
export const KNOWN_CONTROLS: readonly KnownControls[] = [
  {
    platform: 'onetrust',
    roots: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk'],
    accept: ['#onetrust-accept-btn-handler', '#accept-recommended-btn-handler'],
    reject: ['#onetrust-reject-all-handler', '.ot-pc-refuse-all-handler'],
    settings: ['#onetrust-pc-btn-handler', '.save-preference-btn-handler', '.ot-sdk-show-settings'],
  },
  {
    platform: 'cookiebot',
    roots: ['#CybotCookiebotDialog'],
    accept: [
      '#CybotCookiebotDialogBodyButtonAccept',
      '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll',
    ],
    reject: [
      '#CybotCookiebotDialogBodyButtonDecline',
      '#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll',
    ],
    settings: [
      '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection',
      '#CybotCookiebotDialogBodyLevelButtonCustomize',
    ],
  },
  {
    platform: 'didomi',
    roots: ['#didomi-host', '#didomi-popup', '#didomi-notice'],
    accept: ['#didomi-notice-agree-button'],
    reject: ['#didomi-notice-disagree-button', '.didomi-continue-without-agreeing'],
    settings: ['#didomi-notice-learn-more-button'],
  },
  {
    // The summary row is [MORE OPTIONS][DISAGREE][AGREE], both first ones mode=secondary (autoconsent's
    // quantcast rule); when DISAGREE is missing the lone secondary button is left to its text.
    platform: 'quantcast',
    roots: ['#qc-cmp2-container', '#qc-cmp2-ui'],
    accept: ['.qc-cmp2-summary-buttons button[mode=primary]'],
    reject: ['.qc-cmp2-summary-buttons > button[mode=secondary]:nth-of-type(2)'],
    settings: [],
  },
  {
    platform: 'usercentrics',
    roots: ['#usercentrics-root', '#usercentrics-cmp-ui'],
    accept: ['[data-testid=uc-accept-all-button]'],
    reject: ['[data-testid=uc-deny-all-button]'],
    settings: ['[data-testid=uc-more-button]', '[data-testid=uc-save-button]'],
  },
  {
    platform: 'sourcepoint',
    // The dialog itself is a frame on the vendor's host (learn.ts `isPlatformFrame`).
    roots: ['[id^="sp_message_container_"]'],
    accept: ['.sp_choice_type_11', '.sp_choice_type_ACCEPT_ALL'],
    reject: ['.sp_choice_type_13', '.sp_choice_type_REJECT_ALL'],
    settings: ['.sp_choice_type_12', '.sp_choice_type_SAVE_AND_EXIT'],
  },
  {
    platform: 'cookieyes',
    roots: ['.cky-consent-container', '.cky-modal'],
    accept: ['[data-cky-tag=accept-button]', '[data-cky-tag=detail-accept-button]'],
    reject: ['[data-cky-tag=reject-button]', '[data-cky-tag=detail-reject-button]'],
    settings: ['[data-cky-tag=settings-button]', '[data-cky-tag=detail-save-button]'],
  },
  {
    platform: 'complianz',
    roots: ['.cmplz-cookiebanner'],
    accept: ['.cmplz-accept'],
    reject: ['.cmplz-deny'],
    settings: ['.cmplz-view-preferences', '.cmplz-save-preferences', '.cmplz-manage-options'],
  },
  {
    platform: 'osano',
    roots: ['.osano-cm-dialog', '.osano-cm-window'],
    accept: ['.osano-cm-accept-all', '.osano-cm-accept'],
    reject: ['.osano-cm-denyAll', '.osano-cm-deny'],
    settings: ['.osano-cm-manage', '.osano-cm-save'],
  },
  {
    // cookieconsent (Osano's open-source banner): "Got it" on a notice-only banner is consent.
    platform: 'cookieconsent',
    roots: ['.cc-window'],
    accept: ['.cc-dismiss', '.cc-allow', '.cc-accept-all'],
    reject: ['.cc-deny'],
    settings: [],
  },
  {
    // tarteaucitronjs: the banner's CTA buttons and the panel's "all" line; a single service's Allow/Deny is
    // a custom selection.
    platform: 'tarteaucitron',
    roots: ['#tarteaucitronRoot'],
    accept: ['#tarteaucitronPersonalize2', '#tarteaucitronAllAllowed'],
    reject: ['#tarteaucitronAllDenied2', '#tarteaucitronAllDenied'],
    settings: [
      '#tarteaucitronCloseAlert',
      '#tarteaucitronSaveButton',
      '.tarteaucitronLine:not(.tarteaucitronMainLine) .tarteaucitronAsk button',
    ],
  },
  {
    // klaro: the notice's "That's ok" is its accept when `acceptAll` is off (the default).
    platform: 'klaro',
    roots: ['.klaro'],
    accept: ['.cm-btn-accept-all', '.cookie-notice .cm-btn-success'],
    reject: ['.cn-decline', '.cm-btn-decline'],
    settings: ['.cn-learn-more', '.cm-btn-accept'],
  },
  {
    // orejime 3.
    platform: 'orejime',
    roots: ['.orejime-Root', '#orejime'],
    accept: ['.orejime-Banner-saveButton', '.orejime-Button--acceptAll'],
    reject: ['.orejime-Banner-declineButton', '.orejime-Button--declineAll'],
    settings: ['.orejime-Banner-learnMoreButton', '.orejime-Button--save'],
  },
  {
    // cookie-consent-js: known by its dialog only. autoconsent has no generic rule for it (only generated,
    // site-specific ones), so a click in it is read by its label and kept as a site-specific step.
    platform: 'cookie-consent-js',
    roots: ['#cookieConsentModal', '.cookie-consent-modal'],
    accept: [],
    reject: [],
    settings: [],
  },
  {
    // vanilla-cookieconsent 3 ("cookieconsent3"): the reject is `data-role=necessary`, whatever its label
    // says ("Accept necessary", even "Zustimmen").
    platform: 'cookieconsent3',
    roots: ['#cc-main'],
    accept: ['.cm__btn[data-role=all]', '.pm__btn[data-role=all]'],
    reject: ['.cm__btn[data-role=necessary]', '.pm__btn[data-role=necessary]'],
    settings: ['.cm__btn[data-role=show]', '.pm__btn[data-role=save]'],
  },
];

const KIND_ORDER = ['reject', 'accept', 'settings'] as const;
const SELECTORS: Record<ConsentClick, string> = {
  accept: KNOWN_CONTROLS.flatMap((platform) => platform.accept).join(','),
  reject: KNOWN_CONTROLS.flatMap((platform) => platform.reject).join(','),
  settings: KNOWN_CONTROLS.flatMap((platform) => platform.settings).join(','),
};

/** What counts as a control when the platform is unknown and its label decides. */
export const CONTROL_SELECTOR = 'button, a, [role=button], input[type=button], input[type=submit]';

/** Longer than this, a "label" is a paragraph the click happened to land in, not a button's words. */
const MAX_LABEL_LENGTH = 80;

// The tables below run on normalized labels: lower case, accents removed (`ablehnen`, `odrzuc`, `definicoes`),
// curly apostrophes straight, whitespace collapsed. Order of the checks: terms → saving a selection →
// necessary only → reject → accepting everything → settings → accept (unless limited) → notice-only.
// Reject beats accept ("Continue without accepting"); "Accept necessary" is a reject (issue 21: a
// necessary-only click must never come back as accept); an accept that names a limit ("Accept necessary and
// statistics", "Accept all except ads") is ambiguous and learns nothing.

/** Labels about terms or conditions: a sign-up form's "I accept the terms", never a cookie choice. */
const TERMS_PATTERNS: readonly RegExp[] = [
  /\b(terms|conditions|t&cs?|agb|nutzungsbedingungen|geschaftsbedingungen|cgu|cgv|terminos|condiciones|termini|condizioni|voorwaarden|regulamin|warunki|termos|condicoes)\b/,
];

/** Saving a custom selection: neither all nor nothing, so 'settings'. */
const SAVE_PATTERNS: readonly RegExp[] = [
  /\b(accept|allow|confirm|save|submit)( (the|my|your|current))? (selected|selection|choices?|preferences|settings)\b/,
  /^save\b/,
  /\bauswahl (akzeptieren|erlauben|bestatigen|speichern|zulassen|ubernehmen)\b/,
  /\b(einstellungen|praferenzen) (speichern|bestatigen|ubernehmen)\b/,
  /\b(ausgewahlte|speichern)\b/,
  /\b(enregistrer|sauvegarder|valider|confirmer (mes|les) choix|selectionnes?)\b/,
  /\b(accepter|autoriser) (la|ma) selection\b/,
  /\b(guardar|confirmar|aceptar|permitir) (la |mi |mis |las )?(seleccion|seleccionad[oa]s|eleccion|preferencias|configuracion)\b/,
  /^guardar\b/,
  /\b(salva|conferma|accetta|consenti) (la |le )?(mie )?(selezione|scelte|preferenze|impostazioni)\b/,
  /\bselezionat[oaie]\b/,
  /^salva\b/,
  /\b(selectie|keuzes?|voorkeuren|instellingen) (accepteren|opslaan|bevestigen|toestaan)\b/,
  /\b(bevestig|sla) (mijn )?(keuzes?|voorkeuren|selectie)\b/,
  /\b(opslaan|geselecteerde)\b/,
  /\b(zapisz|potwierdz)\b/,
  /\b(zaakceptuj|akceptuj|zezwol na) (wybrane|zaznaczone)\b/,
  /\b(guardar|salvar|confirmar|aceitar|permitir) (a |as |minhas |as minhas )?(selecao|selecionad[oa]s|escolhas|preferencias|definicoes|configuracoes)\b/,
  /^(guardar|salvar)\b/,
];

/** Reject all, decline, continue without accepting (necessary-only wording is `isNecessaryOnly`). */
const REJECT_PATTERNS: readonly RegExp[] = [
  // English
  /\b(reject|declin|deny|refus|disagree|disallow|opt[- ]?out)/,
  /\b(do not|don't|dont) (accept|agree|consent|allow)\b/,
  /\bno,? thank(s| you)\b/,
  /\bcontinue without\b/,
  // German
  /\b(ablehn|verweiger|widersprech|verbiet)/,
  /\blehne\b.*\bab\b/,
  /\bnicht (zustimmen|einverstanden|akzeptieren|erlauben|zulassen)\b/,
  /\bstimme nicht zu\b/,
  /\bnein,? danke\b/,
  /\bohne (zustimmung|einwilligung|cookies|akzeptieren)\b/,
  // French
  /\b(refus|rejet|decliner|interdire|je m'oppose)/,
  /\b(continuer|poursuivre) sans\b/,
  /\bnon,? merci\b/,
  /\b(ne pas accepter|je n'accepte pas)\b/,
  // Spanish
  /\b(rechaz|deneg|descartar|no acept|no permit|no consiento)/,
  /\bcontinuar sin\b/,
  /\bno,? gracias\b/,
  // Italian
  /\b(rifiut|nega\b|negare|blocc|non accett|non acconsent)/,
  /\bcontinua senza\b/,
  /\bno,? grazie\b/,
  // Dutch
  /\b(weiger|afwijz|wijs (alles|alle cookies) af|niet akkoord|niet accepteren|niet toestaan)/,
  /\bdoorgaan zonder\b/,
  /\bnee,? bedankt\b/,
  // Polish
  /\b(odrzuc|odmawiam|odmow|zablokuj|blokuj|nie zgadzam|nie akceptuj|nie wyrazam)/,
  /\bkontynuuj bez\b/,
  // Portuguese
  /\b(rejeit|recus|proib|nao aceit|nao concord|nao permit)/,
  /\bcontinuar sem\b/,
];

/** Opening the preferences: settings, options, manage, customise, let me choose. */
const SETTINGS_PATTERNS: readonly RegExp[] = [
  /\b(settings|preferences|options|customi[sz]e|manage|personali[sz]e|configure|let me choose|more info|learn more|show purposes)\b/,
  /\b(einstellung|anpassen|verwalten|optionen|praferenz|mehr erfahren|individuell|konfigur|auswahl|personalisier|mich wahlen)/,
  /\b(parametr|personnalis|gerer|preferences|plus d'options|en savoir plus|configurer|reglages|choisir)/,
  /\b(configur|personaliz|gestion|ajustes|opciones|preferencias|mas informacion|elegir)/,
  /\b(gestisci|impostazioni|personalizz|opzioni|preferenze|scopri di piu|scegliere)/,
  /\b(instellingen|aanpassen|beheren|beheer|opties|voorkeuren|meer informatie|personaliseer|kiezen)/,
  /\b(ustawienia|dostosuj|zarzadz|opcje|opcji|preferencje|wiecej informacji|konfiguruj|wybrac)/,
  /\b(definicoes|configuracoes|gerir|gerenciar|opcoes|saber mais|escolher)/,
];

/** Accept (all), agree, allow. */
const ACCEPT_PATTERNS: readonly RegExp[] = [
  /\b(accept|agree|allow|consent)/,
  /\b(yes|i'm fine|i'm happy)\b/,
  /\b(akzeptier|zustimm|stimme (allen )?zu|einverstanden|annehmen|erlaub|zulassen)/,
  /\b(autoris|consens|d'accord|ok pour moi)/,
  /\b(acept|permitir|permite|de acuerdo)/,
  /\b(accett|acconsent|va bene)/,
  /\b(akkoord|toestaan|aanvaard|sta (alle )?(cookies )?toe)/,
  /\b(akceptuj|zaakceptuj|zgadzam sie|zgoda|wyrazam zgode|zezwol|zezwal|przejdz do serwisu)/,
  /\b(aceit|concord|autorizar|consinto|de acordo)/,
];

/** Everything: "Accept all settings" is an accept, though it names the settings. */
const ALL_WORDS = /\b(all|alle|tout|tous|toutes|todas?|todos|tutt[oiae]|alles|wszystk\w*|tudo)\b/;

/** A notice-only banner's acknowledgement, or a plain "fine": the whole label is "OK", "That's ok", "Alles klar"… */
const NOTICE_PATTERNS: readonly RegExp[] = [
  /^(ok|okay|oke|ok,? (got it|i understand|understood|verstanden|compris)|got it|i understand|understood|that's (ok|okay|fine)|sounds good|fine by me|sure|verstanden|alles klar|klar|passt|das ist ok|j'ai compris|compris|c'est (bon|ok)|entendido|vale|perfecto|entendi|ho capito|capito|certo|begrepen|ik begrijp het|dat is oke?|prima|rozumiem|compreendi|percebi|tudo bem)[!. ]*$/,
];

// Necessary-only wording, by its words: a label made only of a "necessary" word, an "only" word or an accept
// verb, and filler ("Accept necessary", "Allow essential cookies only", "Nur notwendige Cookies akzeptieren",
// "Aceptar solo las necesarias"), with at least one "necessary" word and one "only" word or verb: a bare
// "Strictly necessary cookies" is a category's heading in a preferences panel, not a choice.
const NECESSARY_WORD =
  /^(neces\w*|essen[tz]i\w*|required|requerid\w*|functional|funktional\w*|fonctionnel\w*|funzional\w*|functionele|funkcjonaln\w*|funciona\w*|techni\w*|tecnic\w*|mandatory|obligatoir\w*|obligatori\w*|obbligator\w*|noodzakelijke?|vereiste|needed|notwendig\w*|erforderlich\w*|notig\w*|benotigt\w*|imprescindibles?|niezbedne|wymagane|konieczne|podstawowe|basic|minimal)$/;
const ONLY_WORD =
  /^(only|just|nur|uniquement|seulement|exclusivement|solo|solamente|soltanto|unicamente|alleen|enkel|tylko|wylacznie|apenas|somente|so)$/;
const ACCEPT_VERB =
  /^(accept\w*|allow|use|agree|consent|continue|proceed|ok|okay|akzeptier\w*|zulassen|erlaube\w*|verwenden|annehmen|fortfahren|weiter|j'accepte|autoriser|utiliser|continuer|acept\w*|permitir|usar|continuar|accett\w*|consenti\w*|usa|continua|toestaan|aanvaarden|gebruiken|doorgaan|akceptuj\w*|zaakceptuj|zezwol|uzyj|kontynuuj|aceit\w*)$/;
const FILLER_WORD =
  /^(i|the|cookies?|ones|strictly|please|die|der|den|das|technisch|les|la|le|des|strictement|los|las|el|estrictamente|i|gli|le|strettamente|de|het|strikt|pliki|plikow|ciasteczka|os|as|estritamente|me|me,)$/;
/** A word that limits an accept: with one, "accept" is not "accept everything". */
const LIMIT_WORD =
  /\b(only|just|except|but|without|nur|ausser|ohne|uniquement|seulement|sauf|sans|solo|excepto|salvo|sin|tranne|senza|alleen|behalve|zonder|tylko|oprocz|bez|apenas|somente|exceto|sem)\b/;

function isNecessaryOnly(text: string): boolean {
  const words = text.split(/[^a-z0-9']+/).filter(Boolean);
  let necessary = false;
  let onlyOrVerb = false;
  for (const word of words) {
    if (NECESSARY_WORD.test(word)) necessary = true;
    else if (ONLY_WORD.test(word) || ACCEPT_VERB.test(word)) onlyOrVerb = true;
    else if (!FILLER_WORD.test(word)) return false;
  }
  return necessary && onlyOrVerb;
}

/** An accept that names a limit or a category: not "accept everything", and not surely a reject either. */
function isLimited(text: string): boolean {
  return LIMIT_WORD.test(text) || text.split(/[^a-z0-9']+/).some((word) => NECESSARY_WORD.test(word));
}

/** Mentions cookies, consent, privacy or personal data, in the eight languages above. */
const CONSENT_CONTAINER_PATTERN =
  /\b(cookie|consent|privacy|gdpr|rgpd|dsgvo|rodo|datenschutz|einwilligung|zustimmung|privatsphare|consentement|confidentialite|vie privee|traceurs|consentimiento|privacidad|consenso|riservatezza|toestemming|ciastecz|prywatnosc|zgod[aeyz]|privacidade|personal data|personenbezogene|donnees personnelles|datos personales|dati personali|persoonsgegevens|dane osobowe|danych osobowych|dados pessoais)/;

/** A label as the tables above expect it: lower case, no accents, straight apostrophes, single spaces. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const matchesAny = (patterns: readonly RegExp[], text: string) =>
  patterns.some((pattern) => pattern.test(text));

/** What a consent control's label means, or null; see the order of checks above. */
export function classifyConsentText(label: string): ConsentClick | null {
  const text = normalizeLabel(label);
  if (text === '' || text.length > MAX_LABEL_LENGTH) return null;
  if (matchesAny(TERMS_PATTERNS, text)) return null;
  if (matchesAny(SAVE_PATTERNS, text)) return 'settings';
  if (isNecessaryOnly(text)) return 'reject';
  if (matchesAny(REJECT_PATTERNS, text)) return 'reject';
  const accepts = matchesAny(ACCEPT_PATTERNS, text);
  if (!(accepts && ALL_WORDS.test(text)) && matchesAny(SETTINGS_PATTERNS, text)) return 'settings';
  if (accepts || matchesAny(NOTICE_PATTERNS, text)) return isLimited(text) ? null : 'accept';
  return null;
}

/** Whether a container's text is about cookies, consent or privacy: what makes a generic dialog a consent one. */
export function isConsentContainerText(text: string): boolean {
  return CONSENT_CONTAINER_PATTERN.test(normalizeLabel(text));
}

// Elements are recognised by nodeType, not `instanceof Element`: a click inside an iframe or another realm
// carries that realm's Element.
function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** The event path when the browser gave none: ancestors of `target`, crossing open shadow roots to their host. */
function ancestorsOf(target: Element): Element[] {
  const chain: Element[] = [];
  let node: Node | null = target;
  while (node) {
    if (isElement(node)) chain.push(node);
    node = node.parentNode ?? ((node as ShadowRoot).host || null);
  }
  return chain;
}

function knownKind(element: Element): ConsentClick | null {
  for (const kind of KIND_ORDER) {
    if (SELECTORS[kind] && element.matches(SELECTORS[kind])) return kind;
  }
  return null;
}

/** What a control says: its aria-label, an input's value, else its text. */
export function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  if (control.localName === 'input') return (control as HTMLInputElement).value ?? '';
  return control.textContent ?? '';
}

/**
 * What the reader's click on a consent dialog meant: a known platform control anywhere on the event path
 * (which crosses open shadow roots), else the label of the nearest button or link. Call it only for clicks
 * inside a detected consent dialog (see the module comment); anything unrecognised is null.
 */
export function classifyConsentClick(target: Element, path: EventTarget[]): ConsentClick | null {
  const elements = path.length > 0 ? path.filter(isElement) : ancestorsOf(target);
  for (const element of elements) {
    const kind = knownKind(element);
    if (kind) return kind;
  }
  const control = elements.find((element) => element.matches(CONTROL_SELECTOR));
  return control ? classifyConsentText(labelOf(control)) : null;
}
