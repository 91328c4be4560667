/** Where a pull-quote candidate comes from. */
export type QuoteKind = 'direct' | 'sentence' | 'selection';

/** One pull-quote the reader may share. Plain JSON: it crosses message boundaries to the popup and studio. */
export interface QuoteCandidate {
  /**
   * Exactly a substring of `article.text` (no surrounding quotation marks), so a text fragment
   * (`#:~:text=`) can deep-link to it. The one exception: a selection that cannot be found in the text is
   * returned as the trimmed selection, with `paragraph` -1.
   */
  text: string;
  kind: QuoteKind;
  /**
   * Who said it (a direct quotation only), as named in full where the article gives the full name. Set only
   * when the attribution is sure (see `confidence`); otherwise the reader is asked.
   */
  speaker?: string;
  /** The speaker's role as the article words it ("Kremlin spokesman", "the chief executive"); only with `speaker`. */
  role?: string;
  /**
   * Direct quotations only: how sure the attribution is, in [0, 1]. `speaker` is set at 0.5 and above; below
   * it the popup shows an empty speaker field. 0 when nothing in the article points to a speaker.
   */
  confidence?: number;
  /** Quotability in [0, 1]; candidates come best first. */
  score: number;
  /** Index in `article.text.split('\n\n')` of the paragraph where `text` starts; -1 for an unmatched selection. */
  paragraph: number;
}

export interface SuggestOptions {
  /** The reader's own selection on the page: offered first, mapped back onto `article.text`. */
  selection?: string;
  /** At most this many candidates (default 12). */
  limit?: number;
}
