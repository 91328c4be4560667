import type { AutoConsentCMPRule, AutoConsentRuleStep } from '@duckduckgo/autoconsent';
import type { RuleControls } from './learn';

/**
 * Applying a remembered choice and checking that it took, in the frame (part of consent-engine.js, loaded
 * only where a site has a choice to apply). autoconsent reports success when its steps ran, which is not the
 * same as the platform having taken the choice: a button drawn before its handler is wired swallows the
 * click (tarteaucitronjs 1.34 wires its buttons 500 ms after drawing them). So a result is believed only
 * after the rule's own self-test, the platform's stored state where we know where it keeps it, and the
 * banner staying gone; a failed check is retried with backoff, a bounded number of times (issue 20).
 */

export type Action = 'optIn' | 'optOut';

/** What the verifier needs of autoconsent's found platform (`AutoConsent.foundCmp`). */
export interface FoundPlatform {
  name: string;
  hasSelfTest: boolean;
  detectPopup(): Promise<boolean>;
  optIn(): Promise<boolean>;
  optOut(): Promise<boolean>;
  test(): Promise<boolean>;
}

interface VerifyIo {
  wait(ms: number): Promise<void>;
  /** The frame's document, for the platforms' stored state. */
  document: Document;
}

export type VerifyFailure = 'action' | 'self-test' | 'state' | 'banner';
export type VerifyOutcome =
  | { ok: true; attempts: number }
  | { ok: false; attempts: number; reason: VerifyFailure };

/** Waits between attempts: a platform that wires its buttons late gets ~4 s in all. */
const RETRY_BACKOFF_MS = [300, 600, 1200, 2000] as const;
/** How long the banner must stay gone when the platform's stored state confirmed the choice, and when not. */
const SETTLE_CONFIRMED_MS = 150;
const SETTLE_UNCONFIRMED_MS = 1500;

function cookie(doc: Document, name: string): string | null {
  let all = '';
  try {
    all = doc.cookie;
  } catch {
    return null; // a sandboxed frame
  }
  for (const part of all.split(/;\s*/)) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at) === name) {
      try {
        return decodeURIComponent(part.slice(at + 1));
      } catch {
        return part.slice(at + 1);
      }
    }
  }
  return null;
}

