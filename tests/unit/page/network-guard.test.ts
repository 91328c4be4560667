import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allowUserServer,
  blocksExtensionRequest,
  forgetUserServer,
  GUARD_RULE_IDS,
  guardRules,
  installLocalNetworkGuard,
  type RequestDetails,
  USER_SERVER_RULE_ID,
  userServerOrigin,
} from '@/utils/page/network-guard';
import { RUNS } from '../properties/arbitraries';
import { dnrOutcome, fakeSessionRules, type SessionRule } from '../support/session-rules';

// Firefox's MV2 build has no declarativeNetRequest: a blocking webRequest listener stops the extension's own
// requests to the local network there, redirects included (issue 15, finding 6).
const ORIGIN = 'moz-extension://5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b/';
const BACKGROUND = `${ORIGIN}_generated_background_page.html`;

describe('blocksExtensionRequest', () => {
  it.each([
    [
      'a redirect of a saved link to a router',
      { url: 'http://192.168.0.1/', type: 'xmlhttprequest', originUrl: BACKGROUND },
      true,
    ],
    [
      'loopback from the studio',
      { url: 'http://127.0.0.1:8080/x.png', type: 'image', originUrl: `${ORIGIN}studio.html` },
      true,
    ],
    [
      'cloud metadata',
      { url: 'http://169.254.169.254/latest', type: 'xmlhttprequest', documentUrl: BACKGROUND },
      true,
    ],
    [
      'a public page the extension fetches',
      { url: 'https://news.example/a', type: 'xmlhttprequest', originUrl: BACKGROUND },
      false,
    ],
    [
      'a web page’s own request to its router',
      { url: 'http://192.168.0.1/', type: 'xmlhttprequest', originUrl: 'https://router-setup.example/' },
      false,
    ],
    [
      'another extension’s request',
      { url: 'http://127.0.0.1/', type: 'xmlhttprequest', originUrl: 'moz-extension://other/page.html' },
      false,
    ],
    [
      'the reader opening a local page in a tab',
      { url: 'http://localhost:3000/', type: 'main_frame', originUrl: `${ORIGIN}library.html` },
      false,
    ],
  ])('%s: %s', (_name, details, blocked) => {
    expect(blocksExtensionRequest(details, ORIGIN)).toBe(blocked);
  });
});

// Issue 16 against finding 6: the Bluesky server the reader types (a self-hosted PDS, on this computer in
// the tests) is a request they asked for. Exactly that origin is let through; nothing found from it is.
const PDS = 'http://localhost:2583';
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('userServerOrigin: only an origin becomes a rule', () => {
  it.each([
    'http://localhost:2583',
    'https://pds.example.com',
    'http://127.0.0.1:2583',
    'http://[::1]:2583',
    'https://xn--bcher-kva.example',
  ])('accepts %s', (origin) => {
    expect(userServerOrigin(origin)).toBe(origin);
  });

  it.each([
    ['a path', 'http://localhost:2583/xrpc'],
    ['a trailing slash', 'http://localhost:2583/'],
    ['credentials', 'http://user@localhost:2583'],
    ['a default port spelled out', 'https://pds.example.com:443'],
    ['upper case', 'http://LOCALHOST:2583'],
    ['a wildcard', 'http://*.example.com'],
    ['another scheme', 'ws://localhost:2583'],
    ['javascript', 'javascript:alert(1)'],
    ['no scheme', 'localhost:2583'],
    ['nothing', ''],
    ['a query', 'http://localhost:2583?x'],
  ])('refuses %s', (_name, value) => {
    expect(userServerOrigin(value)).toBeNull();
  });
});

