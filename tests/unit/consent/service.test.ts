import type { AutoConsentCMPRule, BackgroundMessage } from '@duckduckgo/autoconsent';
import { describe, expect, it } from 'vitest';
import type { ConsentChoice, ConsentPrefs } from '@/utils/consent/engine';
import type { Forgotten } from '@/utils/consent/forgotten';
import type { HandledMessage, RestartMessage, StepMessage } from '@/utils/consent/protocol';
import { type ConsentApi, createConsentService, type Sender, type TabConsent } from '@/utils/consent/service';
import type { ConsentMemory, SiteDecision } from '@/utils/consent/types';
import { decision } from './decision';

const rule = (name: string, runContext?: AutoConsentCMPRule['runContext']): AutoConsentCMPRule => ({
  name,
  ...(runContext ? { runContext } : {}),
  detectCmp: [],
  detectPopup: [],
  optOut: [],
  optIn: [],
});

const RULES: readonly AutoConsentCMPRule[] = [
  rule('generic'),
  rule('vendor-frame', { main: false, frame: true, urlPattern: '^https://cmp\\.vendor\\.test/' }),
  rule('example-site', { urlPattern: '^https://([a-z]+\\.)?example\\.com/' }),
  rule('other-site', { urlPattern: '^https://(www\\.)?other\\.org/' }),
];

/** A tick of the event loop: storage is asynchronous, and a lost update needs reads and writes to interleave. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Sent {
  tabId: number;
  frameId: number | undefined;
  message: BackgroundMessage | RestartMessage | StepMessage;
}

function fakeApi(
  options: {
    memory?: ConsentMemory;
    prefs?: Partial<ConsentPrefs>;
    snippet?: (snippetId: string) => unknown;
  } = {},
) {
  const state = {
    memory: structuredClone(options.memory ?? {}) as ConsentMemory,
    forgotten: {} as Forgotten,
    prefs: { defaultChoice: 'none', sync: false, ...options.prefs } as ConsentPrefs,
    tabs: new Map<number, TabConsent | null>(),
    sent: [] as Sent[],
    snippets: [] as Array<{ tabId: number; frameId: number; snippetId: string }>,
    injected: [] as Array<{ tabId: number; frameId: number }>,
    engines: [] as Array<{ tabId: number; frameId: number; sentBefore: number }>,
    shown: [] as Array<{ tabId: number; choice: ConsentChoice | null }>,
    saves: 0,
    clock: 50_000,
  };
  const api: ConsentApi = {
    rules: async () => RULES,
    async loadMemory() {
      await tick();
      return structuredClone(state.memory);
    },
    async saveMemory(memory) {
      await tick();
      state.saves += 1;
      state.memory = structuredClone(memory);
    },
    async loadForgotten() {
      await tick();
      return { ...state.forgotten };
    },
    async saveForgotten(forgotten) {
      await tick();
      state.forgotten = { ...forgotten };
    },
    loadPrefs: async () => ({ ...state.prefs }),
    async sendToFrame(tabId, frameId, message) {
      state.sent.push({ tabId, frameId, message });
    },
    async runSnippet(tabId, frameId, snippetId) {
      state.snippets.push({ tabId, frameId, snippetId });
      return options.snippet ? options.snippet(snippetId) : true;
    },
    async injectEngine(tabId, frameId) {
      state.engines.push({ tabId, frameId, sentBefore: state.sent.length });
    },
    async injectPageChecks(tabId, frameId) {
      state.injected.push({ tabId, frameId });
    },
    async setTabConsent(tabId, status) {
      state.tabs.set(tabId, status);
    },
    getTabConsent: async (tabId) => state.tabs.get(tabId) ?? null,
    async showApplied(tabId, choice) {
      state.shown.push({ tabId, choice });
    },
    now: () => state.clock,
  };
  return { api, state, service: createConsentService(api) };
}

const TAB = 7;
const top = (url: string, tabId = TAB): Sender => ({ tab: { id: tabId, url }, frameId: 0, url });
const frame = (topUrl: string, frameUrl: string, frameId = 3): Sender => ({
  tab: { id: TAB, url: topUrl },
  frameId,
  url: frameUrl,
});

const init = (url: string): HandledMessage => ({ type: 'init', url });
const popupFound = (payWall: boolean, cmp = 'onetrust'): HandledMessage => ({
  type: 'popupFound',
  cmp,
  url: 'https://www.example.com/',
  payWall,
});
const done = (cmp = 'didomi'): HandledMessage => ({ type: 'pq-applied', cmp, action: 'optOut', attempts: 1 });
const failed = (cmp = 'didomi'): HandledMessage => ({
  type: 'pq-apply-failed',
  cmp,
  action: 'optOut',
  reason: 'banner',
});
const userChoice = (
  choice: ConsentChoice,
  cmp = 'onetrust',
  extra: Partial<Extract<HandledMessage, { type: 'pq-user-choice' }>> = {},
): HandledMessage => ({ type: 'pq-user-choice', choice, cmp, by: 'structure', ...extra });

/** The one initResp sent, as the content script would read it. */
function initResp(sent: Sent[]) {
  const responses = sent.filter((s) => s.message.type === 'initResp');
  expect(responses).toHaveLength(1);
  const message = responses[0]?.message as Extract<BackgroundMessage, { type: 'initResp' }>;
  return {
    to: responses[0],
    config: message.config,
    ruleNames: message.rules.autoconsent?.map((r) => r.name) ?? [],
  };
}

