/**
 * Paragraphs of plain text, the one rule for the reader's text-only view, the clipboard's quote and the
 * Markdown export: a blank line (or a line of only whitespace) separates paragraphs; each is trimmed and
 * empty ones are dropped. `orLines`: a text with no blank line at all splits on its single newlines
 * instead (an article saved as plain text without paragraph breaks still reads as paragraphs).
 */
export function textParagraphs(text: string, options: { orLines?: boolean } = {}): string[] {
  const blocks = text.split(/\n\s*\n/);
  const parts = options.orLines && blocks.length === 1 ? text.split('\n') : blocks;
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
