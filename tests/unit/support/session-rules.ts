import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A declarativeNetRequest rule as the guard writes them (the fields the tests read). */
export interface SessionRule {
  id: number;
  priority: number;
  action: { type: string };
  condition: { regexFilter?: string; urlFilter?: string; initiatorDomains?: string[] };
}

/**
 * Session rules in memory on WXT's fake browser, which has none: `updateSessionRules` removes the listed
 * ids, then adds (an id already present is an error, as in Chrome), and `getSessionRules` lists them.
 * Undo with `vi.restoreAllMocks()`.
 */
export function fakeSessionRules(): { rules(): SessionRule[]; updates(): number } {
  let rules: SessionRule[] = [];
  let updates = 0;
  const dnr = fakeBrowser.declarativeNetRequest as unknown as {
    updateSessionRules(options: { removeRuleIds?: number[]; addRules?: SessionRule[] }): Promise<void>;
    getSessionRules(): Promise<SessionRule[]>;
  };
  vi.spyOn(dnr, 'updateSessionRules').mockImplementation(async ({ removeRuleIds = [], addRules = [] }) => {
    const kept = rules.filter((rule) => !removeRuleIds.includes(rule.id));
    for (const rule of addRules) {
      if (kept.some((other) => other.id === rule.id)) throw new Error(`Rule with id ${rule.id} exists`);
    }
    rules = [...kept, ...structuredClone(addRules)];
    updates += 1;
  });
  vi.spyOn(dnr, 'getSessionRules').mockImplementation(async () => structuredClone(rules));
  return { rules: () => structuredClone(rules), updates: () => updates };
}

/**
 * Chrome's `urlFilter` syntax as its documentation gives it, as a RegExp: `*` any characters, `^` a
 * separator (not a letter, digit, `_ - . %`) or the end, `|` at either end anchors there, `||` at the start
 * anchors at a domain name.
 */
function urlFilterRegExp(filter: string): RegExp {
  let source = filter;
  let start = '';
  let end = '';
  if (source.startsWith('||')) {
    start = '^[a-z][a-z0-9+.-]*://(?:[^/?#]*\\.)?';
    source = source.slice(2);
  } else if (source.startsWith('|')) {
    start = '^';
    source = source.slice(1);
  }
  if (source.endsWith('|')) {
    end = '$';
    source = source.slice(0, -1);
  }
  const body = [...source]
    .map((char) => {
      if (char === '*') return '.*';
      if (char === '^') return '(?:[^a-z0-9_.%-]|$)';
      return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return new RegExp(`${start}${body}${end}`, 'i');
}

/**
 * What declarativeNetRequest does with a request the extension (`initiator`) makes to `url`, by its
 * documented order: the matching rules of the highest priority decide, and at equal priority "allow"
 * beats "block". Navigations are not modelled (the guard's rules leave them out).
 */
export function dnrOutcome(rules: SessionRule[], url: string, initiator: string): 'allow' | 'block' | 'none' {
  const href = new URL(url).href;
  const matching = rules.filter((rule) => {
    const { regexFilter, urlFilter, initiatorDomains } = rule.condition;
    if (initiatorDomains && !initiatorDomains.includes(initiator)) return false;
    if (regexFilter !== undefined) return new RegExp(regexFilter, 'i').test(href);
    if (urlFilter !== undefined) return urlFilterRegExp(urlFilter).test(href);
    return true;
  });
  if (matching.length === 0) return 'none';
  const top = Math.max(...matching.map((rule) => rule.priority));
  const winners = matching.filter((rule) => rule.priority === top).map((rule) => rule.action.type);
  return winners.includes('allow') ? 'allow' : 'block';
}