describe('consent service: init', () => {
  it('turns the engine off with no rules on a site with no decision, and clears the tab status', async () => {
    const { service, state } = fakeApi();
    state.tabs.set(TAB, { site: 'old.test', cmp: 'x', applied: 'reject', byDefault: false, at: 1 });
    await service.handle(init('https://www.example.com/a'), top('https://www.example.com/a'));
    const response = initResp(state.sent);
    expect(response.to).toMatchObject({ tabId: TAB, frameId: 0 });
    expect(response.config.enabled).toBe(false);
    expect(response.ruleNames).toEqual([]);
    // Nothing more goes into the frame, nor into the page's own world, on a site with nothing to apply.
    expect(state.engines).toEqual([]);
    expect(state.injected).toEqual([]);
    expect(state.tabs.get(TAB)).toBeNull();
    expect(state.shown).toEqual([{ tabId: TAB, choice: null }]);
  });

  it('turns the engine on with the rules for this frame on a site the reader rejected', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision({ choice: 'reject' }) } });
    await service.handle(init('https://www.example.com/a'), top('https://www.example.com/a'));
    const response = initResp(state.sent);
    expect(response.config.enabled).toBe(true);
    // A reject cannot depend on the page: autoconsent answers the dialog itself, with no round trip.
    expect(response.config.autoAction).toBe('optOut');
    expect(response.ruleNames).toEqual(['generic', 'example-site']);
    expect(state.injected).toEqual([{ tabId: TAB, frameId: 0 }]);
    // autoconsent is put into the frame before the answer that starts it is sent.
    expect(state.engines).toEqual([{ tabId: TAB, frameId: 0, sentBefore: 0 }]);
  });

  it('runs the engine on an undecided site when the reader set a default', async () => {
    const { service, state } = fakeApi({ prefs: { defaultChoice: 'reject' } });
    await service.handle(init('https://www.other.org/'), top('https://www.other.org/'));
    const response = initResp(state.sent);
    expect(response.config.enabled).toBe(true);
    expect(response.ruleNames).toEqual(['generic', 'other-site']);
  });

  it('keys a consent frame on the tab’s site, not the frame’s, and gives it the frame rules', async () => {
    const { service, state } = fakeApi({ memory: { 'example.co.uk': decision({ choice: 'reject' }) } });
    state.tabs.set(TAB, { site: 'example.co.uk', cmp: 'x', applied: 'reject', byDefault: false, at: 1 });
    const sender = frame(
      'https://news.example.co.uk/story',
      'https://cmp.vendor.test/index.html?message=1',
      9,
    );
    await service.handle(init('https://cmp.vendor.test/index.html?message=1'), sender);
    const response = initResp(state.sent);
    expect(response.to).toMatchObject({ tabId: TAB, frameId: 9 });
    expect(response.config.enabled).toBe(true);
    expect(response.ruleNames).toEqual(['vendor-frame']);
    // Only the top frame's init starts a new page.
    expect(state.tabs.get(TAB)).not.toBeNull();
    expect(state.shown).toEqual([]);
  });

  it('does not run on a vendor frame when the tab’s site has no decision, even if the vendor’s does', async () => {
    const { service, state } = fakeApi({ memory: { 'vendor.test': decision({ choice: 'reject' }) } });
    await service.handle(
      init('https://cmp.vendor.test/index.html'),
      frame('https://news.example.co.uk/', 'https://cmp.vendor.test/index.html'),
    );
    expect(initResp(state.sent).config.enabled).toBe(false);
  });

  it.each<[string, ConsentPrefs['defaultChoice']]>([
    ['no default', 'none'],
    ['a reject default', 'reject'],
  ])('turns the engine off on a paused site (%s)', async (_label, defaultChoice) => {
    const { service, state } = fakeApi({
      memory: { 'example.com': decision({ choice: 'accept', paused: true }) },
      prefs: { defaultChoice },
    });
    await service.handle(init('https://example.com/'), top('https://example.com/'));
    const response = initResp(state.sent);
    expect(response.config.enabled).toBe(false);
    expect(response.ruleNames).toEqual([]);
  });

  it('falls back to the frame’s own URL for the top frame when the tab has no URL', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision() } });
    await service.handle(init('https://example.com/'), {
      tab: { id: TAB },
      frameId: 0,
      url: 'https://example.com/',
    });
    expect(initResp(state.sent).config.enabled).toBe(true);
  });

  it('does not trust a sub-frame’s own URL as the site when the tab has no URL', async () => {
    const { service, state } = fakeApi({ memory: { 'vendor.test': decision() } });
    await service.handle(init('https://cmp.vendor.test/'), {
      tab: { id: TAB },
      frameId: 4,
      url: 'https://cmp.vendor.test/',
    });
    expect(initResp(state.sent).config.enabled).toBe(false);
  });
});

