import { describe, expect, it } from 'vitest';
import { type Badge, composeBadge, type TabBadgeState } from '@/utils/badge';
import { englishMessage } from './support/i18n';

const ORANGE = '#b4400e';
const GREEN = '#1f6f43';
const BLUE = '#1d4f91';

describe('composeBadge', () => {
  it.each<[string, TabBadgeState, Badge]>([
    ['nothing to show', { saved: false, consent: null }, { text: '', color: ORANGE, titles: [] }],
    ['a saved page', { saved: true, consent: null }, { text: '★', color: ORANGE, titles: ['badgeSaved'] }],
    [
      'a rejected banner',
      { saved: false, consent: 'reject' },
      { text: '✓', color: GREEN, titles: ['consentBadgeRejected'] },
    ],
    [
      'an accepted banner',
      { saved: false, consent: 'accept' },
      { text: '✓', color: BLUE, titles: ['consentBadgeAccepted'] },
    ],
    [
      'saved and rejected',
      { saved: true, consent: 'reject' },
      { text: '★✓', color: GREEN, titles: ['badgeSaved', 'consentBadgeRejected'] },
    ],
    [
      'saved and accepted',
      { saved: true, consent: 'accept' },
      { text: '★✓', color: BLUE, titles: ['badgeSaved', 'consentBadgeAccepted'] },
    ],
  ])('%s', (_label, state, expected) => {
    expect(composeBadge(state)).toEqual(expected);
  });

  it('uses title keys that have English text', () => {
    const states: TabBadgeState[] = [
      { saved: true, consent: 'reject' },
      { saved: true, consent: 'accept' },
    ];
    for (const key of states.flatMap((state) => composeBadge(state).titles)) {
      expect(englishMessage(key), key).not.toBe('');
    }
  });
});