describe('the guard’s rule set with the reader’s server', () => {
  const outcome = (rules: SessionRule[], url: string) => dnrOutcome(rules, url, EXTENSION_ID);

  it('has no allow rule when the reader named no server', () => {
    const rules = guardRules(EXTENSION_ID, null);
    expect(rules.map((rule) => rule.action.type)).toEqual(GUARD_RULE_IDS.map(() => 'block'));
    expect(outcome(rules, `${PDS}/xrpc/com.atproto.server.createSession`)).toBe('block');
  });

  it('adds one allow rule for exactly that origin, above every block rule, for the extension only', () => {
    const rules = guardRules(EXTENSION_ID, PDS);
    const allow = rules.filter((rule) => rule.action.type === 'allow');
    expect(allow).toEqual([
      {
        id: USER_SERVER_RULE_ID,
        priority: 2,
        action: { type: 'allow' },
        condition: { urlFilter: `|${PDS}/`, initiatorDomains: [EXTENSION_ID] },
      },
    ]);
    const blockPriorities = rules.filter((rule) => rule.action.type === 'block').map((rule) => rule.priority);
    expect(Math.max(...blockPriorities)).toBeLessThan(allow[0]?.priority ?? 0);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it.each([
    [`${PDS}/xrpc/com.atproto.server.createSession`, 'allow'],
    [`${PDS}/xrpc/com.atproto.repo.uploadBlob?x=1`, 'allow'],
    [`${PDS}/`, 'allow'],
    ['http://localhost:2584/xrpc/x', 'block'],
    ['http://localhost:25830/xrpc/x', 'block'],
    ['http://localhost/xrpc/x', 'block'],
    ['https://localhost:2583/xrpc/x', 'block'],
    ['http://127.0.0.1:2583/xrpc/x', 'block'],
    ['http://pds.localhost:2583/xrpc/x', 'block'],
    ['http://192.168.1.1/', 'block'],
    ['http://169.254.169.254/latest/meta-data', 'block'],
    ['https://bsky.social/xrpc/x', 'none'],
  ])('%s: %s', (url, expected) => {
    expect(outcome(guardRules(EXTENSION_ID, PDS), url)).toBe(expected);
  });

  it('lets through that origin on any path and no other port of the same host', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 65535 }),
        fc.integer({ min: 1, max: 65535 }),
        fc.webPath(),
        (named, asked, pathPart) => {
          const rules = guardRules(EXTENSION_ID, `http://localhost:${named}`);
          const url = `http://localhost:${asked}${pathPart.startsWith('/') ? pathPart : `/${pathPart}`}`;
          expect(outcome(rules, url)).toBe(named === asked ? 'allow' : 'block');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never lets a web page’s own request through (the rules are the extension’s)', () => {
    expect(dnrOutcome(guardRules(EXTENSION_ID, PDS), `${PDS}/`, 'news.example')).toBe('none');
  });
});

describe('blocksExtensionRequest with the reader’s server (Firefox)', () => {
  const from = (url: string): RequestDetails => ({ url, type: 'xmlhttprequest', originUrl: BACKGROUND });

  it.each([
    [`${PDS}/xrpc/com.atproto.server.createSession`, false],
    ['http://localhost:2584/xrpc/x', true],
    ['https://localhost:2583/xrpc/x', true],
    ['http://127.0.0.1:2583/xrpc/x', true],
    ['http://192.168.0.1/', true],
    ['https://bsky.social/xrpc/x', false],
  ])('%s blocked: %s', (url, blocked) => {
    expect(blocksExtensionRequest(from(url), ORIGIN, PDS)).toBe(blocked);
  });

  it('blocks the same server when the reader named none', () => {
    expect(blocksExtensionRequest(from(`${PDS}/xrpc/x`), ORIGIN)).toBe(true);
  });
});

