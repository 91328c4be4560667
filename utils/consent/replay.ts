import { reallyShown } from './apply';
import { labelOf, normalizeLabel } from './classify';
import type { LearnedStep } from './types';

/**
 * Replaying a site-specific step (learn.ts) on a later visit to the same site, for a banner no rule knows
 * (part of consent-engine.js). The background sends a step only to frames of the site it was learned on.
 * It clicks only the same button, by the same selector, with the same label, inside the same banner, and
 * only while autoconsent has found no platform of its own; then checks the banner went away and stayed away.
 */

interface ReplayIo {
  /** Resolves when the page has changed (or after a while): the next moment to look again. */
  nextChange(): Promise<void>;
  wait(ms: number): Promise<void>;
  now(): number;
  /** Whether autoconsent found a platform in this frame: then its rule answers, not the step. */
  ruleFound(): boolean;
}

export type ReplayOutcome = 'verified' | 'failed' | 'rule' | 'absent';

/** How long to look for the banner (as long as autoconsent looks for a platform). */
const REPLAY_SEARCH_MS = 10_000;
/** A rule's search round is at most this long: the step waits one round before it acts. */
const REPLAY_GRACE_MS = 500;
/** How long the banner must stay away after the click. */
const REPLAY_SETTLE_MS = 1500;

function safeQuery(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * The step's button, if the same banner shows it with the same label; else null. The banner need only be
 * there: its root may be a box of no size around a positioned dialog.
 */
function findStepButton(doc: Document, step: LearnedStep): HTMLElement | null {
  for (const container of safeQuery(doc, step.container)) {
    for (const candidate of safeQuery(container, step.button)) {
      if (normalizeLabel(labelOf(candidate)) === step.text && reallyShown(candidate))
        return candidate as HTMLElement;
    }
  }
  return null;
}

/** Whether the banner still shows the step's button (closing a banner hides, removes or fades it out). */
function bannerShown(doc: Document, step: LearnedStep): boolean {
  return findStepButton(doc, step) !== null;
}

export async function replayStep(doc: Document, step: LearnedStep, io: ReplayIo): Promise<ReplayOutcome> {
  const deadline = io.now() + REPLAY_SEARCH_MS;
  let seenAt: number | null = null;
  for (;;) {
    if (io.ruleFound()) return 'rule';
    const button = findStepButton(doc, step);
    if (button) {
      seenAt ??= io.now();
      // Give autoconsent one search round to recognise the banner before acting on it ourselves.
      if (io.now() - seenAt >= REPLAY_GRACE_MS) {
        button.click();
        // Banners fade out: it has a second to go.
        for (let poll = 0; bannerShown(doc, step); poll++) {
          if (poll >= 10) return 'failed';
          await io.wait(100);
        }
        await io.wait(REPLAY_SETTLE_MS);
        return bannerShown(doc, step) ? 'failed' : 'verified';
      }
      await io.wait(REPLAY_GRACE_MS - (io.now() - seenAt));
      continue;
    }
    seenAt = null;
    if (io.now() > deadline) return 'absent';
    await io.nextChange();
  }
}
