import type { AutoConsentCMPRule, BackgroundMessage } from '@duckduckgo/autoconsent';
import {
  actionFor,
  autoActionFor,
  type ConsentChoice,
  type ConsentPrefs,
  configFor,
  planFor,
  rulesForFrame,
} from './engine';
import type { HandledMessage, RestartMessage, StepMessage } from './protocol';
import {
  applyForgotten,
  type Forgotten,
  forget,
  getDecision,
  markForgotten,
  mergeForgotten,
  mergeMemories,
  pruneForgotten,
  recordApplied,
  recordChoice,
  recordFailure,
  removeStep,
  setPaused,
} from './pure';
import { siteKey } from './site-key';
import type { ConsentMemory } from './types';

/** What the popup shows for the current tab: the site, what was found on this page and what was done. */
export interface TabConsent {
  site: string;
  cmp: string;
  /** The choice applied on this page and verified to have taken; null when nothing was (yet). */
  applied: ConsentChoice | null;
  /** The choice could not be applied, or did not take, after every retry: the reader should answer the banner. */
  failed?: ConsentChoice;
  /** The choice came from "on sites I haven't decided" rather than the reader's choice for this site. */
  byDefault: boolean;
  at: number;
}

/** Everything the service touches outside itself, so it runs the same under unit tests. */
export interface ConsentApi {
  /** autoconsent's full rule list (loaded on first use; the compact list drops every opt-in step). */
  rules(): Promise<readonly AutoConsentCMPRule[]>;
  loadMemory(): Promise<ConsentMemory>;
  saveMemory(memory: ConsentMemory): Promise<void>;
  /** The forgotten sites' markers (utils/consent/forgotten.ts). */
  loadForgotten(): Promise<Forgotten>;
  saveForgotten(forgotten: Forgotten): Promise<void>;
  loadPrefs(): Promise<ConsentPrefs>;
  sendToFrame(
    tabId: number,
    frameId: number | undefined,
    message: BackgroundMessage | RestartMessage | StepMessage,
  ): Promise<void>;
  runSnippet(tabId: number, frameId: number, snippetId: string): Promise<unknown>;
  /** Puts autoconsent itself into the frame (consent-engine.js), next to the always-on content script. */
  injectEngine(tabId: number, frameId: number): Promise<void>;
  /** Puts autoconsent's page-world checks into the frame (consent-main.js), so its evals need no round trip. */
  injectPageChecks(tabId: number, frameId: number): Promise<void>;
  setTabConsent(tabId: number, status: TabConsent | null): Promise<void>;
  getTabConsent(tabId: number): Promise<TabConsent | null>;
  showApplied(tabId: number, choice: ConsentChoice | null): Promise<void>;
  now(): number;
}

export interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/** A tab's record of what was applied, if it holds for the tab's site now (see `tabStatus`). */
function stillHolds(
  status: TabConsent | null,
  site: string | null,
  memory: ConsentMemory,
  prefs: ConsentPrefs,
): TabConsent | null {
  if (!status || site === null || site !== status.site) return null;
  return planFor(getDecision(memory, site), prefs).choice ? status : null;
}

type Change = (memory: ConsentMemory) => ConsentMemory;
type ChangeBoth = (memory: ConsentMemory, forgotten: Forgotten) => [ConsentMemory, Forgotten];

/**
 * One queue for every change to the stored sites, so two frames answering at once cannot overwrite each
 * other. `mutateBoth` changes the memory and the forgotten sites' markers together, in the same queue.
 */
function memoryQueue(api: ConsentApi) {
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => {});
    return next;
  };
  return {
    mutate: (change: Change): Promise<ConsentMemory> =>
      run(async () => {
        const current = await api.loadMemory();
        const updated = change(current);
        if (updated !== current) await api.saveMemory(updated);
        return updated;
      }),
    mutateBoth: (change: ChangeBoth): Promise<ConsentMemory> =>
      run(async () => {
        const [memory, forgotten] = await Promise.all([api.loadMemory(), api.loadForgotten()]);
        const [updated, markers] = change(memory, forgotten);
        await api.saveForgotten(pruneForgotten(markers, updated, api.now()));
        await api.saveMemory(updated);
        return updated;
      }),
  };
}
type MemoryQueue = ReturnType<typeof memoryQueue>;

async function planForSite(api: ConsentApi, site: string) {
  const [memory, prefs] = await Promise.all([api.loadMemory(), api.loadPrefs()]);
  return planFor(getDecision(memory, site), prefs);
}

