import {
  CONTROL_SELECTOR,
  type ConsentClick,
  classifyConsentText,
  KNOWN_CONTROLS,
  labelOf,
  normalizeLabel,
} from './classify';
import type { ConsentChoice, LearnedStep } from './types';

/**
 * Learning the reader's choice from their own click, in the always-on content script (so: small, no
 * imports beyond classify.ts). A click teaches something only inside a consent platform's dialog: a known
 * platform's root (KNOWN_CONTROLS), the dialog autoconsent found in this frame (its rule's containers), or a
 * frame the platform serves its dialog from. A push-notification prompt, a policy notice or an ad frame with
 * an "Allow" button is none of these and teaches nothing (issue 15, finding 2).
 *
 * Inside the dialog, the button's place decides: which of the rule's or the platform's accept and reject
 * controls contains the click target, whatever the label says ("Accept necessary" on a reject button is a
 * reject). The label decides only where no control is known, and then the click also yields a site-specific
 * step (the dialog's root and the button, by stable selector and text) to replay on that site only.
 */

/** The buttons of the rule autoconsent is running in this frame, when it found one (consent-engine.js). */
export interface RuleControls {
  name: string;
  roots: readonly string[];
  accept: readonly string[];
  reject: readonly string[];
}

interface ChoiceClick {
  choice: ConsentChoice;
  /** The platform: the rule's name, a KNOWN_CONTROLS platform, or '' for a platform-owned frame. */
  platform: string;
  /** 'structure' when a rule's or platform's control contained the target, 'label' when its text decided. */
  by: 'structure' | 'label';
  /** Present when the label decided in a top-level dialog: what to click on this site next time. */
  step?: LearnedStep;
}

const ROOTS = KNOWN_CONTROLS.flatMap((platform) => platform.roots).join(',');

/**
 * Paths autoconsent's `sourcepoint-frame` rule recognises (its frame is on the vendor's host), and TrustArc's
 * preference frame: frames a platform owns, where a click is a click in its dialog.
 */
const SOURCEPOINT_PATHS = [
  '/index.html',
  '/privacy-manager/index.html',
  '/ccpa_pm/index.html',
  '/us_pm/index.html',
];

export function isPlatformFrame(location: Pick<Location, 'hostname' | 'pathname' | 'search'>): boolean {
  if (location.hostname === 'consent-pref.trustarc.com') return true;
  return (
    SOURCEPOINT_PATHS.includes(location.pathname) &&
    /[?&](message_id|requestUUID|consentUUID)=/.test(location.search)
  );
}

// Elements are recognised by nodeType, not `instanceof Element`: a click inside an iframe or another realm
// carries that realm's Element.
function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

const matches = (element: Element, selectors: readonly string[]) =>
  selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false; // a rule's selector this browser can't parse
    }
  });

/** Which of `accept`/`reject` contains the target, walking the path from the target outwards. */
function structureOf(
  elements: Element[],
  accept: readonly string[],
  reject: readonly string[],
  settings: readonly string[] = [],
): ConsentClick | null {
  for (const element of elements) {
    if (matches(element, reject)) return 'reject';
    if (matches(element, accept)) return 'accept';
    if (matches(element, settings)) return 'settings';
  }
  return null;
}

/** A class or id that is part of the markup, not generated per page load (hashes, counters). */
const STABLE_NAME = /^[A-Za-z_][\w-]{0,60}$/;
const GENERATED_NAME =
  /\d{3,}|^(css|sc|jsx|svelte|emotion)-|(^|[-_])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,}$/;

const stable = (name: string) => STABLE_NAME.test(name) && !GENERATED_NAME.test(name);

/** A selector for `element` from what is stable about it: its id, else its tag, classes and data-role. */
export function stableSelector(element: Element): string {
  if (element.id && stable(element.id)) return `#${CSS.escape(element.id)}`;
  let selector = element.localName;
  const classes = Array.from(element.classList).filter(stable).slice(0, 3);
  for (const name of classes) selector += `.${CSS.escape(name)}`;
  for (const attribute of ['data-role', 'data-testid', 'data-action', 'name', 'type']) {
    const value = element.getAttribute(attribute);
    if (value && value.length <= 60) selector += `[${attribute}="${CSS.escape(value)}"]`;
  }
  return selector;
}

/**
 * The reader's choice, when the click was on the accept or reject control of a consent platform's dialog;
 * null for everything else (settings, links, any click outside a platform's dialog).
 */
export function findChoiceClick(path: EventTarget[], rule: RuleControls | null = null): ChoiceClick | null {
  const elements = path.filter(isElement);
  const target = elements[0];
  if (!target) return null;
  const doc = target.ownerDocument;
  const view = doc.defaultView;
  const inFrame = view !== null && view !== view.top;
  const ruleRoot = rule ? elements.find((element) => matches(element, rule.roots)) : undefined;
  const knownRoot = elements.find((element) => matches(element, [ROOTS]));
  const platformFrame = inFrame && isPlatformFrame(doc.location);
  if (!ruleRoot && !knownRoot && !platformFrame) return null;

  // The rule autoconsent runs here, then the platform's known controls: the button's place decides.
  if (rule && ruleRoot) {
    const kind = structureOf(elements, rule.accept, rule.reject);
    if (kind === 'accept' || kind === 'reject') return { choice: kind, platform: rule.name, by: 'structure' };
  }
  const platform = knownRoot ? KNOWN_CONTROLS.find((known) => matches(knownRoot, known.roots)) : undefined;
  for (const known of platform ? [platform] : KNOWN_CONTROLS) {
    const kind = structureOf(elements, known.accept, known.reject, known.settings);
    if (kind === 'settings') return null;
    if (kind) return { choice: kind, platform: known.platform, by: 'structure' };
  }

  // No known control: the label of the nearest button decides.
  const control = elements.find((element) => element.matches(CONTROL_SELECTOR));
  if (!control) return null;
  const label = labelOf(control);
  const kind = classifyConsentText(label);
  if (kind !== 'accept' && kind !== 'reject') return null;
  const name = rule?.name ?? platform?.platform ?? '';
  const root = ruleRoot ?? knownRoot;
  // A step is learned in a top-level dialog only: a platform's frame is answered by its rule.
  if (!root || inFrame) return { choice: kind, platform: name, by: 'label' };
  return {
    choice: kind,
    platform: name,
    by: 'label',
    step: { container: stableSelector(root), button: stableSelector(control), text: normalizeLabel(label) },
  };
}
