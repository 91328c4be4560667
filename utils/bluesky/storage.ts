import { storage } from '#imports';
import { allowUserServer, forgetUserServer } from '../page/network-guard';
import type { SessionStore } from './client';
import { type BlueskySession, namedServer, normalizeSession } from './session';

/**
 * The Bluesky session in storage.local: the tokens the server gave back and where they work, never a
 * password (utils/bluesky/session.ts). Written when the reader connects and each time the library refreshes
 * the tokens; removed, with its version record, on Disconnect or when the server ends the session.
 */
const blueskySessionItem = storage.defineItem<BlueskySession | null>('local:blueskySession', {
  fallback: null,
  version: 1,
});

/** The stored session, or null when there is none or what is stored is not one. */
export async function loadBlueskySession(): Promise<BlueskySession | null> {
  return normalizeSession(await blueskySessionItem.getValue());
}

/**
 * The local-network guard lets requests through to the server the reader named for as long as a session
 * with it is stored, and to no other: set with the session, undone when the session goes.
 */
export function guardForSession(session: BlueskySession | null): Promise<void> {
  const server = namedServer(session);
  return server ? allowUserServer(server) : forgetUserServer();
}

/**
 * At start-up (the browser's session rules and session storage are empty after a restart): lets the stored
 * session's named server through again. Only adds: a connect under way in a page keeps its opening.
 */
export async function restoreGuardForSession(): Promise<void> {
  const server = namedServer(await loadBlueskySession());
  if (server) await allowUserServer(server);
}

export const blueskySessionStore: SessionStore = {
  async save(session) {
    await blueskySessionItem.setValue(session);
    await guardForSession(session);
  },
  async clear() {
    await blueskySessionItem.removeValue({ removeMeta: true });
    await forgetUserServer();
  },
};

/** Calls `listener` with the session whenever another page connects, refreshes or disconnects. */
export function watchBlueskySession(listener: (session: BlueskySession | null) => void): () => void {
  return blueskySessionItem.watch((value) => listener(normalizeSession(value)));
}
