// @vitest-environment node
// The Bluesky client against the reference PDS (@atproto/dev-env, tests/pds): connecting, the stored
// session, refresh and expiry, rate limits, disconnecting, posting, and handle resolution. No mock server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ClientDeps, connect, disconnect, publish } from '@/utils/bluesky/client';
import { BlueskyError } from '@/utils/bluesky/errors';
import { resolvePds } from '@/utils/bluesky/identity';
import type { PostDraft } from '@/utils/bluesky/post';
import { composeBlueskyText } from '@/utils/bluesky/post-text';
import { blueskySessionStore, loadBlueskySession } from '@/utils/bluesky/storage';
import { USER_SERVER_RULE_ID } from '@/utils/page/network-guard';
import { startTestPds, type TestAccount, type TestPds } from '../../pds/harness';
import { fakeSessionRules } from '../support/session-rules';

let pds: TestPds;

beforeAll(async () => {
  pds = await startTestPds({ rateLimits: true });
}, 120_000);

afterAll(async () => {
  await pds?.close();
});

let dnr: ReturnType<typeof fakeSessionRules>;

beforeEach(() => {
  fakeBrowser.reset();
  dnr = fakeSessionRules();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The origin the local-network guard lets through for the reader's named server, or null. */
const allowedServer = () =>
  dnr
    .rules()
    .find((rule) => rule.id === USER_SERVER_RULE_ID)
    ?.condition.urlFilter?.replace(/^\|(.*)\/$/, '$1') ?? null;

const deps = (): ClientDeps => ({
  store: blueskySessionStore,
  online: () => true,
  resolve: { handleResolver: pds.pdsUrl, plcDirectory: pds.plcUrl },
});

/** Everything in storage.local, as one string: what a leak would show up in. */
async function storedText(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

async function failure(work: Promise<unknown>): Promise<BlueskyError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BlueskyError);
  return error as BlueskyError;
}

/** Whether the PDS still takes this refresh token (refreshSession rotates it, so only ask once). */
async function refreshWorks(refreshJwt: string): Promise<boolean> {
  return (await pds.xrpc('com.atproto.server.refreshSession', { body: {}, token: refreshJwt })).ok;
}

const textDraft = (text: string): PostDraft => ({
  text: composeBlueskyText(
    { quote: text, title: 'T', url: 'https://news.example.test/a' },
    'https://news.example.test/a',
  ),
  langs: ['en'],
});

describe('connecting', () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await pds.createAccount('connect');
  });

  it('logs in with an app password at the named server and stores only the session', async () => {
    const session = await connect(
      {
        identifier: `@${account.handle.toUpperCase()}`,
        password: account.appPassword,
        server: `${pds.pdsUrl}/`,
      },
      deps(),
    );
    expect(session).toMatchObject({
      service: pds.pdsUrl,
      pds: pds.pdsUrl,
      custom: true,
      did: account.did,
      handle: account.handle,
    });
    expect(await loadBlueskySession()).toEqual(session);
    // The named server is on this computer: the guard lets exactly it through while connected.
    expect(allowedServer()).toBe(pds.pdsUrl);
    const stored = await storedText();
    expect(stored).toContain(session.refreshJwt);
    expect(stored).not.toContain(account.appPassword);
    expect(stored).not.toContain(account.email);
  });

  it('finds the server from the handle when none is named (handle → DID → PLC document → PDS)', async () => {
    expect(
      await resolvePds({ fetch, handleResolver: pds.pdsUrl, plcDirectory: pds.plcUrl }, account.handle),
    ).toBe(pds.pdsUrl);
    const session = await connect({ identifier: account.handle, password: account.appPassword }, deps());
    expect(session).toMatchObject({ service: pds.pdsUrl, custom: false, did: account.did });
    // A server found from the handle is someone else's choice: the guard opens nothing for it.
    expect(allowedServer()).toBeNull();
  });

  it('says when a handle leads nowhere, and sends no password', async () => {
    const error = await failure(
      connect({ identifier: 'nobody-here.test', password: account.appPassword }, deps()),
    );
    expect(error.kind).toBe('handle-not-found');
    expect(await storedText()).toBe('{}');
  });

  it('a wrong app password is "wrong-password" and stores nothing', async () => {
    const error = await failure(
      connect({ identifier: account.handle, password: 'abcd-efgh-ijkl-mnop', server: pds.pdsUrl }, deps()),
    );
    expect(error.kind).toBe('wrong-password');
    expect(await storedText()).toBe('{}');
  });

  it('refuses the account password and stores nothing', async () => {
    const error = await failure(
      connect({ identifier: account.handle, password: account.password, server: pds.pdsUrl }, deps()),
    );
    expect(error.kind).toBe('main-password');
    expect(await storedText()).toBe('{}');
  });

  it('refuses plain http to another machine: the password would travel in the clear', async () => {
    const error = await failure(
      connect(
        { identifier: account.handle, password: account.appPassword, server: 'http://pds.example.com' },
        deps(),
      ),
    );
    expect(error.kind).toBe('invalid-server');
  });

  it('reports the PDS rate limit with the time it ends', async () => {
    const limited = await pds.createAccount('limited');
    const wrong = { identifier: limited.handle, password: 'wrong-wrong-wrong-wrong', server: pds.pdsUrl };
    // createSession allows 30 attempts per identifier every 5 minutes.
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await failure(connect(wrong, deps()))).kind).toBe('wrong-password');
    }
    const before = Date.now();
    const error = await failure(connect({ ...wrong, password: limited.appPassword }, deps()));
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAt).toBeGreaterThan(before);
    expect(error.retryAt).toBeLessThanOrEqual(before + 5 * 60_000 + 1000);
    expect(await storedText()).toBe('{}');
  });

  it('says the server cannot be reached (online) or that the browser is offline', async () => {
    const unreachable = {
      identifier: account.handle,
      password: account.appPassword,
      server: 'http://127.0.0.1:9',
    };
    expect((await failure(connect(unreachable, deps()))).kind).toBe('unreachable');
    expect((await failure(connect(unreachable, { ...deps(), online: () => false }))).kind).toBe('offline');
  });
});

