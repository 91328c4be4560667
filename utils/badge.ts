import type { ConsentChoice } from './consent/types';
import type { MessageKey } from './i18n';

/** What the toolbar button says about the page in a tab. */
export interface TabBadgeState {
  /** The page is in the library. */
  saved: boolean;
  /** A remembered cookie choice was applied on this page. */
  consent: ConsentChoice | null;
  /** Saving from this tab (shortcut, context menu) failed and the reader has not seen why yet. */
  saveFailed?: boolean;
}

export interface Badge {
  text: string;
  color: string;
  /** Title keys, joined into the button's tooltip (the default title when empty). */
  titles: MessageKey[];
}

/** ! for a failed save (red), ★ for a saved page, ✓ for an applied cookie choice; all can show at once. */
export function composeBadge(state: TabBadgeState): Badge {
  const titles: MessageKey[] = [];
  if (state.saveFailed) titles.push('badgeSaveFailed');
  if (state.saved) titles.push('badgeSaved');
  if (state.consent === 'reject') titles.push('consentBadgeRejected');
  if (state.consent === 'accept') titles.push('consentBadgeAccepted');
  return {
    text: `${state.saveFailed ? '!' : ''}${state.saved ? '★' : ''}${state.consent ? '✓' : ''}`,
    color: state.saveFailed
      ? '#b3261e'
      : state.consent === 'reject'
        ? '#1f6f43'
        : state.consent === 'accept'
          ? '#1d4f91'
          : '#b4400e',
    titles,
  };
}