/**
 * What was applied on the tab's page, if it still holds. A page of a site with nothing to apply sends no
 * `init` (utils/consent/gate.ts), so nothing clears what an earlier page in the tab recorded: it holds
 * only for the tab's current site, and only while that site still has a choice to apply (not forgotten,
 * not paused).
 */
async function tabStatus(
  api: ConsentApi,
  tabId: number,
  url: string | undefined,
): Promise<TabConsent | null> {
  const status = await api.getTabConsent(tabId);
  const site = url ? siteKey(url) : null;
  // Most pages have no record: answered without reading the memory (the badge asks on every load).
  if (!status || site !== status.site) return null;
  const [memory, prefs] = await Promise.all([api.loadMemory(), api.loadPrefs()]);
  return stillHolds(status, site, memory, prefs);
}

/** The popup's view of a tab: its site, the site's decision, and what was applied on the page now open. */
async function statusOf(api: ConsentApi, tabId: number, url: string | undefined) {
  const site = url ? siteKey(url) : null;
  const [memory, prefs, tab] = await Promise.all([
    api.loadMemory(),
    api.loadPrefs(),
    api.getTabConsent(tabId),
  ]);
  return {
    site,
    decision: site ? (getDecision(memory, site) ?? null) : null,
    tab: stillHolds(tab, site, memory, prefs),
    prefs,
  };
}

/** Where a content script's message came from: its tab, its frame and the tab's top site. */
interface FrameContext {
  api: ConsentApi;
  queue: MemoryQueue;
  tabId: number;
  frameId: number;
  site: string | null;
}

type MessageOf<T extends HandledMessage['type']> = Extract<HandledMessage, { type: T }>;

async function onInit({ api, tabId, frameId, site }: FrameContext, message: MessageOf<'init'>) {
  const plan = site ? await planForSite(api, site) : { choice: null, own: false };
  const rules = plan.choice ? rulesForFrame(await api.rules(), message.url, frameId === 0) : [];
  // The engine first, so it is there when the answer arrives; a frame that refuses it (gone, or not
  // scriptable) gets the answer anyway and does nothing.
  if (plan.choice) await api.injectEngine(tabId, frameId).catch(() => {});
  // Answered first: the frame's prehide waits for this on every page load.
  await api.sendToFrame(tabId, frameId, {
    type: 'initResp',
    config: { ...configFor(plan) } as never,
    rules: { autoconsent: rules },
  });
  if (plan.choice) void api.injectPageChecks(tabId, frameId).catch(() => {});
  // A step learned on this site's banner, for the top frame it was learned in (and of this site only:
  // the site is the tab's, and the frame is the top one).
  const step = plan.own && frameId === 0 && site ? (await api.loadMemory())[site]?.step : undefined;
  if (plan.choice && step) await api.sendToFrame(tabId, frameId, { type: 'pq-step', step });
  // A new page in the tab: forget what was applied on the last one, only if anything was (the
  // badge is redrawn when the page finishes loading anyway).
  if (frameId === 0 && (await api.getTabConsent(tabId))) {
    await api.setTabConsent(tabId, null);
    await api.showApplied(tabId, null);
  }
}

async function onEval({ api, tabId, frameId }: FrameContext, message: MessageOf<'eval'>) {
  const result = await api.runSnippet(tabId, frameId, message.snippetId as string).catch(() => false);
  await api.sendToFrame(tabId, frameId, { type: 'evalResp', id: message.id, result });
}

async function onPopupFound({ api, tabId, frameId, site }: FrameContext, message: MessageOf<'popupFound'>) {
  if (!site) return;
  const plan = await planForSite(api, site);
  // autoconsent is already acting on its own (configFor): a second answer would run the steps twice.
  if (autoActionFor(plan) !== null) return;
  const action = actionFor(plan, message.payWall);
  if (action) await api.sendToFrame(tabId, frameId, { type: action });
}

/** Applied and checked (utils/consent/apply.ts): only now does the tab say "applied". */
async function onApplied({ api, queue, tabId, site }: FrameContext, message: MessageOf<'pq-applied'>) {
  if (!site) return;
  const plan = await planForSite(api, site);
  if (!plan.choice) return;
  // The tab first: the reader sees "applied" as soon as it is known; the count follows.
  await api.setTabConsent(tabId, {
    site,
    cmp: message.cmp,
    applied: plan.choice,
    byDefault: !plan.own,
    at: api.now(),
  });
  await api.showApplied(tabId, plan.choice);
  if (plan.own) await queue.mutate((current) => recordApplied(current, site, api.now(), message.cmp));
}

