/**
 * Talking to the reader's Bluesky server through @atproto/api: connect with an app password, post, and
 * disconnect. Loaded on first use (it is most of the posting code's weight), never by a page's first chunk.
 *
 * Sessions are the library's CredentialSession: an expired access token is refreshed by the library on the
 * first request that meets it, and the new tokens are written back through `store`; a refresh token the
 * server no longer takes ends the session (`store.clear()`), and the reader is asked to connect again.
 */
import { AtpAgent, type AtpSessionData, type AtpSessionEvent } from '@atproto/api';
import { BlueskyError, classifyError } from './errors';
import { DEFAULT_RESOLVE, isHandle, type ResolveOptions, resolvePds } from './identity';
import { bskyPostUrl, type PostDraft, pdsRecordUrl, postRecord } from './post';
import {
  type BlueskySession,
  DEFAULT_SERVICE,
  isAppPasswordSession,
  isEmail,
  normalizeIdentifier,
  normalizeServer,
} from './session';

export interface SessionStore {
  save(session: BlueskySession): Promise<void>;
  clear(): Promise<void>;
}

export interface ClientDeps {
  store: SessionStore;
  fetch?: typeof globalThis.fetch;
  online?: () => boolean;
  /** Where handles and DIDs are resolved (tests point these at their own PDS and PLC). */
  resolve?: Partial<Omit<ResolveOptions, 'fetch'>>;
  now?: () => Date;
}

export interface ConnectInput {
  identifier: string;
  password: string;
  /** A self-hosted PDS's address; empty to find the server from the handle. */
  server?: string;
}

export interface PostResult {
  uri: string;
  cid: string;
  /** The post on bsky.app. */
  url: string;
  /** The record on its own PDS, for accounts on a server the reader named. */
  pdsUrl?: string;
}

const fetchOf = (deps: ClientDeps) => deps.fetch ?? globalThis.fetch.bind(globalThis);
const onlineOf = (deps: ClientDeps) => (deps.online ? deps.online() : true);

/** Run `work`, turning any failure into a BlueskyError with its kind. */
async function explained<T>(deps: ClientDeps, work: () => Promise<T>, connecting = false): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyError(error, { online: onlineOf(deps), connecting, now: deps.now?.().getTime() });
  }
}

/** The server to log in to: the one the reader named, else the handle's PDS, else Bluesky's. */
async function serviceFor(deps: ClientDeps, identifier: string, server: string | undefined): Promise<string> {
  if (server?.trim()) {
    const normalized = normalizeServer(server);
    if (!normalized) throw new BlueskyError('invalid-server', `Not a server address: ${server}`);
    return normalized;
  }
  if (isEmail(identifier) || identifier.endsWith('.bsky.social')) return DEFAULT_SERVICE;
  if (!isHandle(identifier)) throw new BlueskyError('handle-not-found', `Not a handle: ${identifier}`);
  return resolvePds({ fetch: fetchOf(deps), ...DEFAULT_RESOLVE, ...deps.resolve }, identifier);
}

/** Log in with an app password and store the session (never the password). */
export async function connect(input: ConnectInput, deps: ClientDeps): Promise<BlueskySession> {
  const identifier = normalizeIdentifier(input.identifier);
  const service = await explained(deps, () => serviceFor(deps, identifier, input.server));
  const agent = new AtpAgent({ service, fetch: fetchOf(deps) });
  const { data } = await explained(deps, () => agent.login({ identifier, password: input.password }), true);
  if (!isAppPasswordSession(data.accessJwt)) {
    // A session made with the account's own password: end it on the server at once, keep nothing.
    await agent.logout().catch(() => undefined);
    throw new BlueskyError('main-password', 'That is the account password, not an app password');
  }
  const session: BlueskySession = {
    service,
    pds: normalizeServer(agent.pdsUrl?.href ?? '') ?? service,
    custom: Boolean(input.server?.trim()),
    did: data.did,
    handle: data.handle,
    accessJwt: data.accessJwt,
    refreshJwt: data.refreshJwt,
  };
  await deps.store.save(session);
  return session;
}

/** An agent resuming a stored session without a round trip; refreshed tokens go back to the store. */
function agentFor(session: BlueskySession, deps: ClientDeps): AtpAgent {
  let current = session;
  const agent: AtpAgent = new AtpAgent({
    service: session.service,
    fetch: fetchOf(deps),
    persistSession: async (event: AtpSessionEvent, data: AtpSessionData | undefined) => {
      if (event === 'update' && data) {
        current = {
          ...current,
          handle: data.handle,
          accessJwt: data.accessJwt,
          refreshJwt: data.refreshJwt,
          pds: normalizeServer(agent.pdsUrl?.href ?? '') ?? current.pds,
        };
        await deps.store.save(current);
      } else if (event === 'expired') {
        await deps.store.clear();
      }
    },
  });
  agent.sessionManager.session = {
    did: session.did,
    handle: session.handle,
    accessJwt: session.accessJwt,
    refreshJwt: session.refreshJwt,
    active: true,
  };
  agent.sessionManager.pdsUrl = new URL(session.pds);
  return agent;
}

/**
 * After a request that failed for want of a session: whether the library gave up on it (the refresh token
 * was refused and the session cleared), which makes any later error an ended session.
 */
function sessionEnded(agent: AtpAgent): boolean {
  return !agent.sessionManager.session;
}

/** Upload the card (or the link card's image) and create the post. */
export async function publish(
  session: BlueskySession,
  draft: PostDraft,
  deps: ClientDeps,
): Promise<PostResult> {
  const agent = agentFor(session, deps);
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await explained(deps, work);
    } catch (error) {
      if (sessionEnded(agent)) throw new BlueskyError('expired', (error as Error).message);
      throw error;
    }
  };
  const upload = async (blob: Blob) =>
    (await run(() => agent.uploadBlob(blob, { encoding: blob.type }))).data.blob;
  const image = draft.image ? await upload(draft.image.blob) : undefined;
  const thumb = !draft.image && draft.external?.thumb ? await upload(draft.external.thumb) : undefined;
  const createdAt = (deps.now?.() ?? new Date()).toISOString();
  const record = postRecord(draft, { image, thumb }, createdAt);
  const { uri, cid } = await run(() =>
    agent.app.bsky.feed.post.create(
      { repo: agent.sessionManager.session?.did ?? session.did },
      record as Parameters<typeof agent.app.bsky.feed.post.create>[1],
    ),
  );
  const handle = agent.sessionManager.session?.handle ?? session.handle;
  return {
    uri,
    cid,
    url: bskyPostUrl(handle, uri) ?? uri,
    pdsUrl: session.custom ? (pdsRecordUrl(session.pds, uri) ?? undefined) : undefined,
  };
}

/**
 * End the session on the server (com.atproto.server.deleteSession with the refresh token) and forget it
 * here, whatever the server says. `serverTold` is false when the server could not be reached or refused.
 */
export async function disconnect(
  session: BlueskySession,
  deps: ClientDeps,
): Promise<{ serverTold: boolean }> {
  const agent = agentFor(session, { ...deps, store: { save: async () => {}, clear: async () => {} } });
  try {
    await agent.com.atproto.server.deleteSession(undefined, {
      headers: { authorization: `Bearer ${session.refreshJwt}` },
    });
    return { serverTold: true };
  } catch {
    return { serverTold: false };
  } finally {
    await deps.store.clear();
  }
}