describe('consent service: eval', () => {
  it('runs the snippet in the asking tab and frame and answers with its id and result', async () => {
    const { service, state } = fakeApi({ snippet: () => 'yes' });
    await service.handle(
      { type: 'eval', id: 'e-42', code: '', snippetId: 'EVAL_0' },
      frame('https://example.com/', 'https://cmp.vendor.test/', 5),
    );
    expect(state.snippets).toEqual([{ tabId: TAB, frameId: 5, snippetId: 'EVAL_0' }]);
    expect(state.sent).toEqual([
      { tabId: TAB, frameId: 5, message: { type: 'evalResp', id: 'e-42', result: 'yes' } },
    ]);
  });

  it('answers false when the snippet throws', async () => {
    const { service, state } = fakeApi({
      snippet: () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    await service.handle(
      { type: 'eval', id: 'e-1', code: '', snippetId: 'EVAL_0' },
      top('https://example.com/'),
    );
    expect(state.sent).toEqual([
      { tabId: TAB, frameId: 0, message: { type: 'evalResp', id: 'e-1', result: false } },
    ]);
  });

  it('answers false when the snippet rejects', async () => {
    const { api, state } = fakeApi();
    const service = createConsentService({ ...api, runSnippet: () => Promise.reject(new Error('gone')) });
    await service.handle(
      { type: 'eval', id: 'e-2', code: '', snippetId: 'EVAL_0' },
      top('https://example.com/'),
    );
    expect(state.sent.map((s) => s.message)).toEqual([{ type: 'evalResp', id: 'e-2', result: false }]);
  });
});

describe('consent service: popupFound', () => {
  // [autoconsent's own action from init, the background's answer to popupFound]: exactly one acts.
  it.each<
    [string, SiteDecision | undefined, ConsentPrefs['defaultChoice'], boolean, [string | null, string | null]]
  >([
    ['own reject', decision({ choice: 'reject' }), 'none', false, ['optOut', null]],
    ['own reject on a pay wall', decision({ choice: 'reject' }), 'none', true, ['optOut', null]],
    ['own accept', decision({ choice: 'accept' }), 'none', false, ['optIn', null]],
    ['own accept on a pay wall', decision({ choice: 'accept' }), 'reject', true, ['optIn', null]],
    ['default accept', undefined, 'accept', false, [null, 'optIn']],
    ['default accept on a pay wall', undefined, 'accept', true, [null, null]],
    ['default reject', undefined, 'reject', false, ['optOut', null]],
    ['no decision, no default', undefined, 'none', false, [null, null]],
    ['paused', decision({ choice: 'reject', paused: true }), 'reject', false, [null, null]],
  ])('%s → %j', async (_label, site, defaultChoice, payWall, expected) => {
    const { service, state } = fakeApi({
      memory: site ? { 'example.com': site } : {},
      prefs: { defaultChoice },
    });
    const from = frame('https://www.example.com/', 'https://cmp.vendor.test/', 2);
    await service.handle(init('https://cmp.vendor.test/'), from);
    const own = initResp(state.sent).config.autoAction ?? null;
    state.sent.length = 0;
    await service.handle(popupFound(payWall), from);
    const first = state.sent[0];
    const answer = first ? (first.message as { type: string }).type : null;
    expect([own, answer]).toEqual(expected);
    expect(state.sent.length).toBeLessThanOrEqual(1);
  });

  it('does nothing on a page that is not a site', async () => {
    const { service, state } = fakeApi({ prefs: { defaultChoice: 'reject' } });
    await service.handle(popupFound(false), top('file:///home/me/page.html'));
    expect(state.sent).toEqual([]);
  });
});

describe('consent service: an application checked to have taken (pq-applied)', () => {
  it('counts an application of the reader’s own choice, records the tab status and shows it', async () => {
    const { service, state } = fakeApi({
      memory: {
        'example.com': decision({ choice: 'reject', cmp: 'onetrust', appliedCount: 2, lastApplied: 10 }),
      },
    });
    state.clock = 77_000;
    await service.handle(done('didomi'), top('https://www.example.com/a'));
    expect(state.memory['example.com']).toEqual(
      decision({ choice: 'reject', cmp: 'didomi', appliedCount: 3, lastApplied: 77_000 }),
    );
    expect(state.tabs.get(TAB)).toEqual({
      site: 'example.com',
      cmp: 'didomi',
      applied: 'reject',
      byDefault: false,
      at: 77_000,
    });
    expect(state.shown).toEqual([{ tabId: TAB, choice: 'reject' }]);
  });

  it('does not count or store a choice applied by default, but still shows it as by default', async () => {
    const { service, state } = fakeApi({ prefs: { defaultChoice: 'accept' } });
    await service.handle(done('cookieyes'), top('https://shop.test/'));
    expect(state.memory).toEqual({});
    expect(state.saves).toBe(0);
    expect(state.tabs.get(TAB)).toEqual({
      site: 'shop.test',
      cmp: 'cookieyes',
      applied: 'accept',
      byDefault: true,
      at: 50_000,
    });
    expect(state.shown).toEqual([{ tabId: TAB, choice: 'accept' }]);
  });

  it.each<[string, ConsentMemory]>([
    ['no decision and no default', {}],
    ['a paused site', { 'example.com': decision({ paused: true, appliedCount: 1 }) }],
  ])('does nothing for %s', async (_label, memory) => {
    const { service, state } = fakeApi({ memory });
    await service.handle(done(), top('https://example.com/'));
    expect(state.memory).toEqual(memory);
    expect(state.saves).toBe(0);
    expect(state.tabs.has(TAB)).toBe(false);
    expect(state.shown).toEqual([]);
  });
});

describe('consent service: an application that did not take (pq-apply-failed)', () => {
  it('counts the failure, records the tab as failed and shows nothing applied', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision({ appliedCount: 2 }) } });
    await service.handle(failed('tarteaucitron deny'), top('https://www.example.com/'));
    expect(state.memory['example.com']).toEqual(decision({ appliedCount: 2, failures: 1 }));
    expect(state.tabs.get(TAB)).toEqual({
      site: 'example.com',
      cmp: 'tarteaucitron deny',
      applied: null,
      failed: 'reject',
      byDefault: false,
      at: 50_000,
    });
    expect(state.shown).toEqual([{ tabId: TAB, choice: null }]);
  });

  it('stops applying after three failures in a row, until the reader resumes; a success resets the count', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision() } });
    await service.handle(failed(), top('https://example.com/'));
    await service.handle(done(), top('https://example.com/'));
    expect(state.memory['example.com']?.failures).toBeUndefined();
    for (let i = 0; i < 3; i++) await service.handle(failed(), top('https://example.com/'));
    expect(state.memory['example.com']?.failures).toBe(3);
    state.sent = [];
    await service.handle(init('https://example.com/'), top('https://example.com/'));
    expect(initResp(state.sent).config.enabled).toBe(false);
    await service.pause('example.com', false);
    expect(state.memory['example.com']?.failures).toBeUndefined();
    state.sent = [];
    await service.handle(init('https://example.com/'), top('https://example.com/'));
    expect(initResp(state.sent).config.enabled).toBe(true);
  });
});