async function onApplyFailed(
  { api, queue, tabId, site }: FrameContext,
  message: MessageOf<'pq-apply-failed'>,
) {
  if (!site) return;
  const plan = await planForSite(api, site);
  if (!plan.choice) return;
  if (plan.own) await queue.mutate((current) => recordFailure(current, site));
  await api.setTabConsent(tabId, {
    site,
    cmp: message.cmp,
    applied: null,
    failed: plan.choice,
    byDefault: !plan.own,
    at: api.now(),
  });
  await api.showApplied(tabId, null);
}

/** Learned from a click in a platform's dialog: never over a choice set in the popup or options. */
async function onUserChoice({ api, queue, site }: FrameContext, message: MessageOf<'pq-user-choice'>) {
  if (!site) return;
  const step = message.by === 'label' ? message.step : undefined;
  await queue.mutate((current) =>
    recordChoice(current, site, message.choice, message.cmp, api.now(), { learned: true, step }),
  );
}

/** One message from a content script. The site is always the tab's top page, never the frame's. */
async function handle(api: ConsentApi, queue: MemoryQueue, message: HandledMessage, sender: Sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const frameId = sender.frameId ?? 0;
  const topUrl = sender.tab?.url ?? (frameId === 0 ? sender.url : undefined);
  const context: FrameContext = { api, queue, tabId, frameId, site: topUrl ? siteKey(topUrl) : null };
  switch (message.type) {
    case 'init':
      return onInit(context, message);
    case 'eval':
      return onEval(context, message);
    case 'popupFound':
      return onPopupFound(context, message);
    case 'pq-applied':
      return onApplied(context, message);
    case 'pq-apply-failed':
      return onApplyFailed(context, message);
    case 'pq-user-choice':
      return onUserChoice(context, message);
    default:
      return;
  }
}

/**
 * The background half of consent memory. Holds nothing in memory between events (the worker may stop at
 * any time): every decision reads storage, and every change to the stored sites goes through one queue
 * (`memoryQueue`).
 */
export function createConsentService(api: ConsentApi) {
  const queue = memoryQueue(api);
  const { mutate, mutateBoth } = queue;
  return {
    handle: (message: HandledMessage, sender: Sender): Promise<void> => handle(api, queue, message, sender),
    /** The reader set a choice for a site from the popup or the options page; applied to the tab at once. */
    async choose(site: string, choice: ConsentChoice, tabId?: number): Promise<ConsentMemory> {
      const now = api.now();
      const memory = await mutate((current) =>
        setPaused(
          recordChoice(current, site, choice, getDecision(current, site)?.cmp ?? '', now),
          site,
          false,
          now,
        ),
      );
      if (tabId !== undefined) await api.sendToFrame(tabId, undefined, { type: 'pq-restart' });
      return memory;
    },
    /** Forgets the site here and, through a deletion marker, on the reader's other devices. */
    forget: (site: string) =>
      mutateBoth((memory, forgotten) => [forget(memory, site), markForgotten(forgotten, [site], api.now())]),
    pause: (site: string, paused: boolean) =>
      mutate((current) => setPaused(current, site, paused, api.now())),
    /** The reader removed the site's learned step in the options page. */
    removeStep: (site: string) => mutate((current) => removeStep(current, site)),
    importSites: (sites: ConsentMemory) => mutate((current) => mergeMemories(current, sites)),
    /** What another device synced: its decisions merged, its markers applied and kept. */
    applySync: (synced: { sites: ConsentMemory; forgotten: Forgotten }) =>
      mutateBoth((memory, forgotten) => {
        const markers = mergeForgotten(forgotten, synced.forgotten);
        return [applyForgotten(mergeMemories(memory, synced.sites), markers), markers];
      }),
    clear: () =>
      mutateBoth((memory, forgotten) => [{}, markForgotten(forgotten, Object.keys(memory), api.now())]),
    list: () => api.loadMemory(),
    tabClosed: (tabId: number) => api.setTabConsent(tabId, null),
    tabStatus: (tabId: number, url: string | undefined) => tabStatus(api, tabId, url),
    status: (tabId: number, url: string | undefined) => statusOf(api, tabId, url),
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
