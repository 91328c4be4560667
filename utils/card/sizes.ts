/**
 * Card sizes in CSS pixels, exported 1:1 (and 2× on request). Numbers from the reference guide's "Card sizes"
 * (each network's recommended upload size), so a card is posted without being cropped or rescaled.
 */

export type CardSizeId = 'og' | 'square' | 'portrait' | 'story' | 'pin';

export interface CardSize {
  readonly id: CardSizeId;
  /** English label (benchmarks, tests); the studio shows `sizeName(id)` from components/card-names.ts. */
  readonly label: string;
  readonly width: number;
  readonly height: number;
  /** Where this size is the one to post, in the order a picker shows them. */
  readonly networks: readonly string[];
}

export const CARD_SIZES: readonly CardSize[] = [
  {
    id: 'og',
    label: 'Link card',
    width: 1200,
    height: 630,
    networks: ['Open Graph', 'X', 'LinkedIn', 'Facebook'],
  },
  { id: 'square', label: 'Square', width: 1080, height: 1080, networks: ['Instagram'] },
  { id: 'portrait', label: 'Portrait 4:5', width: 1080, height: 1350, networks: ['Instagram'] },
  { id: 'story', label: 'Story', width: 1080, height: 1920, networks: ['Instagram Stories', 'Reels'] },
  { id: 'pin', label: 'Pin 2:3', width: 1000, height: 1500, networks: ['Pinterest'] },
];

export function isCardSizeId(value: string): value is CardSizeId {
  return CARD_SIZES.some((size) => size.id === value);
}

export function cardSize(id: CardSizeId): CardSize {
  const size = CARD_SIZES.find((candidate) => candidate.id === id);
  // CardSizeId and CARD_SIZES are declared together; a miss means one was edited without the other.
  if (!size) throw new RangeError(`Unknown card size: ${id}`);
  return size;
}
