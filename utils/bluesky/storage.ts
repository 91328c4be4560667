import { storage } from '#imports';
import type { SessionStore } from './client';
import { type BlueskySession, normalizeSession } from './session';

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

export const blueskySessionStore: SessionStore = {
  save: (session) => blueskySessionItem.setValue(session),
  clear: () => blueskySessionItem.removeValue({ removeMeta: true }),
};

/** Calls `listener` with the session whenever another page connects, refreshes or disconnects. */
export function watchBlueskySession(listener: (session: BlueskySession | null) => void): () => void {
  return blueskySessionItem.watch((value) => listener(normalizeSession(value)));
}