describe('allowUserServer and forgetUserServer in Chrome (session rules)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('adds the allow rule beside the block rules, replaces it, and removes it', async () => {
    const dnr = fakeSessionRules();
    await installLocalNetworkGuard();
    const id = fakeBrowser.runtime.id;
    expect(dnrOutcome(dnr.rules(), `${PDS}/xrpc/x`, id)).toBe('block');

    await allowUserServer(PDS);
    expect(dnr.rules().filter((rule) => rule.action.type === 'allow')).toEqual([
      expect.objectContaining({
        id: USER_SERVER_RULE_ID,
        condition: expect.objectContaining({ urlFilter: `|${PDS}/` }),
      }),
    ]);
    expect(dnrOutcome(dnr.rules(), `${PDS}/xrpc/x`, id)).toBe('allow');

    // Another server replaces it: one origin at a time.
    await allowUserServer('http://127.0.0.1:4000');
    expect(dnrOutcome(dnr.rules(), `${PDS}/xrpc/x`, id)).toBe('block');
    expect(dnrOutcome(dnr.rules(), 'http://127.0.0.1:4000/xrpc/x', id)).toBe('allow');

    // A worker restart installs the block rules again and leaves the allow rule alone.
    await installLocalNetworkGuard();
    expect(dnrOutcome(dnr.rules(), 'http://127.0.0.1:4000/xrpc/x', id)).toBe('allow');

    await forgetUserServer();
    expect(dnr.rules().map((rule) => rule.id)).toEqual(GUARD_RULE_IDS);
    expect(dnrOutcome(dnr.rules(), 'http://127.0.0.1:4000/xrpc/x', id)).toBe('block');
  });

  it('refuses anything but an origin and changes nothing', async () => {
    const dnr = fakeSessionRules();
    await allowUserServer(PDS);
    for (const bad of ['http://localhost:2583/xrpc', 'http://*', 'file:///etc/passwd', '|http://a/']) {
      await expect(allowUserServer(bad)).rejects.toThrow(/Not a server origin/);
    }
    expect(dnr.rules()).toEqual([
      expect.objectContaining({ condition: expect.objectContaining({ urlFilter: `|${PDS}/` }) }),
    ]);
  });
});

describe('the webRequest guard in Firefox (no declarativeNetRequest)', () => {
  type Listener = (details: RequestDetails) => { cancel?: boolean } | Promise<{ cancel?: boolean }>;
  let listener: Listener | null = null;
  const host = fakeBrowser as unknown as Record<string, unknown>;
  let savedDnr: unknown;

  beforeEach(async () => {
    fakeBrowser.reset();
    savedDnr = host.declarativeNetRequest;
    host.declarativeNetRequest = undefined;
    listener = null;
    vi.spyOn(fakeBrowser.webRequest.onBeforeRequest, 'addListener').mockImplementation(((added: Listener) => {
      listener = added;
    }) as never);
    await expect(installLocalNetworkGuard()).resolves.toBe(true);
  });
  afterEach(() => {
    host.declarativeNetRequest = savedDnr;
    vi.restoreAllMocks();
  });

  const ask = async (url: string) => {
    if (!listener) throw new Error('no listener');
    const origin = fakeBrowser.runtime.getURL('/');
    return (
      (await listener({ url, type: 'xmlhttprequest', originUrl: `${origin}popup.html` })).cancel === true
    );
  };

  it('lets the named server through while it is allowed, and only it', async () => {
    expect(await ask(`${PDS}/xrpc/x`)).toBe(true);
    await allowUserServer(PDS);
    expect(await ask(`${PDS}/xrpc/x`)).toBe(false);
    expect(await ask('http://localhost:2584/xrpc/x')).toBe(true);
    expect(await ask('http://192.168.0.1/')).toBe(true);
    await forgetUserServer();
    expect(await ask(`${PDS}/xrpc/x`)).toBe(true);
  });

  it('answers public requests at once, without reading storage', () => {
    const originUrl = `${fakeBrowser.runtime.getURL('/')}popup.html`;
    const answer = listener?.({ url: 'https://bsky.social/xrpc/x', type: 'xmlhttprequest', originUrl });
    expect(answer).toEqual({});
    // A local one waits for the record of the reader's server: a promise.
    expect(listener?.({ url: `${PDS}/xrpc/x`, type: 'xmlhttprequest', originUrl })).toBeInstanceOf(Promise);
  });
});
