/**
 * Handle → DID → PDS, as atproto resolves identities (https://atproto.com/specs/handle,
 * https://atproto.com/specs/did), with what a browser can do: no DNS TXT lookups, so a handle goes through
 * its HTTPS well-known file, then through a server's com.atproto.identity.resolveHandle (which does the DNS
 * part). Runs only when the reader presses Connect, and only for the handle they typed.
 */
import { BlueskyError } from './errors';
import { normalizeServer } from './session';

export interface ResolveOptions {
  fetch: typeof globalThis.fetch;
  /** A server whose resolveHandle answers for any handle (Bluesky's own by default). */
  handleResolver: string;
  /** The did:plc directory. */
  plcDirectory: string;
  /** Per request. */
  timeoutMs?: number;
}

export const DEFAULT_RESOLVE = {
  handleResolver: 'https://bsky.social',
  plcDirectory: 'https://plc.directory',
} as const;

const HANDLE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]{1,2000}$/;

export function isHandle(value: string): boolean {
  return value.length <= 253 && HANDLE.test(value);
}

async function getJson(options: ResolveOptions, url: string): Promise<unknown> {
  const response = await options.fetch(url, {
    signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function didFromWellKnown(options: ResolveOptions, handle: string): Promise<string | null> {
  try {
    const response = await options.fetch(`https://${handle}/.well-known/atproto-did`, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
      credentials: 'omit',
      redirect: 'error',
    });
    if (!response.ok) return null;
    const did = (await response.text()).trim();
    return DID.test(did) ? did : null;
  } catch {
    return null;
  }
}

async function didFromResolver(options: ResolveOptions, handle: string): Promise<string | null> {
  try {
    const url = new URL('/xrpc/com.atproto.identity.resolveHandle', options.handleResolver);
    url.searchParams.set('handle', handle);
    const answer = (await getJson(options, url.href)) as { did?: unknown };
    return typeof answer.did === 'string' && DID.test(answer.did) ? answer.did : null;
  } catch {
    return null;
  }
}

/** The DID a handle claims: its well-known file first, then the resolver. */
async function resolveHandle(options: ResolveOptions, handle: string): Promise<string> {
  const did = (await didFromWellKnown(options, handle)) ?? (await didFromResolver(options, handle));
  if (!did) throw new BlueskyError('handle-not-found', `No account found for @${handle}`);
  return did;
}

/** The PDS endpoint a DID document names (service "#atproto_pds"), as an origin. */
export function pdsFromDidDocument(did: string, document: unknown): string | null {
  if (typeof document !== 'object' || document === null) return null;
  const { id, service } = document as { id?: unknown; service?: unknown };
  if (id !== did || !Array.isArray(service)) return null;
  for (const entry of service as Array<Record<string, unknown>>) {
    if (entry?.id !== '#atproto_pds' && entry?.id !== `${did}#atproto_pds`) continue;
    if (entry.type !== 'AtprotoPersonalDataServer' || typeof entry.serviceEndpoint !== 'string') continue;
    return normalizeServer(entry.serviceEndpoint);
  }
  return null;
}

/** The DID document of a did:plc (the directory) or did:web (the host's well-known file). */
async function didDocument(options: ResolveOptions, did: string): Promise<unknown> {
  if (did.startsWith('did:plc:')) return getJson(options, new URL(`/${did}`, options.plcDirectory).href);
  if (did.startsWith('did:web:')) {
    const host = decodeURIComponent(did.slice('did:web:'.length));
    if (!isHandle(host.split(':')[0] ?? '')) throw new Error(`Unsupported did:web ${did}`);
    return getJson(options, `https://${host}/.well-known/did.json`);
  }
  throw new Error(`Unsupported DID method: ${did}`);
}

/** The PDS that hosts `handle`; BlueskyError 'handle-not-found' when any step fails. */
export async function resolvePds(options: ResolveOptions, handle: string): Promise<string> {
  const did = await resolveHandle(options, handle);
  let pds: string | null = null;
  try {
    pds = pdsFromDidDocument(did, await didDocument(options, did));
  } catch {
    pds = null;
  }
  if (!pds) throw new BlueskyError('handle-not-found', `@${handle} (${did}) names no PDS`);
  return pds;
}
