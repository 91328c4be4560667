import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, type Handlers, isTrustedSender } from '@/utils/router';

const runtime = { id: 'pullquote-id', getURL: (p: string) => `chrome-extension://pullquote-id${p}` };
const popup: Browser.runtime.MessageSender = {
  id: 'pullquote-id',
  url: 'chrome-extension://pullquote-id/popup.html',
};

describe('isTrustedSender', () => {
  it.each<[string, Browser.runtime.MessageSender, boolean]>([
    ['our popup', popup, true],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, false],
    [
      'our content script in a web page',
      {
        id: 'pullquote-id',
        url: 'https://evil.example/',
        tab: { url: 'https://evil.example/' } as Browser.tabs.Tab,
      },
      false,
    ],
    ['no url', { id: 'pullquote-id' }, false],
  ])('%s → %s', (_label, sender, trusted) => {
    expect(isTrustedSender(sender, runtime)).toBe(trusted);
  });
});

/** Handlers a test does not call: each fails loudly if it is reached. */
function otherHandlers(): Omit<Handlers, 'capturePage'> {
  const unexpected = async () => {
    throw new Error('unexpected handler');
  };
  return {
    consentStatus: unexpected,
    consentChoose: unexpected,
    consentForget: unexpected,
    consentPause: unexpected,
    consentRemoveStep: unexpected,
    consentList: unexpected,
    consentImport: unexpected,
    consentClear: unexpected,
    consentSetPrefs: unexpected,
    librarySave: unexpected,
    libraryLookup: unexpected,
    libraryFetchPending: unexpected,
    libraryKeepPost: unexpected,
  };
}

describe('createRouter', () => {
  const snapshotResult = { ok: false as const, reason: 'no-tab' as const };
  const handlers: Handlers = { ...otherHandlers(), capturePage: vi.fn(async () => snapshotResult) };
  const route = createRouter(handlers, runtime);

  it('dispatches a valid message to its one handler', async () => {
    await expect(
      route({ channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 3 } }, popup),
    ).resolves.toEqual(snapshotResult);
    expect(handlers.capturePage).toHaveBeenCalledWith({ tabId: 3 }, popup);
  });

  it('leaves messages that are not ours to other listeners', () => {
    expect(route({ type: 'somethingElse' }, popup)).toBeUndefined();
    expect(route('hello', popup)).toBeUndefined();
  });

  it('refuses untrusted senders with an error answer', async () => {
    const answer = await route(
      { channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 3 } },
      { id: 'other', url: 'https://x.example/' },
    );
    expect(answer).toEqual({ error: expect.stringContaining('only accepted') });
  });

  it('turns a handler failure into an error answer instead of a dropped promise', async () => {
    const failing = createRouter(
      {
        ...otherHandlers(),
        capturePage: async () => {
          throw new Error('boom');
        },
      },
      runtime,
    );
    await expect(
      failing({ channel: 'pagesToBackground', type: 'capturePage', payload: { tabId: 1 } }, popup),
    ).resolves.toEqual({
      error: 'boom',
    });
  });
});
