import { strToU8, zipSync } from 'fflate';
import { BLOCK_TAGS, UNRENDERED_TAGS } from '../../html-blocks';
import { textParagraphs } from '../../paragraphs';
import { isoTime } from '../../time';
import type { LibraryItem } from '../types';
import { domParser } from './html';

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 80;

/** A file name stem from a title: no path separators, control or reserved characters, at most 80 characters. */
export function safeFileStem(title: string): string {
  const stem = Array.from(
    title
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, MAX_NAME)
    .join('')
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  if (stem === '' || WINDOWS_RESERVED.test(stem)) return stem === '' ? 'untitled' : `${stem}_`;
  return stem;
}

function yamlString(value: string): string {
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(value);
}

function frontMatter(item: LibraryItem): string {
  const savedAt = isoTime(item.savedAt);
  const lines = [
    '---',
    `title: ${yamlString(item.title)}`,
    `url: ${yamlString(item.url)}`,
    `site: ${yamlString(item.site)}`,
    `author: ${item.byline === null ? 'null' : yamlString(item.byline)}`,
    `savedAt: ${savedAt === null ? 'null' : yamlString(savedAt)}`,
    `tags: [${item.tags.map(yamlString).join(', ')}]`,
    `state: ${item.state}`,
    '---',
  ];
  return lines.join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function safeHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeInline((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = () => Array.from(element.childNodes).map(inline).join('');
  switch (element.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B':
      return `**${inner().trim()}**`;
    case 'EM':
    case 'I':
      return `_${inner().trim()}_`;
    case 'CODE':
      return `\`${(element.textContent ?? '').replace(/`/g, '\u02cb')}\``;
    case 'A': {
      const href = safeHref(element.getAttribute('href'));
      return href ? `[${inner().trim()}](<${href.replace(/>/g, '%3E')}>)` : inner();
    }
    case 'IMG': {
      const src = safeHref(element.getAttribute('src'));
      return src
        ? `![${escapeInline(element.getAttribute('alt') ?? '')}](<${src.replace(/>/g, '%3E')}>)`
        : '';
    }
    default:
      return inner();
  }
}

/** Blocks without a Markdown form of their own (headings, lists, quotes… are handled first): their content. */
const CONTAINERS = new Set([...BLOCK_TAGS, 'TD', 'TH']);

function blocks(element: Element, listDepth = 0): string[] {
  const out: string[] = [];
  let paragraph = '';
  const flush = () => {
    const text = paragraph.replace(/[ \t]+/g, ' ').trim();
    if (text !== '') out.push(text);
    paragraph = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType !== 1) {
      paragraph += inline(child);
      continue;
    }
    const el = child as Element;
    const tag = el.tagName;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      out.push(`${'#'.repeat(Number(tag[1]))} ${Array.from(el.childNodes).map(inline).join('').trim()}`);
    } else if (tag === 'P' || tag === 'FIGCAPTION') {
      flush();
      const text = Array.from(el.childNodes).map(inline).join('').trim();
      if (text !== '') out.push(text);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const items = Array.from(el.children).filter((li) => li.tagName === 'LI');
      const lines = items.map((li, index) => {
        const marker = tag === 'OL' ? `${index + 1}.` : '-';
        const [first = '', ...rest] = blocks(li, listDepth + 1);
        const indent = '   ';
        return [`${marker} ${first}`, ...rest.map((block) => block.replace(/^/gm, indent))].join('\n');
      });
      out.push(lines.join('\n'));
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      out.push(blocks(el, listDepth).join('\n\n').replace(/^/gm, '> ').replace(/^> $/gm, '>'));
    } else if (tag === 'PRE') {
      flush();
      const code = el.textContent ?? '';
      const fence = code.includes('```') ? '~~~~' : '```';
      out.push(`${fence}\n${code.replace(/\n$/, '')}\n${fence}`);
    } else if (tag === 'HR') {
      flush();
      out.push('---');
    } else if (CONTAINERS.has(tag)) {
      flush();
      out.push(...blocks(el, listDepth));
    } else if (!UNRENDERED_TAGS.has(tag) && tag !== 'IFRAME' && tag !== 'OBJECT') {
      paragraph += inline(el);
    }
  }
  flush();
  return out;
}

/** Simple HTML → Markdown: headings, paragraphs, lists, blockquotes, code, emphasis, http(s)/mailto links and images. */
export function htmlToMarkdown(html: string, parser?: DOMParser): string {
  const doc = domParser(parser).parseFromString(html, 'text/html');
  return blocks(doc.body).join('\n\n');
}

function body(item: LibraryItem, parser?: DOMParser): string {
  const hasDom = parser !== undefined || typeof globalThis.DOMParser === 'function';
  if (item.contentHtml && hasDom) return htmlToMarkdown(item.contentHtml, parser);
  if (item.text) return textParagraphs(item.text).map(escapeInline).join('\n\n');
  return item.excerpt ? escapeInline(item.excerpt) : '';
}

/** One Markdown document: YAML front matter, the title, the article, then the reader's quotes. */
export function itemToMarkdown(item: LibraryItem, parser?: DOMParser): string {
  const parts = [frontMatter(item), `# ${escapeInline(item.title)}`, body(item, parser)];
  if (item.quotes.length > 0) {
    // Escaped like the article's text: a quote is text, never markup (issue 15, finding 11).
    const quoted = item.quotes.map((quote) =>
      quote.text
        .split('\n')
        .map((line) => `> ${escapeInline(line)}`)
        .join('\n'),
    );
    parts.push('## Quotes', quoted.join('\n\n'));
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/** A zip of one Markdown file per item, named after the title (unique, case-insensitively). */
export function exportMarkdownZip(items: readonly LibraryItem[], parser?: DOMParser): Uint8Array {
  const used = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const item of items) {
    const stem = safeFileStem(item.title);
    let name = `${stem}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${stem} (${n}).md`;
    used.add(name.toLowerCase());
    files[name] = strToU8(itemToMarkdown(item, parser));
  }
  return zipSync(files);
}
