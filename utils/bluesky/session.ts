/**
 * The stored Bluesky session, pure: its shape, its validation where it is read back, the server address a
 * reader types, and the check that a session came from an app password. The password itself is never part
 * of it: only the tokens the server gave back.
 */

export interface BlueskySession {
  /** Where sessions are created and refreshed: the server the reader connected to (an entryway or a PDS). */
  service: string;
  /** The PDS that holds the account's repository (from its DID document): where posts are written. */
  pds: string;
  /** The reader named the server (a self-hosted PDS): the post's own address there is shown too. */
  custom: boolean;
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

/** Bluesky's own service: its entryway takes every account it hosts and refreshes their sessions. */
export const DEFAULT_SERVICE = 'https://bsky.social';

/** Where Bluesky makes app passwords (Settings → Privacy and security → App passwords). */
export const APP_PASSWORDS_URL = 'https://bsky.app/settings/app-passwords';

const isString = (value: unknown, max = 10_000): value is string =>
  typeof value === 'string' && value !== '' && value.length <= max;

/** A stored session as it must be, or null (anything else in storage is treated as "not connected"). */
export function normalizeSession(value: unknown): BlueskySession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isString(v.service, 2000) || !isString(v.pds, 2000)) return null;
  if (normalizeServer(v.service) !== v.service || normalizeServer(v.pds) !== v.pds) return null;
  if (!isString(v.did, 2048) || !v.did.startsWith('did:')) return null;
  if (!isString(v.handle, 253) || !isString(v.accessJwt) || !isString(v.refreshJwt)) return null;
  return {
    service: v.service,
    pds: v.pds,
    custom: v.custom === true,
    did: v.did,
    handle: v.handle,
    accessJwt: v.accessJwt,
    refreshJwt: v.refreshJwt,
  };
}

/**
 * The server the reader named when connecting (a self-hosted PDS typed in the Server field), or null: the
 * one server the extension may reach on this computer or the local network (utils/page/network-guard.ts).
 * Never a server found from the handle or the DID document, which someone else controls.
 */
export function namedServer(session: BlueskySession | null): string | null {
  return session?.custom ? session.service : null;
}

/** Hosts that are this machine: the only ones a password may be sent to over plain http. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}

/**
 * A server address as typed ("pds.example.com", "https://pds.example.com/", "http://localhost:2583") as its
 * origin, or null. https only, except for this machine: an app password is never sent in the clear.
 */
export function normalizeServer(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.origin;
  return null;
}

/** The `scope` claim of a JWT, or null when the token is not a JWT this can read. */
function tokenScope(jwt: string): string | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { scope?: unknown };
    return typeof claims.scope === 'string' ? claims.scope : null;
  } catch {
    return null;
  }
}

/**
 * Whether a session was made with an app password: its access token's scope says so. A token whose scope
 * cannot be read (a server with opaque tokens) is given the benefit of the doubt.
 */
export function isAppPasswordSession(accessJwt: string): boolean {
  const scope = tokenScope(accessJwt);
  return scope === null || scope.startsWith('com.atproto.appPass');
}

/** An identifier that is an email address rather than a handle. */
export function isEmail(identifier: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier.trim());
}

/** A handle as people type it: "@alice.bsky.social" → "alice.bsky.social". */
export function normalizeIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return isEmail(trimmed) ? trimmed : trimmed.replace(/^@/, '').toLowerCase();
}