describe('consent service: a learned step', () => {
  const step = { container: '#cookie-bar', button: 'button.ok', text: 'alles klar' };

  it('goes to the top frame of its own site after the initResp, never to a subframe', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision({ learned: true, step }) } });
    await service.handle(init('https://www.example.com/'), top('https://www.example.com/'));
    expect(state.sent.map((s) => s.message.type)).toEqual(['initResp', 'pq-step']);
    expect(state.sent[1]).toEqual({ tabId: TAB, frameId: 0, message: { type: 'pq-step', step } });
    state.sent = [];
    await service.handle(
      init('https://www.example.com/ad'),
      frame('https://www.example.com/', 'https://www.example.com/ad'),
    );
    expect(state.sent.map((s) => s.message.type)).toEqual(['initResp']);
    state.sent = [];
    await service.handle(init('https://other.org/'), top('https://other.org/'));
    expect(state.sent.map((s) => s.message.type)).toEqual(['initResp']);
  });

  it('is removed on the reader’s word, the choice kept', async () => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision({ learned: true, step }) } });
    await service.removeStep('example.com');
    expect(state.memory['example.com']).toEqual(decision({ learned: true }));
  });
});

describe('consent service: sync', () => {
  it('another device’s forget removes a site decided before it, not one decided after', async () => {
    const { service, state } = fakeApi({
      memory: {
        'old.example': decision({ decidedAt: 1_000 }),
        'new.example': decision({ decidedAt: 9_000 }),
      },
    });
    await service.applySync({
      sites: { 'other.example': decision({ choice: 'accept' }) },
      forgotten: { 'old.example': 5_000, 'new.example': 5_000 },
    });
    expect(Object.keys(state.memory).sort()).toEqual(['new.example', 'other.example']);
    expect(state.forgotten).toEqual({ 'old.example': 5_000 });
  });
});

