/**
 * The whole page's text as the browser's text-fragment matcher sees it: one line per block, blocks separated
 * by a blank line. A deep link has to be unique on the page the recipient opens — headline, captions, pull
 * quotes and all — not just in the extracted article text.
 */
import { BLOCK_TAGS, UNRENDERED_TAGS } from '../html-blocks';

/** Besides what never renders, form controls' text and the head are not text the matcher searches. */
const SKIP = new Set([...UNRENDERED_TAGS, 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
/** Besides HTML's block elements, cells, captions and buttons are blocks to the text-fragment matcher. */
const BLOCK = new Set([...BLOCK_TAGS, 'TD', 'TH', 'FIGCAPTION', 'BUTTON']);

function blockOf(node: Node): Element | null {
  let current = node.parentElement;
  while (current && !BLOCK.has(current.tagName)) current = current.parentElement;
  return current;
}

function skipped(node: Node): boolean {
  for (let current = node.parentElement; current; current = current.parentElement) {
    if (SKIP.has(current.tagName) || current.hasAttribute('hidden')) return true;
  }
  return false;
}

export function pageBlocksText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const blocks: string[] = [];
  let current: string[] = [];
  let currentBlock: Element | null = null;
  const flush = () => {
    const text = current.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = [];
  };
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node)) continue;
    const block = blockOf(node);
    if (block !== currentBlock) {
      flush();
      currentBlock = block;
    }
    current.push(node.nodeValue ?? '');
  }
  flush();
  return blocks.join('\n\n');
}
