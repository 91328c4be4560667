import type { Article } from './article/types';
import { isPostedCard } from './bluesky/library';
import type { ConsentChoice, ConsentPrefs } from './consent/engine';
import type { TabConsent } from './consent/service';
import type { ConsentMemory, SiteDecision } from './consent/types';
import { isRecord } from './is-record';
import type { LibraryCard } from './library/types';
import { type Localized, localizedOf } from './localized';
import { type Envelope, openEnvelope, seal } from './messaging/envelope';
import { sendToExtension } from './messaging/send';
import type { CaptureResult } from './page/capture';
import { isPageSnapshot } from './page/snapshot';

/**
 * The extension pages' requests to the background worker: the `pagesToBackground` channel of the one
 * envelope (utils/messaging/envelope.ts), `{ channel, type, payload }` with a JSON payload; `validators`
 * checks each request before a handler sees it.
 */
export interface ProtocolMap {
  /** Inject entrypoints/extract.ts into a tab and return its snapshot (or why the browser refused). */
  capturePage: { request: { tabId: number }; response: CaptureResult };
  /** This tab's site, its remembered cookie choice and what was applied on the page now open. */
  consentStatus: { request: { tabId: number }; response: ConsentStatus };
  /** Remember a choice for a site (and apply it to the tab at once, when given). */
  consentChoose: { request: { site: string; choice: ConsentChoice; tabId?: number }; response: Done };
  consentForget: { request: { site: string }; response: Done };
  consentPause: { request: { site: string; paused: boolean }; response: Done };
  consentRemoveStep: { request: { site: string }; response: Done };
  consentList: { request: Record<string, never>; response: { sites: ConsentMemory; prefs: ConsentPrefs } };
  /** Merge sites from an import; newer decisions win. */
  consentImport: { request: { sites: ConsentMemory }; response: Done };
  consentClear: { request: Record<string, never>; response: Done };
  consentSetPrefs: { request: { prefs: ConsentPrefs }; response: Done };
  /** Save an article the popup already extracted (same canonical URL: updated, never duplicated). */
  librarySave: {
    request: { article: Article; pageUrl: string; tabId?: number };
    response: { ok: true; id: string };
  };
  /** Is this URL in the library? (the popup's Save button, the toolbar icon) */
  libraryLookup: { request: { url: string }; response: { saved: boolean; id: string | null } };
  /** Fetch and extract saved links with no content yet (all pending ones, or these ids) in the background. */
  libraryFetchPending: { request: { ids?: string[] }; response: Done };
  /** Keep a card posted to Bluesky with its article, when the article is in the library. */
  libraryKeepPost: { request: { url: string; card: LibraryCard }; response: { ok: true; kept: boolean } };
}

export interface Done {
  ok: true;
}

export interface ConsentStatus {
  /** Null for pages that are not http(s). */
  site: string | null;
  decision: SiteDecision | null;
  tab: TabConsent | null;
  prefs: ConsentPrefs;
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];
export type Message<K extends MessageType = MessageType> = Envelope<'pagesToBackground', K, Request<K>>;

type Validators = { [K in MessageType]: (data: unknown) => data is Request<K> };

const isTabId = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
// The shape of a site key; the background checks it against the public suffix list, which is kept out of
// the pages' first chunk.
const isSite = (value: unknown) =>
  typeof value === 'string' && value.length <= 253 && /^[a-z0-9.:\-[\]]+$/.test(value);
const isChoice = (value: unknown) => value === 'accept' || value === 'reject';
const isEmpty = (data: unknown) => isRecord(data) && Object.keys(data).length === 0;