function local(doc: Document, key: string): string | null {
  try {
    return doc.defaultView?.localStorage.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function json(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Every service's consent in a klaro or orejime cookie (`{"matomo":true,…}`), or null. */
function consents(text: string | null): boolean[] | null {
  const value = json(text);
  if (typeof value !== 'object' || value === null) return null;
  const flags = Object.values(value).filter((flag): flag is boolean => typeof flag === 'boolean');
  return flags.length > 0 ? flags : null;
}

/**
 * Where platforms keep the reader's answer, by autoconsent's platform name: true when it shows the action
 * was taken, false when it shows it was not (yet). Platforms not listed are checked by their banner alone.
 */
const STORED_STATE: Record<string, (doc: Document, action: Action) => boolean> = {
  Onetrust: (doc) => cookie(doc, 'OptanonAlertBoxClosed') !== null,
  Cybotcookiebot: (doc, action) => {
    const value = cookie(doc, 'CookieConsent');
    return value !== null && (action === 'optIn' ? /marketing:true/ : /marketing:false/).test(value);
  },
  didomi: (doc) => cookie(doc, 'didomi_token') !== null,
  'usercentrics-api': (doc) => local(doc, 'uc_user_interaction') === 'true',
  'tarteaucitron deny': tarteaucitron,
  'tarteaucitron.js': tarteaucitron,
  Klaro: (doc, action) => {
    const flags = consents(cookie(doc, 'klaro'));
    return flags !== null && (action === 'optIn' ? flags.every(Boolean) : !flags.some(Boolean));
  },
  orejime: (doc, action) => {
    // orejime's default cookie name, or the one its README's examples use.
    const flags = consents(cookie(doc, 'eu-consent') ?? cookie(doc, 'orejime'));
    return flags !== null && (action === 'optIn' ? flags.every(Boolean) : !flags.some(Boolean));
  },
  cookieconsent3: (doc, action) => {
    const value = json(cookie(doc, 'cc_cookie') ?? local(doc, 'cc_cookie')) as {
      categories?: unknown;
    } | null;
    const categories = Array.isArray(value?.categories) ? value.categories : null;
    return categories !== null && (action === 'optIn' ? categories.length > 1 : categories.length <= 1);
  },
  'Complianz optin': cookieconsentStatus,
  'Complianz opt-out': cookieconsentStatus,
  'Complianz categories': cookieconsentStatus,
};

function tarteaucitron(doc: Document, action: Action): boolean {
  const value = cookie(doc, 'tarteaucitron');
  if (value === null || /=wait\b/.test(value)) return false;
  return action === 'optIn' ? /=true\b/.test(value) && !/=false\b/.test(value) : !/=true\b/.test(value);
}

function cookieconsentStatus(doc: Document, action: Action): boolean {
  const value = cookie(doc, 'cookieconsent_status');
  return action === 'optIn' ? value === 'allow' || value === 'dismiss' : value === 'deny';
}

/** Whether the platform's stored state shows the action, polled briefly (some write it after closing); null if unknown. */
async function storedState(platform: string, action: Action, io: VerifyIo): Promise<boolean | null> {
  const check = STORED_STATE[platform];
  if (!check) return null;
  for (let poll = 0; ; poll++) {
    if (check(io.document, action)) return true;
    if (poll >= 3) return false;
    await io.wait(100);
  }
}

/** Whether a person can see `element`: it has a box, and neither it nor an ancestor is hidden or transparent. */
export function reallyShown(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
      return false;
  }
  return true;
}

/**
 * The plain selectors of a rule's dialog (its prehide and popup selectors), or null when it has none or names
 * one inside a shadow root: then only the rule's own popup check can tell.
 */
function dialogSelectors(cmp: FoundPlatform): string[] | null {
  const rule = (cmp as { rule?: AutoConsentCMPRule }).rule;
  if (!rule) return null;
  const selectors: string[] = [...(rule.prehideSelectors ?? [])];
  for (const step of rule.detectPopup ?? []) {
    for (const selector of [step.visible, step.exists]) {
      if (Array.isArray(selector)) return null;
      if (typeof selector === 'string') selectors.push(selector);
    }
  }
  return selectors.length > 0 ? selectors : null;
}

/**
 * Whether the platform's dialog is still up: its rule's popup check, and, where the rule names its dialog
 * plainly, a person could see it. autoconsent's own check counts an element as visible when it has a layout
 * box, so a banner faded out with `opacity: 0` or `visibility: hidden` (vanilla-cookieconsent, Osano's
 * cookieconsent) would never be gone.
 */
async function popupOpen(cmp: FoundPlatform, doc: Document): Promise<boolean> {
  if (!(await cmp.detectPopup().catch(() => false))) return false;
  const selectors = dialogSelectors(cmp);
  if (!selectors) return true;
  return selectors.some((selector) => {
    try {
      return Array.from(doc.querySelectorAll(selector)).some(reallyShown);
    } catch {
      return true;
    }
  });
}

/** Banners fade out: how long one may take to go before the check counts it as still up. */
const FADE_OUT_MS = 800;

/** One check that the action took: self-test (opt-out), stored state, then the banner gone and staying gone. */
async function verifyOnce(
  cmp: FoundPlatform,
  action: Action,
  io: VerifyIo,
): Promise<{ ok: true } | { ok: false; reason: VerifyFailure }> {
  // autoconsent's self-tests are written for the opt-out (an opt-in's state is checked below).
  if (action === 'optOut' && cmp.hasSelfTest && !(await cmp.test().catch(() => false)))
    return { ok: false, reason: 'self-test' };
  const stored = await storedState(cmp.name, action, io);
  if (stored === false) return { ok: false, reason: 'state' };
  for (let waited = 0; await popupOpen(cmp, io.document); waited += 100) {
    if (waited >= FADE_OUT_MS) return { ok: false, reason: 'banner' };
    await io.wait(100);
  }
  await io.wait(stored ? SETTLE_CONFIRMED_MS : SETTLE_UNCONFIRMED_MS);
  if (await popupOpen(cmp, io.document)) return { ok: false, reason: 'banner' };
  return { ok: true };
}

/**
 * The action's first result, checked, then retried with backoff (`RETRY_BACKOFF_MS`) while it does not
 * check out: the rule's steps run again on the platform as it is now.
 */
export async function verifyWithRetries(
  cmp: FoundPlatform,
  action: Action,
  firstResult: boolean,
  io: VerifyIo,
): Promise<VerifyOutcome> {
  let result = firstResult;
  let reason: VerifyFailure = 'action';
  for (let attempt = 1; ; attempt++) {
    if (result) {
      const check = await verifyOnce(cmp, action, io);
      if (check.ok) return { ok: true, attempts: attempt };
      reason = check.reason;
    } else {
      reason = 'action';
    }
    const backoff = RETRY_BACKOFF_MS[attempt - 1];
    if (backoff === undefined) return { ok: false, attempts: attempt, reason };
    await io.wait(backoff);
    // Answered in the meantime (a late handler, the reader): nothing to do again but check.
    if (reason === 'banner' && !(await popupOpen(cmp, io.document))) {
      result = true;
      continue;
    }
    result = await (action === 'optIn' ? cmp.optIn() : cmp.optOut()).catch(() => false);
  }
}

type Selector = string | string[];

/** The element a rule's selector names: the last part of a shadow-root chain. */
const lastPart = (selector: Selector | undefined): string | null =>
  typeof selector === 'string' ? selector : Array.isArray(selector) ? (selector.at(-1) ?? null) : null;

/**
 * The buttons that decide a rule's action: in each branch of its steps that clicks exactly one thing, that
 * thing ("click reject" is the reject button; "click settings, untick, click save" has no single button).
 */
function decisiveClicks(steps: readonly AutoConsentRuleStep[] | undefined, into: Set<string>): void {
  if (!steps) return;
  const clicks = steps.filter((step) => step.click !== undefined || step.waitForThenClick !== undefined);
  if (clicks.length === 1 && !clicks[0]?.all) {
    const selector = lastPart(clicks[0]?.click ?? clicks[0]?.waitForThenClick);
    if (selector) into.add(selector);
  }
  for (const step of steps) {
    if (step.then) decisiveClicks(step.then, into);
    if (step.else) decisiveClicks(step.else, into);
    for (const alternative of step.any ?? []) decisiveClicks([alternative], into);
  }
}

/** The containers a rule hides while it works and looks for: its dialog. */
function ruleRoots(rule: AutoConsentCMPRule): string[] {
  const roots = new Set<string>(rule.prehideSelectors ?? []);
  for (const step of [...(rule.detectPopup ?? []), ...(rule.detectCmp ?? [])]) {
    for (const selector of [step.visible, step.exists]) {
      const part = lastPart(selector as Selector | undefined);
      if (part) roots.add(part);
    }
  }
  return [...roots];
}

/**
 * The found platform's dialog and decisive buttons, for learning a click by its place (learn.ts). A coded
 * platform (no JSON rule) gives its hidden containers only; its buttons are in KNOWN_CONTROLS.
 */
export function ruleControls(found: unknown): RuleControls | null {
  if (typeof found !== 'object' || found === null) return null;
  const cmp = found as { name?: unknown; rule?: AutoConsentCMPRule; prehideSelectors?: unknown };
  if (typeof cmp.name !== 'string') return null;
  if (!cmp.rule) {
    const roots = Array.isArray(cmp.prehideSelectors)
      ? cmp.prehideSelectors.filter((s): s is string => typeof s === 'string')
      : [];
    return { name: cmp.name, roots, accept: [], reject: [] };
  }
  const accept = new Set<string>();
  const reject = new Set<string>();
  decisiveClicks(cmp.rule.optIn, accept);
  decisiveClicks(cmp.rule.optOut, reject);
  // A button both actions click is a step on the way, not a choice.
  for (const selector of accept) {
    if (reject.delete(selector)) accept.delete(selector);
  }
  return { name: cmp.name, roots: ruleRoots(cmp.rule), accept: [...accept], reject: [...reject] };
}
