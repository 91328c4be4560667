import { BLOCK_TAGS, UNRENDERED_TAGS } from '../../html-blocks';
/** A DOMParser: the page's by default; tests and workers may pass their own. */
export function domParser(parser?: DOMParser): DOMParser {
  if (parser) return parser;
  if (typeof globalThis.DOMParser !== 'function') throw new Error('No DOMParser in this context.');
  return new globalThis.DOMParser();
}

/** HTML's blocks, plus table rows and figure captions: an imported article's text keeps them apart. */
const BLOCK = new Set([...BLOCK_TAGS, 'FIGCAPTION']);
const UNRENDERED = [...UNRENDERED_TAGS].join(', ');

/** Readable text of an HTML fragment: one blank line between blocks, whitespace collapsed within them. */
export function textFromHtml(html: string, parser?: DOMParser): string {
  const doc = domParser(parser).parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll(UNRENDERED))) element.remove();
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    const element = node as Element;
    const block = BLOCK.has(element.tagName);
    if (block || element.tagName === 'BR') flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(doc.body);
  flush();
  return blocks.join('\n\n');
}
