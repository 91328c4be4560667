/**
 * Alt text offered with an exported card. It keeps the whole quote, even when the card had to shorten it,
 * because the alt text is where a screen-reader user gets what the image could not show.
 */

export interface AltTextInput {
  readonly quote: string;
  readonly speaker?: string;
  readonly role?: string;
  readonly title: string;
  readonly siteName?: string;
}

/**
 * The words around the quote. This module is pure and cannot reach the extension's i18n API, so the
 * composer passes these from `_locales`; the English default is for tests and for a missing message.
 */
export interface AltTextStrings {
  /** Opens the text, e.g. "Quote card:". */
  readonly label: string;
  /** Before the source, e.g. "From". */
  readonly from: string;
  /** Wraps quoted text in the locale's quotation marks. */
  readonly quoted: (text: string) => string;
}

export const ENGLISH_ALT_TEXT: AltTextStrings = {
  label: 'Quote card:',
  from: 'From',
  quoted: (text) => `“${text}”`,
};

/** `Quote card: “…” — Speaker, role. From “Title”, Site.`, leaving out the parts that are empty. */
export function altText(input: AltTextInput, strings: AltTextStrings = ENGLISH_ALT_TEXT): string {
  const quote = clean(input.quote);
  const attribution = [clean(input.speaker), clean(input.role)].filter((part) => part !== '').join(', ');
  const title = clean(input.title);
  const site = clean(input.siteName);

  let text = `${strings.label} ${strings.quoted(quote)}`;
  text = attribution ? endSentence(`${text} — ${attribution}`) : endSentence(text);
  const source = [title ? strings.quoted(title) : '', site].filter((part) => part !== '').join(', ');
  if (source) text += ` ${endSentence(`${strings.from} ${source}`)}`;
  return text;
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Adds a full stop unless the text already ends a sentence (a role like "Acme Inc." would otherwise get two). */
function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
