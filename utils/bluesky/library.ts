/**
 * A Bluesky post kept with the article it quotes, when that article is in the library: one more entry in
 * the item's `cards`, with the post's addresses. Runs in the background, which owns library writes.
 */

import { checkedCardPost } from '../library/card-post';
import type { Library } from '../library/db';
import type { LibraryCard } from '../library/types';

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** A card with its post, as a page sends it: checked field by field (messages cross a trust boundary). */
export function isPostedCard(
  value: unknown,
): value is LibraryCard & { post: NonNullable<LibraryCard['post']> } {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    isText(card.quote, 5000) &&
    isText(card.theme, 40) &&
    isText(card.size, 40) &&
    typeof card.createdAt === 'number' &&
    Number.isFinite(card.createdAt) &&
    checkedCardPost(card.post) !== null
  );
}

/**
 * Adds the card to the saved article at `url` (found as the popup's Save button finds it); false when the
 * article is not in the library. `updatedAt` stays: it orders sync, which carries no cards.
 */
export async function keepPostWithArticle(
  library: Pick<Library, 'get' | 'update'>,
  lookup: (url: string) => Promise<{ id: string | null }>,
  url: string,
  card: LibraryCard,
): Promise<boolean> {
  const { id } = await lookup(url);
  const item = id ? await library.get(id) : undefined;
  if (!id || !item) return false;
  const cards = item.cards.filter((kept) => kept.post?.uri !== card.post?.uri);
  await library.update(id, { cards: [...cards, { ...card, post: card.post && { ...card.post } }] });
  return true;
}