describe('the session after connecting', () => {
  let account: TestAccount;
  beforeEach(async () => {
    account = await pds.createAccount('session');
    await connect({ identifier: account.handle, password: account.appPassword, server: pds.pdsUrl }, deps());
  });

  it('refreshes an expired access token without asking, and stores the new tokens', async () => {
    const session = await loadBlueskySession();
    if (!session) throw new Error('not connected');
    const expired = { ...session, accessJwt: await pds.expiredAccessToken(session.accessJwt) };
    // The PDS itself refuses the expired token.
    const refused = await pds.xrpc('com.atproto.server.getSession', { token: expired.accessJwt });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toBe('ExpiredToken');
    await blueskySessionStore.save(expired);

    const result = await publish(expired, textDraft('Refreshed on the way.'), deps());
    expect((await pds.getRecord(result.uri)).value.text).toContain('Refreshed on the way.');
    const after = await loadBlueskySession();
    expect(after?.accessJwt).not.toBe(expired.accessJwt);
    expect(after?.refreshJwt).not.toBe(session.refreshJwt);
    expect((await pds.xrpc('com.atproto.server.getSession', { token: after?.accessJwt })).ok).toBe(true);
  });

  it('an ended session (refresh refused) is "expired", and the stored session is removed', async () => {
    const session = await loadBlueskySession();
    if (!session) throw new Error('not connected');
    // Ended elsewhere (another device, or the app password revoked).
    await fetch(`${pds.pdsUrl}/xrpc/com.atproto.server.deleteSession`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.refreshJwt}` },
    });
    const expired = { ...session, accessJwt: await pds.expiredAccessToken(session.accessJwt) };
    await blueskySessionStore.save(expired);
    const error = await failure(publish(expired, textDraft('Never posted.'), deps()));
    expect(error.kind).toBe('expired');
    expect(await loadBlueskySession()).toBeNull();
    expect(await storedText()).toBe('{}');
    expect(await pds.listPosts(account.did)).toEqual([]);
  });

  it('Disconnect ends the session on the server and removes it here', async () => {
    const session = await loadBlueskySession();
    if (!session) throw new Error('not connected');
    expect(allowedServer()).toBe(pds.pdsUrl);
    expect(await disconnect(session, deps())).toEqual({ serverTold: true });
    expect(await storedText()).toBe('{}');
    // Disconnected: this computer is blocked again.
    expect(allowedServer()).toBeNull();
    expect(await refreshWorks(session.refreshJwt)).toBe(false);
  });

  it('Disconnect without the server still forgets the session here, and says so', async () => {
    const session = await loadBlueskySession();
    if (!session) throw new Error('not connected');
    const away = { ...session, service: 'http://127.0.0.1:9', pds: 'http://127.0.0.1:9' };
    expect(await disconnect(away, deps())).toEqual({ serverTold: false });
    expect(await storedText()).toBe('{}');
  });
});

describe('posting', () => {
  it('uploads the card, writes text, facet, langs, alt text and aspect ratio, and links to the post', async () => {
    const account = await pds.createAccount('poster');
    const session = await connect(
      { identifier: account.handle, password: account.appPassword, server: pds.pdsUrl },
      deps(),
    );
    const link = 'https://news.example.test/a#:~:text=ground%20for%20optimism';
    const text = composeBlueskyText(
      {
        quote: '気候 🎉 ground for optimism',
        speaker: 'Ana Ruiz',
        title: 'T',
        url: 'https://news.example.test/a',
      },
      link,
    );
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...new Array(64).fill(7)]);
    const result = await publish(
      session,
      {
        text,
        langs: ['ja'],
        image: {
          blob: new Blob([png], { type: 'image/png' }),
          width: 1080,
          height: 1350,
          alt: 'Quote card: “…”',
        },
      },
      deps(),
    );
    const rkey = result.uri.split('/').at(-1);
    expect(result.url).toBe(`https://bsky.app/profile/${account.handle}/post/${rkey}`);
    expect(result.pdsUrl).toBe(
      `${pds.pdsUrl}/xrpc/com.atproto.repo.getRecord?repo=${encodeURIComponent(account.did)}&collection=app.bsky.feed.post&rkey=${rkey}`,
    );
    const record = (await pds.getRecord(result.uri)).value as {
      text: string;
      langs: string[];
      facets: unknown;
      embed: {
        images: Array<{ alt: string; aspectRatio: unknown; image: { ref: { $link: string }; size: number } }>;
      };
    };
    expect(record.text).toBe(text.text);
    expect(record.langs).toEqual(['ja']);
    expect(record.facets).toEqual(text.facets);
    const [image] = record.embed.images;
    expect(image?.alt).toBe('Quote card: “…”');
    expect(image?.aspectRatio).toEqual({ width: 1080, height: 1350 });
    expect(await pds.getBlob(account.did, image?.image.ref.$link ?? '')).toEqual(png);
  });

  it('posts a link card (external embed) when there is no card', async () => {
    const account = await pds.createAccount('linker');
    const session = await connect(
      { identifier: account.handle, password: account.appPassword, server: pds.pdsUrl },
      deps(),
    );
    const thumb = new Blob([new Uint8Array([255, 216, 255, 224, 1, 2, 3])], { type: 'image/jpeg' });
    const result = await publish(
      session,
      {
        ...textDraft(''),
        external: { uri: 'https://news.example.test/a', title: 'Talks end', description: 'Summary.', thumb },
      },
      deps(),
    );
    const record = (await pds.getRecord(result.uri)).value as {
      embed: {
        $type: string;
        external: { uri: string; title: string; description: string; thumb: { size: number } };
      };
    };
    expect(record.embed.$type).toBe('app.bsky.embed.external');
    expect(record.embed.external).toMatchObject({
      uri: 'https://news.example.test/a',
      title: 'Talks end',
      description: 'Summary.',
      thumb: { size: 7 },
    });
  });
});
