/**
 * Everything the Bluesky UI asks of the browser, behind one port (as utils/page/read-tab.ts puts the popup's
 * world behind FlowDeps), so components/bluesky/* render and test without an extension around them.
 * The client (@atproto/api) is imported on first use: opening a page costs nothing until the reader
 * connects or posts.
 */
import type { LibraryCard } from '../library/types';
import { sendMessage } from '../messages';
import { allowUserServer } from '../page/network-guard';
import type { ClientDeps, ConnectInput, PostResult } from './client';
import { BlueskyError } from './errors';
import type { PostDraft } from './post';
import { type BlueskySession, normalizeServer } from './session';
import { blueskySessionStore, guardForSession, loadBlueskySession, watchBlueskySession } from './storage';

export interface BlueskyPort {
  session(): Promise<BlueskySession | null>;
  /** Calls back when the session changes in any page (connect, refresh, disconnect, expiry). */
  watch(listener: (session: BlueskySession | null) => void): () => void;
  connect(input: ConnectInput): Promise<BlueskySession>;
  disconnect(): Promise<{ serverTold: boolean }>;
  publish(draft: PostDraft): Promise<PostResult>;
  /** Keep the posted card with its article; false when the article is not in the library. */
  keepWithArticle(url: string, card: LibraryCard): Promise<boolean>;
}

export type { ConnectInput, PostResult } from './client';

const deps = (): ClientDeps => ({ store: blueskySessionStore, online: () => navigator.onLine });

export const browserBlueskyPort: BlueskyPort = {
  session: loadBlueskySession,
  watch: watchBlueskySession,
  async connect(input) {
    // The server the reader typed is one they asked for: the local-network guard lets it through (a PDS
    // on this computer or the home network), before the first request. Connected, the stored session
    // keeps it open (blueskySessionStore); failed, the guard goes back to what the stored session says.
    const named = input.server?.trim() ? normalizeServer(input.server) : null;
    if (named) await allowUserServer(named);
    try {
      const { connect } = await import('./client');
      return await connect(input, deps());
    } catch (error) {
      if (named) await guardForSession(await loadBlueskySession()).catch(() => undefined);
      throw error;
    }
  },
  async disconnect() {
    const session = await loadBlueskySession();
    if (!session) return { serverTold: true };
    const { disconnect } = await import('./client');
    return disconnect(session, deps());
  },
  async publish(draft) {
    const session = await loadBlueskySession();
    if (!session) throw new BlueskyError('expired', 'Not connected to Bluesky');
    const { publish } = await import('./client');
    return publish(session, draft, deps());
  },
  async keepWithArticle(url, card) {
    return (await sendMessage('libraryKeepPost', { url, card })).kept;
  },
};
