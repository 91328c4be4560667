import type { AutoConsentCMPRule } from '@duckduckgo/autoconsent';
import autoconsentRules from '@duckduckgo/autoconsent/rules/rules.json';
import { describe, expect, it } from 'vitest';
import { ruleControls } from '@/utils/consent/apply';
import { KNOWN_CONTROLS } from '@/utils/consent/classify';
import ownRules from '@/utils/consent/rules/pullquote-rules.json';

const rules = [
  ...(autoconsentRules as { autoconsent: AutoConsentCMPRule[] }).autoconsent,
  ...(ownRules.autoconsent as AutoConsentCMPRule[]),
];
const ruleNamed = (name: string) => {
  const rule = rules.find((candidate) => candidate.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return rule;
};
/** autoconsent's found platform for a JSON rule: its name and the rule. */
const found = (name: string) => ({ name, rule: ruleNamed(name) });

describe('ruleControls: a rule’s decisive buttons', () => {
  it('vanilla-cookieconsent 3: the necessary-only button is the reject; the two-click path names none', () => {
    expect(ruleControls(found('cookieconsent3'))).toEqual({
      name: 'cookieconsent3',
      roots: ['#cc-main', '#cc-main .cm-wrapper'],
      accept: ['.cm__btn[data-role=all]'],
      reject: ['.cm__btn[data-role=necessary]'],
    });
  });

  it('tarteaucitron: "OK, accept all" is the opt-in, "Deny all" (after a wait) the opt-out', () => {
    const controls = ruleControls(found('tarteaucitron deny'));
    expect(controls?.accept).toEqual(['#tarteaucitronPersonalize2']);
    expect(controls?.reject).toEqual(['#tarteaucitronAllDenied2']);
  });

  it('a button both actions click is a step on the way, not a choice', () => {
    const controls = ruleControls({
      name: 'x',
      rule: {
        name: 'x',
        detectCmp: [],
        detectPopup: [],
        optIn: [{ click: '#open' }],
        optOut: [{ click: '#open' }],
      },
    });
    expect(controls?.accept).toEqual([]);
    expect(controls?.reject).toEqual([]);
  });

  it('a coded platform gives its containers only', () => {
    expect(ruleControls({ name: 'Klaro', prehideSelectors: ['.klaro'] })).toEqual({
      name: 'Klaro',
      roots: ['.klaro'],
      accept: [],
      reject: [],
    });
    expect(ruleControls(null)).toBeNull();
    expect(ruleControls({ rule: {} })).toBeNull();
  });
});

describe('KNOWN_CONTROLS agree with the rules that answer the same banners', () => {
  it.each<[string, string]>([
    ['cookieconsent3', 'cookieconsent3'],
    ['tarteaucitron', 'tarteaucitron deny'],
    ['orejime', 'orejime'],
    ['cookieconsent', 'Complianz optin'],
  ])('%s ⊇ rule %s', (platform, rule) => {
    const known = KNOWN_CONTROLS.find((candidate) => candidate.platform === platform);
    const controls = ruleControls(found(rule));
    expect(known).toBeDefined();
    // A rule's selector may list several (`a,b`); each must be one of ours.
    const parts = (selectors: readonly string[]) =>
      selectors.flatMap((selector) => selector.split(',')).map((part) => part.replace(/\s/g, ''));
    const accept = parts(known?.accept ?? []);
    const reject = parts(known?.reject ?? []);
    expect(parts(controls?.accept ?? []).every((part) => accept.includes(part))).toBe(true);
    expect(parts(controls?.reject ?? []).every((part) => reject.includes(part))).toBe(true);
  });
});

describe('our own rules', () => {
  it('are autoconsent-format rules with both actions, each answering a library autoconsent has no generic rule for', () => {
    const generic = (autoconsentRules as { autoconsent: AutoConsentCMPRule[] }).autoconsent.filter(
      (rule) => !rule.runContext?.urlPattern,
    );
    for (const rule of ownRules.autoconsent as AutoConsentCMPRule[]) {
      expect(rule.detectCmp?.length).toBeGreaterThan(0);
      expect(rule.detectPopup?.length).toBeGreaterThan(0);
      expect(rule.optIn?.length).toBeGreaterThan(0);
      expect(rule.optOut?.length).toBeGreaterThan(0);
      const detect = JSON.stringify(rule.detectCmp);
      expect(generic.some((other) => JSON.stringify(other.detectCmp) === detect)).toBe(false);
    }
  });

  it('orejime 3: accept is the banner’s save button, reject its decline button', () => {
    document.body.innerHTML = `<div class="orejime-Root"><div class="orejime-Banner">
      <button class="orejime-Banner-saveButton">Accept</button><button class="orejime-Banner-declineButton">Decline</button></div></div>`;
    const controls = ruleControls(found('orejime'));
    expect(controls?.accept).toEqual(['.orejime-Banner-saveButton']);
    expect(controls?.reject).toEqual(['.orejime-Banner-declineButton']);
    for (const selector of [
      ...(controls?.roots ?? []),
      ...(controls?.accept ?? []),
      ...(controls?.reject ?? []),
    ])
      expect(document.querySelector(selector)).not.toBeNull();
  });
});
