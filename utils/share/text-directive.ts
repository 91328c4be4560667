/**
 * Text directives (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`): their shape, encoding and parsing.
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */

export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** A match, as UTF-16 offsets into `pageText` (`pageText.slice(start, end)`). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Percent-encodes a directive part. Beyond encodeURIComponent: `-` (the prefix/suffix marker, which the
 * spec requires encoded), and `.` `!` `~` `*` `'` `(` `)`, which the spec would allow bare but which
 * linkifiers (X, Bluesky, Mastodon) drop from the end of a URL, cutting the directive short.
 */
function encodePart(part: string): string {
  return encodeURIComponent(part).replace(
    /[-.!~*'()]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `text=[prefix-,]textStart[,textEnd][,-suffix]` with every part percent-encoded. */
export function encodeTextDirective(directive: TextDirective): string {
  const parts: string[] = [];
  if (directive.prefix !== undefined) parts.push(`${encodePart(directive.prefix)}-`);
  parts.push(encodePart(directive.textStart));
  if (directive.textEnd !== undefined) parts.push(encodePart(directive.textEnd));
  if (directive.suffix !== undefined) parts.push(`-${encodePart(directive.suffix)}`);
  return `text=${parts.join(',')}`;
}

function decodePart(part: string): string | null {
  try {
    const decoded = decodeURIComponent(part);
    return decoded === '' ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * The first text directive in `input`: a URL, a fragment containing `:~:`, or a bare `text=…` value.
 * Null when there is none or it is malformed (the browser ignores those too).
 */
export function parseTextDirective(input: string): TextDirective | null {
  let value = input;
  const delimiter = input.indexOf(':~:');
  if (delimiter >= 0) {
    const directive = input
      .slice(delimiter + 3)
      .split('&')
      .find((item) => item.startsWith('text='));
    if (directive === undefined) return null;
    value = directive;
  }
  if (!value.startsWith('text=')) return null;
  const parts = value.slice(5).split(',');
  let prefix: string | undefined;
  let suffix: string | undefined;
  const first = parts[0];
  if (first?.endsWith('-')) {
    prefix = decodePart(first.slice(0, -1)) ?? '';
    parts.shift();
  }
  const last = parts[parts.length - 1];
  if (last?.startsWith('-')) {
    suffix = decodePart(last.slice(1)) ?? '';
    parts.pop();
  }
  if (prefix === '' || suffix === '' || parts.length < 1 || parts.length > 2) return null;
  const textStart = decodePart(parts[0] ?? '');
  const textEnd = parts[1] === undefined ? undefined : decodePart(parts[1]);
  if (textStart === null || textEnd === null) return null;
  const directive: TextDirective = { textStart };
  if (prefix !== undefined) directive.prefix = prefix;
  if (textEnd !== undefined) directive.textEnd = textEnd;
  if (suffix !== undefined) directive.suffix = suffix;
  return directive;
}
