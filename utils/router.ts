import type { Browser } from 'wxt/browser';
import { localizedOf } from './localized';
import { type MessageType, parseMessage, type Request, type Response } from './messages';

export type Handlers = {
  [K in MessageType]: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>>;
};

interface RuntimeLike {
  id: string;
  getURL(path: string): string;
}

/**
 * Only our own extension pages may call the background: content scripts run inside web pages and could be
 * driven by them. (Dark Reader's messenger checks `sender.url` the same way.)
 */
export function isTrustedSender(sender: Browser.runtime.MessageSender, runtime: RuntimeLike): boolean {
  if (sender.id !== runtime.id) return false;
  const origin = runtime.getURL('/');
  return (
    typeof sender.url === 'string' && sender.url.startsWith(origin) && !sender.tab?.url?.startsWith('http')
  );
}

/**
 * The single `runtime.onMessage` listener: validates, checks the sender, dispatches to one handler per
 * message type. Returns a promise (the polyfill's way to answer asynchronously) or undefined to let other
 * listeners answer messages that are not ours.
 */
export function createRouter(handlers: Handlers, runtime: RuntimeLike) {
  return (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (!isTrustedSender(sender, runtime)) {
      return Promise.resolve({ error: `"${message.type}" is only accepted from Pullquote's own pages` });
    }
    const handler = handlers[message.type] as (
      data: unknown,
      s: Browser.runtime.MessageSender,
    ) => Promise<unknown>;
    // The page that asked shows the error: a catalogue message travels as key and values (utils/localized).
    return handler(message.payload, sender).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
      localized: localizedOf(error),
    }));
  };
}