export const validators: Validators = {
  capturePage: (data): data is Request<'capturePage'> => isRecord(data) && isTabId(data.tabId),
  consentStatus: (data): data is Request<'consentStatus'> => isRecord(data) && isTabId(data.tabId),
  consentChoose: (data): data is Request<'consentChoose'> =>
    isRecord(data) &&
    isSite(data.site) &&
    isChoice(data.choice) &&
    (data.tabId === undefined || isTabId(data.tabId)),
  consentForget: (data): data is Request<'consentForget'> => isRecord(data) && isSite(data.site),
  consentPause: (data): data is Request<'consentPause'> =>
    isRecord(data) && isSite(data.site) && typeof data.paused === 'boolean',
  consentRemoveStep: (data): data is Request<'consentRemoveStep'> => isRecord(data) && isSite(data.site),
  consentList: (data): data is Request<'consentList'> => isEmpty(data),
  // The sites themselves are normalized by the handler (utils/consent/pure normalizeMemory).
  consentImport: (data): data is Request<'consentImport'> => isRecord(data) && isRecord(data.sites),
  consentClear: (data): data is Request<'consentClear'> => isEmpty(data),
  consentSetPrefs: (data): data is Request<'consentSetPrefs'> => isRecord(data) && isRecord(data.prefs),
  // The article is checked field by field by the handler (it comes from our own popup's extraction).
  librarySave: (data): data is Request<'librarySave'> =>
    isRecord(data) &&
    isRecord(data.article) &&
    typeof data.pageUrl === 'string' &&
    (data.tabId === undefined || isTabId(data.tabId)),
  libraryLookup: (data): data is Request<'libraryLookup'> => isRecord(data) && typeof data.url === 'string',
  libraryFetchPending: (data): data is Request<'libraryFetchPending'> =>
    isRecord(data) &&
    (data.ids === undefined ||
      (Array.isArray(data.ids) &&
        data.ids.length <= 100_000 &&
        data.ids.every((id) => typeof id === 'string'))),
  libraryKeepPost: (data): data is Request<'libraryKeepPost'> =>
    isRecord(data) && typeof data.url === 'string' && data.url.length <= 4096 && isPostedCard(data.card),
};

/** Narrow an unknown runtime message to a valid request of the pages' channel, or null. */
export function parseMessage(raw: unknown): Message | null {
  const opened = openEnvelope(raw, 'pagesToBackground');
  if (!opened || !Object.hasOwn(validators, opened.type)) return null;
  const type = opened.type as MessageType;
  return validators[type](opened.payload) ? seal('pagesToBackground', type, opened.payload) : null;
}

const isDone = (value: unknown): value is Done => isRecord(value) && value.ok === true;

export const responseGuards: { [K in MessageType]: (value: unknown) => value is Response<K> } = {
  capturePage: (value): value is CaptureResult =>
    isRecord(value) &&
    ((value.ok === true && isPageSnapshot(value.snapshot)) ||
      (value.ok === false && typeof value.reason === 'string')),
  consentStatus: (value): value is ConsentStatus =>
    isRecord(value) && (value.site === null || typeof value.site === 'string') && isRecord(value.prefs),
  consentChoose: isDone,
  consentForget: isDone,
  consentPause: isDone,
  consentRemoveStep: isDone,
  consentList: (value): value is Response<'consentList'> =>
    isRecord(value) && isRecord(value.sites) && isRecord(value.prefs),
  consentImport: isDone,
  consentClear: isDone,
  consentSetPrefs: isDone,
  librarySave: (value): value is Response<'librarySave'> =>
    isRecord(value) && value.ok === true && typeof value.id === 'string',
  libraryLookup: (value): value is Response<'libraryLookup'> =>
    isRecord(value) && typeof value.saved === 'boolean',
  libraryFetchPending: isDone,
  libraryKeepPost: (value): value is Response<'libraryKeepPost'> =>
    isRecord(value) && value.ok === true && typeof value.kept === 'boolean',
};

export class MessageError extends Error {
  override name = 'MessageError';
  /** The background's message for the reader, translated by the page (utils/i18n `errorText`). */
  readonly localized?: Localized;

  constructor(message: string, localized?: Localized) {
    super(message);
    this.localized = localized;
  }
}

/**
 * Send a typed request to the background. Sending wakes a stopped service worker; an answer that is
 * missing or of the wrong shape becomes a MessageError rather than a silent `undefined`.
 */
export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const answer: unknown = await sendToExtension(seal('pagesToBackground', type, data));
  if (isRecord(answer) && typeof answer.error === 'string') {
    throw new MessageError(answer.error, localizedOf(answer));
  }
  if (!responseGuards[type](answer)) throw new MessageError(`No valid answer to "${type}"`);
  return answer;
}
