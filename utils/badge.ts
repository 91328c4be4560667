import type { ConsentChoice } from './consent/types';
import type { MessageKey } from './i18n';

/** What the toolbar button says about the page in a tab. */
export interface TabBadgeState {
  /** The page is in the library. */
  saved: boolean;
  /** A remembered cookie choice was applied on this page. */
  consent: ConsentChoice | null;
}

export interface Badge {
  text: string;
  color: string;
  /** Title keys, joined into the button's tooltip (the default title when empty). */
  titles: MessageKey[];
}

/** ★ for a saved page, ✓ for an applied cookie choice; both can show at once. */
export function composeBadge(state: TabBadgeState): Badge {
  const titles: MessageKey[] = [];
  if (state.saved) titles.push('badgeSaved');
  if (state.consent === 'reject') titles.push('consentBadgeRejected');
  if (state.consent === 'accept') titles.push('consentBadgeAccepted');
  return {
    text: `${state.saved ? '★' : ''}${state.consent ? '✓' : ''}`,
    color: state.consent === 'reject' ? '#1f6f43' : state.consent === 'accept' ? '#1d4f91' : '#b4400e',
    titles,
  };
}
