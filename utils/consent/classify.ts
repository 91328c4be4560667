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

/** One platform's buttons, by the selectors its own markup uses (checked against autoconsent's rules). */
export interface KnownControls {
  platform: string;
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
    accept: ['#onetrust-accept-btn-handler', '#accept-recommended-btn-handler'],
    reject: ['#onetrust-reject-all-handler', '.ot-pc-refuse-all-handler'],
    settings: ['#onetrust-pc-btn-handler', '.save-preference-btn-handler', '.ot-sdk-show-settings'],
  },
  {
    platform: 'cookiebot',
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
    accept: ['#didomi-notice-agree-button'],
    reject: ['#didomi-notice-disagree-button', '.didomi-continue-without-agreeing'],
    settings: ['#didomi-notice-learn-more-button'],
  },
  {
    // The summary row is [MORE OPTIONS][DISAGREE][AGREE], both first ones mode=secondary (autoconsent's
    // quantcast rule); when DISAGREE is missing the lone secondary button is left to its text.
    platform: 'quantcast',
    accept: ['.qc-cmp2-summary-buttons button[mode=primary]'],
    reject: ['.qc-cmp2-summary-buttons > button[mode=secondary]:nth-of-type(2)'],
    settings: [],
  },
  {
    platform: 'usercentrics',
    accept: ['[data-testid=uc-accept-all-button]'],
    reject: ['[data-testid=uc-deny-all-button]'],
    settings: ['[data-testid=uc-more-button]', '[data-testid=uc-save-button]'],
  },
  {
    platform: 'sourcepoint',
    accept: ['.sp_choice_type_11', '.sp_choice_type_ACCEPT_ALL'],
    reject: ['.sp_choice_type_13', '.sp_choice_type_REJECT_ALL'],
    settings: ['.sp_choice_type_12', '.sp_choice_type_SAVE_AND_EXIT'],
  },
  {
    platform: 'cookieyes',
    accept: ['[data-cky-tag=accept-button]', '[data-cky-tag=detail-accept-button]'],
    reject: ['[data-cky-tag=reject-button]', '[data-cky-tag=detail-reject-button]'],
    settings: ['[data-cky-tag=settings-button]', '[data-cky-tag=detail-save-button]'],
  },
  {
    platform: 'complianz',
    accept: ['.cmplz-accept'],
    reject: ['.cmplz-deny'],
    settings: ['.cmplz-view-preferences', '.cmplz-save-preferences', '.cmplz-manage-options'],
  },
  {
    platform: 'osano',
    accept: ['.osano-cm-accept-all', '.osano-cm-accept'],
    reject: ['.osano-cm-denyAll', '.osano-cm-deny'],
    settings: ['.osano-cm-manage', '.osano-cm-save'],
  },
  {
    // cookieconsent (Osano's open-source banner): "Got it" on a notice-only banner is consent.
    platform: 'cookieconsent',
    accept: ['.cc-dismiss', '.cc-allow'],
    reject: ['.cc-deny'],
    settings: [],
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
// reject → settings → accept → notice-only. Reject beats accept ("Continue without accepting", "Accept only
// necessary"); settings beats accept ("Manage consent").

/** Labels about terms or conditions: a sign-up form's "I accept the terms", never a cookie choice. */
export const TERMS_PATTERNS: readonly RegExp[] = [
  /\b(terms|conditions|t&cs?|agb|nutzungsbedingungen|geschaftsbedingungen|cgu|cgv|terminos|condiciones|termini|condizioni|voorwaarden|regulamin|warunki|termos|condicoes)\b/,
];

/** Saving a custom selection: neither all nor nothing, so 'settings'. */
export const SAVE_PATTERNS: readonly RegExp[] = [
  /\b(accept|allow|confirm|save|submit)( (the|my|your|current))? (selected|selection|choices?|preferences|settings)\b/,
  /^save\b/,
  /\bauswahl (akzeptieren|erlauben|bestatigen|speichern|zulassen|ubernehmen)\b/,
  /\b(einstellungen|praferenzen) (speichern|bestatigen|ubernehmen)\b/,
  /\b(ausgewahlte|speichern)\b/,
  /\b(enregistrer|sauvegarder|valider|confirmer (mes|les) choix)\b/,
  /\b(accepter|autoriser) (la|ma) selection\b/,
  /\b(guardar|confirmar|aceptar|permitir) (la |mi |mis |las )?(seleccion|seleccionad[oa]s|eleccion|preferencias|configuracion)\b/,
  /^guardar\b/,
  /\b(salva|conferma|accetta|consenti) (la |le )?(mie )?(selezione|selezionat[ie]|scelte|preferenze|impostazioni)\b/,
  /^salva\b/,
  /\b(selectie|keuzes?|voorkeuren|instellingen) (accepteren|opslaan|bevestigen|toestaan)\b/,
  /\b(bevestig|sla) (mijn )?(keuzes?|voorkeuren|selectie)\b/,
  /\b(opslaan|geselecteerde)\b/,
  /\b(zapisz|potwierdz)\b/,
  /\b(zaakceptuj|akceptuj|zezwol na) (wybrane|zaznaczone)\b/,
  /\b(guardar|salvar|confirmar|aceitar|permitir) (a |as |minhas |as minhas )?(selecao|selecionad[oa]s|escolhas|preferencias|definicoes|configuracoes)\b/,
  /^(guardar|salvar)\b/,
];

/** Reject all, only necessary, continue without accepting. */
export const REJECT_PATTERNS: readonly RegExp[] = [
  // English
  /\b(reject|declin|deny|refus|disagree|disallow|opt[- ]?out)/,
  /\b(do not|don't|dont) (accept|agree|consent|allow)\b/,
  /\bno,? thank(s| you)\b/,
  /\b(only|just) (the )?(strictly )?(necessary|essential|required|functional)\b/,
  /\b(necessary|essential|required|functional)( cookies)? only\b/,
  /\bcontinue without\b/,
  // German
  /\b(ablehn|verweiger|widersprech)/,
  /\bnicht (zustimmen|einverstanden|akzeptieren|erlauben|zulassen)\b/,
  /\bstimme nicht zu\b/,
  /\bohne (zustimmung|einwilligung|cookies|akzeptieren)\b/,
  /\bnur (die )?(technisch )?(notwendige|essenzielle|essentielle|erforderliche|funktionale|notige|benotigte)n?\b/,
  // French
  /\b(refus|rejet|decliner|interdire|je m'oppose)/,
  /\b(continuer|poursuivre) sans\b/,
  /\bnon,? merci\b/,
  /\b(uniquement|seulement) (les )?(cookies )?(strictement )?(necessaires|essentiels)\b/,
  /\b(necessaires|essentiels) (uniquement|seulement)\b/,
  /\b(ne pas accepter|je n'accepte pas)\b/,
  // Spanish
  /\b(rechaz|deneg|no acept|no permit|no consiento)/,
  /\bcontinuar sin\b/,
  /\bsolo (las )?(cookies )?(estrictamente )?(necesarias|esenciales|imprescindibles|tecnicas)\b/,
  // Italian
  /\b(rifiut|nega\b|negare|non accett|non acconsent)/,
  /\bcontinua senza\b/,
  /\bsolo (i )?(cookie )?(strettamente )?(necessari|essenziali|tecnici)\b/,
  // Dutch
  /\b(weiger|afwijz|wijs (alles|alle cookies) af|niet akkoord|niet accepteren|niet toestaan)/,
  /\bdoorgaan zonder\b/,
  /\balleen (de )?(strikt )?(noodzakelijke?|essentiele|functionele)\b/,
  // Polish
  /\b(odrzuc|odmawiam|nie zgadzam|nie akceptuj|nie wyrazam)/,
  /\btylko (niezbedne|wymagane|konieczne|podstawowe)\b/,
  /\bkontynuuj bez\b/,
  // Portuguese
  /\b(rejeit|recus|nao aceit|nao concord|nao permit)/,
  /\bcontinuar sem\b/,
  /\b(apenas|somente|so) (os )?(cookies )?(estritamente )?(necessarios|essenciais)\b/,
];

/** Opening the preferences: settings, options, manage, customise. */
export const SETTINGS_PATTERNS: readonly RegExp[] = [
  /\b(settings|preferences|options|customi[sz]e|manage|personali[sz]e|configure|let me choose|more info|learn more|show purposes)\b/,
  /\b(einstellung|anpassen|verwalten|optionen|praferenz|mehr erfahren|individuell|konfigur|auswahl)/,
  /\b(parametr|personnalis|gerer|preferences|plus d'options|en savoir plus|configurer|reglages)/,
  /\b(configur|personaliz|gestion|ajustes|opciones|preferencias|mas informacion)/,
  /\b(gestisci|impostazioni|personalizz|opzioni|preferenze|scopri di piu)/,
  /\b(instellingen|aanpassen|beheren|beheer|opties|voorkeuren|meer informatie)/,
  /\b(ustawienia|dostosuj|zarzadzaj|opcje|opcji|preferencje|wiecej informacji|konfiguruj)/,
  /\b(definicoes|configuracoes|gerir|gerenciar|opcoes|saber mais)/,
];

/** Accept (all), agree, allow. */
export const ACCEPT_PATTERNS: readonly RegExp[] = [
  /\b(accept|agree|allow|consent)/,
  /\b(yes|i'm fine|i'm happy)\b/,
  /\b(akzeptier|zustimm|stimme (allen )?zu|einverstanden|annehmen|erlauben|zulassen)/,
  /\b(autoris|consens|d'accord|ok pour moi)/,
  /\b(acept|permitir|de acuerdo)/,
  /\b(accett|acconsent|va bene)/,
  /\b(akkoord|toestaan|sta (alle )?(cookies )?toe)/,
  /\b(akceptuj|zaakceptuj|zgadzam sie|zgoda|wyrazam zgode|zezwol|przejdz do serwisu)/,
  /\b(aceit|concord|autorizar|consinto|de acordo)/,
];

/** A notice-only banner's acknowledgement: the whole label is "OK", "Got it", "Verstanden"… */
export const NOTICE_PATTERNS: readonly RegExp[] = [
  /^(ok|okay|ok,? (got it|i understand|understood|verstanden|compris)|got it|i understand|understood|verstanden|alles klar|j'ai compris|compris|entendido|entendi|ho capito|capito|begrepen|ik begrijp het|rozumiem|compreendi|percebi)[!. ]*$/,
];

/** Mentions cookies, consent, privacy or personal data, in the eight languages above. */
export const CONSENT_CONTAINER_PATTERN =
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
  if (matchesAny(REJECT_PATTERNS, text)) return 'reject';
  if (matchesAny(SETTINGS_PATTERNS, text)) return 'settings';
  if (matchesAny(ACCEPT_PATTERNS, text)) return 'accept';
  if (matchesAny(NOTICE_PATTERNS, text)) return 'accept';
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

function labelOf(control: Element): string {
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