describe('consent service: the reader’s own click (pq-user-choice)', () => {
  it('records the choice, as learned, for the tab’s site, also from a consent frame on another domain', async () => {
    const { service, state } = fakeApi();
    state.clock = 60_000;
    await service.handle(
      userChoice('reject', 'Sourcepoint-frame'),
      frame('https://news.example.co.uk/story', 'https://cmp.vendor.test/index.html'),
    );
    expect(state.memory).toEqual({
      'example.co.uk': {
        choice: 'reject',
        cmp: 'Sourcepoint-frame',
        decidedAt: 60_000,
        appliedCount: 0,
        lastApplied: null,
        learned: true,
      },
    });
  });

  it('changes an earlier learned choice and keeps its history', async () => {
    const { service, state } = fakeApi({
      memory: {
        'example.com': decision({ choice: 'reject', appliedCount: 5, lastApplied: 900, learned: true }),
      },
    });
    await service.handle(userChoice('accept', 'didomi'), top('https://example.com/'));
    expect(state.memory['example.com']).toEqual(
      decision({
        choice: 'accept',
        cmp: 'didomi',
        decidedAt: 50_000,
        appliedCount: 5,
        lastApplied: 900,
        learned: true,
      }),
    );
  });

  // Issue 15, finding 2.
  it('never replaces a choice the reader set in the popup or the options page', async () => {
    const { service, state } = fakeApi();
    await service.choose('example.com', 'reject');
    const set = state.memory['example.com'];
    state.clock = 80_000;
    await service.handle(userChoice('accept', 'onetrust'), top('https://www.example.com/'));
    expect(state.memory['example.com']).toEqual(set);
    expect(set?.learned).toBeUndefined();
  });

  it('keeps the step a label-decided click taught, and only then', async () => {
    const step = { container: '#cookie-bar', button: 'button.ok', text: 'alles klar' };
    const { service, state } = fakeApi();
    await service.handle(userChoice('accept', '', { by: 'label', step }), top('https://a.example/'));
    await service.handle(userChoice('accept', 'x', { by: 'structure', step }), top('https://b.example/'));
    expect(state.memory['a.example']?.step).toEqual(step);
    expect(state.memory['b.example']?.step).toBeUndefined();
  });

  it('does not lose either write when two frames decide at once (two different sites)', async () => {
    const { state, service } = fakeApi();
    await Promise.all([
      service.handle(userChoice('reject'), top('https://a.example/', 1)),
      service.handle(userChoice('accept'), top('https://b.example/', 2)),
    ]);
    expect(Object.keys(state.memory).sort()).toEqual(['a.example', 'b.example']);
    expect(state.memory['a.example']?.choice).toBe('reject');
    expect(state.memory['b.example']?.choice).toBe('accept');
  });

  it('does not lose a popup change made while a frame records a choice', async () => {
    const { state, service } = fakeApi({ memory: { 'old.example': decision() } });
    await Promise.all([
      service.handle(userChoice('reject'), top('https://a.example/')),
      service.forget('old.example'),
      service.choose('c.example', 'accept'),
    ]);
    expect(Object.keys(state.memory).sort()).toEqual(['a.example', 'c.example']);
  });

  it('keeps working after a failed save', async () => {
    const { api, state } = fakeApi();
    let failNext = true;
    const service = createConsentService({
      ...api,
      async saveMemory(memory) {
        if (failNext) {
          failNext = false;
          throw new Error('quota');
        }
        await api.saveMemory(memory);
      },
    });
    await expect(service.handle(userChoice('reject'), top('https://a.example/'))).rejects.toThrow('quota');
    await service.handle(userChoice('accept'), top('https://b.example/'));
    expect(Object.keys(state.memory)).toEqual(['b.example']);
  });
});

