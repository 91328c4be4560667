import { browser } from 'wxt/browser';
import type { Envelope } from './envelope';

/**
 * The only places a runtime message leaves its sender (tests/unit/architecture.test.ts keeps it so): every
 * message is an envelope, whichever channel it travels on.
 */

/** To the extension's other contexts (the background, the offscreen document); wakes a stopped worker. */
export function sendToExtension(envelope: Envelope): Promise<unknown> {
  return browser.runtime.sendMessage(envelope);
}

/** To the content scripts of one tab: every frame, or the one frame given. */
export function sendToTab(tabId: number, envelope: Envelope, frameId?: number): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, envelope, frameId === undefined ? undefined : { frameId });
}
