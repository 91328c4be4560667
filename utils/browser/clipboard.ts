/**
 * The one way the extension writes to the clipboard (the popup's copy, the reader's copied quotes, the
 * studio's image and alt text). The architecture test keeps `navigator.clipboard` out of every other file.
 */

/** Puts plain text on the clipboard. */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/**
 * Puts text as plain text and as HTML on the clipboard, so rich editors (mail, docs, CMS) paste the HTML.
 * Without `ClipboardItem` (older browsers) the plain text alone is copied.
 */
export function copyRich(content: { text: string; html: string }): Promise<void> {
  if (typeof ClipboardItem !== 'function') return copyText(content.text);
  return navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([content.text], { type: 'text/plain' }),
      'text/html': new Blob([content.html], { type: 'text/html' }),
    }),
  ]);
}

/** Whether this browser can put an image on the clipboard (Firefox before 127 and some others cannot). */
export function canCopyImage(): boolean {
  return typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';
}

/** Puts a PNG on the clipboard; check `canCopyImage` first. */
export function copyImage(png: Blob): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