describe('consent service: senders it ignores', () => {
  it.each<[string, Sender]>([
    ['no tab', { frameId: 0, url: 'https://example.com/' }],
    ['a tab without an id', { tab: { url: 'https://example.com/' }, frameId: 0 }],
    ['a negative tab id (not a real tab)', { tab: { id: -1, url: 'https://example.com/' }, frameId: 0 }],
  ])('%s', async (_label, sender) => {
    const { service, state } = fakeApi({ memory: { 'example.com': decision() } });
    for (const message of [
      init('https://example.com/'),
      { type: 'eval', id: '1', code: '', snippetId: 'EVAL_0' } as HandledMessage,
      popupFound(false),
      done(),
      userChoice('accept'),
    ]) {
      await service.handle(message, sender);
    }
    expect(state.sent).toEqual([]);
    expect(state.snippets).toEqual([]);
    expect(state.shown).toEqual([]);
    expect(state.tabs.size).toBe(0);
    expect(state.saves).toBe(0);
  });
});

describe('consent service: the popup and options page', () => {
  it('choose records the choice, unpauses, keeps the cmp and restarts the tab', async () => {
    const { service, state } = fakeApi({
      memory: { 'example.com': decision({ choice: 'reject', cmp: 'didomi', paused: true, appliedCount: 2 }) },
    });
    state.clock = 90_000;
    const memory = await service.choose('example.com', 'accept', TAB);
    const expected = decision({ choice: 'accept', cmp: 'didomi', decidedAt: 90_000, appliedCount: 2 });
    expect(memory['example.com']).toEqual(expected);
    expect(state.memory['example.com']).toEqual(expected);
    expect(state.sent).toEqual([{ tabId: TAB, frameId: undefined, message: { type: 'pq-restart' } }]);
  });

  it('choose on a new site without a tab records it and sends nothing', async () => {
    const { service, state } = fakeApi();
    await service.choose('new.example', 'reject');
    expect(state.memory['new.example']).toEqual({
      choice: 'reject',
      cmp: '',
      decidedAt: 50_000,
      appliedCount: 0,
      lastApplied: null,
    });
    expect(state.sent).toEqual([]);
  });

  it('choose ignores a key that is not a site', async () => {
    const { service, state } = fakeApi();
    await service.choose('www.example.com', 'reject');
    expect(state.memory).toEqual({});
  });

  it('forget removes only that site, and leaves a deletion marker for sync', async () => {
    const { service, state } = fakeApi({ memory: { 'a.example': decision(), 'b.example': decision() } });
    await service.forget('a.example');
    expect(Object.keys(state.memory)).toEqual(['b.example']);
    expect(state.forgotten).toEqual({ 'a.example': 50_000 });
  });

  it('pause and resume change the flag and the decision time', async () => {
    const { service, state } = fakeApi({ memory: { 'a.example': decision({ decidedAt: 1 }) } });
    state.clock = 5_000;
    await service.pause('a.example', true);
    expect(state.memory['a.example']).toEqual(decision({ decidedAt: 5_000, paused: true }));
    state.clock = 6_000;
    await service.pause('a.example', false);
    expect(state.memory['a.example']).toEqual(decision({ decidedAt: 6_000 }));
  });

  it('importSites merges: the newer decision wins per site, other sites are kept', async () => {
    const { service, state } = fakeApi({
      memory: {
        'keep.example': decision({ choice: 'reject', decidedAt: 100 }),
        'older-here.example': decision({ choice: 'reject', decidedAt: 100 }),
        'newer-here.example': decision({ choice: 'reject', decidedAt: 300 }),
      },
    });
    await service.importSites({
      'older-here.example': decision({ choice: 'accept', decidedAt: 200 }),
      'newer-here.example': decision({ choice: 'accept', decidedAt: 200 }),
      'new.example': decision({ choice: 'accept', decidedAt: 50 }),
    });
    expect(state.memory['keep.example']?.choice).toBe('reject');
    expect(state.memory['older-here.example']?.choice).toBe('accept');
    expect(state.memory['newer-here.example']?.choice).toBe('reject');
    expect(state.memory['new.example']?.choice).toBe('accept');
  });

  it('clear forgets every site, each with a deletion marker', async () => {
    const { service, state } = fakeApi({ memory: { 'a.example': decision(), 'b.example': decision() } });
    await service.clear();
    expect(state.memory).toEqual({});
    expect(state.forgotten).toEqual({ 'a.example': 50_000, 'b.example': 50_000 });
  });

  it('list returns the stored sites', async () => {
    const memory = { 'a.example': decision() };
    const { service } = fakeApi({ memory });
    expect(await service.list()).toEqual(memory);
  });

  it('status gives the tab’s site, its decision, the tab status and the prefs', async () => {
    const tab: TabConsent = { site: 'example.co.uk', cmp: 'x', applied: 'reject', byDefault: false, at: 3 };
    const { service, state } = fakeApi({
      memory: { 'example.co.uk': decision({ choice: 'accept' }) },
      prefs: { defaultChoice: 'reject', sync: true },
    });
    state.tabs.set(TAB, tab);
    expect(await service.status(TAB, 'https://news.example.co.uk/a')).toEqual({
      site: 'example.co.uk',
      decision: decision({ choice: 'accept' }),
      tab,
      prefs: { defaultChoice: 'reject', sync: true },
    });
  });

  it.each<[string, string | undefined, string | null]>([
    ['an undecided site', 'https://other.example/', 'other.example'],
    ['a browser page', 'chrome://settings/', null],
    ['no URL', undefined, null],
  ])('status for %s has no decision', async (_label, url, site) => {
    const { service } = fakeApi({ memory: { 'example.co.uk': decision() } });
    expect(await service.status(TAB, url)).toMatchObject({ site, decision: null, tab: null });
  });

  it('status does not read an inherited key as a decision', async () => {
    const { service } = fakeApi();
    expect((await service.status(TAB, 'http://constructor/')).decision).toBeNull();
  });

  describe('tabStatus: what an earlier page recorded holds only while it still could be true', () => {
    const applied: TabConsent = { site: 'example.com', cmp: 'x', applied: 'reject', byDefault: false, at: 3 };

    it.each<[string, string | undefined, ConsentMemory, Partial<ConsentPrefs>, boolean]>([
      ['the same site, still decided', 'https://news.example.com/b', { 'example.com': decision() }, {}, true],
      ['another site in the tab now', 'https://other.example/', { 'example.com': decision() }, {}, false],
      ['the site forgotten since', 'https://www.example.com/', {}, {}, false],
      [
        'the site paused since',
        'https://example.com/',
        { 'example.com': decision({ paused: true }) },
        {},
        false,
      ],
      ['forgotten, but a default applies', 'https://example.com/', {}, { defaultChoice: 'reject' }, true],
      ['a browser page now', 'chrome://newtab/', { 'example.com': decision() }, {}, false],
      ['no URL', undefined, { 'example.com': decision() }, {}, false],
    ])('%s', async (_label, url, memory, prefs, holds) => {
      const { service, state } = fakeApi({ memory, prefs });
      state.tabs.set(TAB, applied);
      expect(await service.tabStatus(TAB, url)).toEqual(holds ? applied : null);
      expect((await service.status(TAB, url)).tab).toEqual(holds ? applied : null);
    });
  });

  it('tabClosed clears the tab status', async () => {
    const { service, state } = fakeApi();
    state.tabs.set(TAB, { site: 'a.example', cmp: 'x', applied: 'accept', byDefault: true, at: 1 });
    await service.tabClosed(TAB);
    expect(state.tabs.get(TAB)).toBeNull();
  });
});
