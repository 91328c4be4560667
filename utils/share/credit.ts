import type { QuoteCandidate } from '../quotes/types';

/** Whitespace-insensitive: is the edited text still (part of) what the speaker said? */
export function stillTheirWords(edited: string, original: string): boolean {
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const words = squash(edited);
  return words !== '' && squash(original).includes(words);
}

/** Who a shared quote is credited to, and the paragraph it is linked in. */
export interface QuoteCredit {
  speaker?: string;
  role?: string;
  /** The paragraph the quote stands in, so a phrase the headline repeats links to that paragraph. */
  quoteContext?: string;
}

/**
 * The credit for `text`, edited from the suggestion `chosen`. Words the reader wrote themselves are not
 * credited to the speaker of the quote they started from; a speaker the reader `typed` is theirs to give
 * (without the engine's role).
 */
export function quoteCredit(
  chosen: Pick<QuoteCandidate, 'text' | 'speaker' | 'role' | 'paragraph'> | undefined,
  text: string,
  typed: string | undefined,
  paragraphs: readonly string[],
): QuoteCredit {
  const typedSpeaker = (typed ?? '').trim() || undefined;
  const theirWords = chosen !== undefined && stillTheirWords(text, chosen.text);
  const sureSpeaker = theirWords && chosen?.speaker ? chosen.speaker : undefined;
  return {
    speaker: typedSpeaker ?? sureSpeaker,
    role: sureSpeaker && !typedSpeaker ? chosen?.role : undefined,
    quoteContext:
      chosen && theirWords
        ? paragraphs[chosen.paragraph]
        : paragraphs.find((paragraph) => stillTheirWords(text, paragraph)),
  };
}
