/**
 * The spec's matching ("find a range from a text directive") over the page's text, so a generated directive
 * is checked, not hoped, to land on the quote and nowhere else.
 *
 * The page is modelled by its text, `pageText`, with blocks (paragraphs, headings, list items) separated by
 * a blank line ("\n\n"); any other whitespace is one space, as the browser renders it.
 */
import { parseTextDirective, type TextDirective, type TextRange } from './text-directive';

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Case and accent folding, per code point. Browsers match directives case-insensitively, and a browser's
 * search may ignore accents as its find-in-page does; folding at least as much as any browser means a
 * directive this matcher finds unique is unique for every browser (a stricter browser finds a subset of
 * these matches, and the quote itself is always among them). Format characters (soft hyphens, zero width
 * joiners) are invisible and dropped.
 */
function fold(character: string): string {
  if (character.length === 1 && character.charCodeAt(0) < 0x80) return character.toLowerCase();
  let folded = foldCache.get(character);
  if (folded === undefined) {
    folded = character
      .normalize('NFD')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\p{M}\p{Cf}]/gu, '');
    foldCache.set(character, folded);
  }
  return folded;
}

/** Normalising one character at a time is the slow part of folding; a page uses few distinct characters. */
const foldCache = new Map<string, string>();

/** The page as the matcher sees it. Three aligned views, so that matches map back to `pageText`. */
interface PageModel {
  /** Blocks joined by "\n"; inside a block, each whitespace run is one space; ends trimmed. */
  text: string;
  /** `pageText` offset of each UTF-16 unit of `text`. */
  origin: number[];
  /** `text` folded (see `fold`), still with "\n" between blocks. */
  folded: string;
  /** `folded` with "\n" as a space, for searching: whitespace between blocks is whitespace. */
  searchable: string;
  /** For each unit of `folded`, the `text` range of the character it came from. */
  foldStart: number[];
  foldEnd: number[];
  /** Word segmentation of each block, made when a search first needs it (see `blockWords`). */
  segmented: Map<number, BlockWords>;
  /** Offset in `text` where each block starts. */
  blockStarts: number[];
}

/** A block's word boundaries (UAX #29, as the browsers' ICU finds them) and word-like segments, in `text` offsets. */
interface BlockWords {
  boundaries: Set<number>;
  words: TextRange[];
}

/** A blank line (possibly holding spaces) or a Unicode paragraph separator ends a block. */
function isBlockBreak(whitespace: string): boolean {
  if (whitespace.length < 2 && whitespace !== '\u2029') return false;
  return /\n[^\S\n]*\n|\u2029/.test(whitespace.replace(/\r\n?/g, '\n'));
}

export function buildModel(pageText: string): PageModel {
  let text = '';
  let folded = '';
  const origin: number[] = [];
  const foldStart: number[] = [];
  const foldEnd: number[] = [];
  const blockStarts = [0];
  /** Appends one unit of `text` that folds to itself (ASCII, separators): the common, fast case. */
  const pushPlain = (unit: string, from: number): void => {
    origin.push(from);
    foldStart.push(text.length);
    foldEnd.push(text.length + 1);
    text += unit;
    folded += unit.toLowerCase();
  };
  let space: { at: number; blockBreak: boolean } | null = null;
  for (const piece of pageText.matchAll(/\s+|\S+/gu)) {
    const [run] = piece;
    if (/^\s/u.test(run)) {
      space = { at: piece.index, blockBreak: isBlockBreak(run) };
      continue;
    }
    if (text !== '' && space !== null) {
      pushPlain(space.blockBreak ? '\n' : ' ', space.at);
      if (space.blockBreak) blockStarts.push(text.length);
    }
    space = null;
    if (/^[\x21-\x7e]+$/.test(run)) {
      for (let i = 0; i < run.length; i++) {
        origin.push(piece.index + i);
        foldStart.push(text.length + i);
        foldEnd.push(text.length + i + 1);
      }
      text += run;
      folded += run.toLowerCase();
      continue;
    }
    for (let i = 0; i < run.length; ) {
      const character = String.fromCodePoint(run.codePointAt(i) ?? 0);
      const folding = fold(character);
      for (let k = 0; k < folding.length; k++) {
        foldStart.push(text.length);
        foldEnd.push(text.length + character.length);
      }
      for (let k = 0; k < character.length; k++) origin.push(piece.index + i + k);
      text += character;
      folded += folding;
      i += character.length;
    }
  }
  return {
    text,
    origin,
    folded,
    searchable: folded.replace(/\n/g, ' '),
    foldStart,
    foldEnd,
    segmented: new Map(),
    blockStarts,
  };
}

/** A directive part folded as the page is. */
export function foldQuery(part: string): string {
  let folded = '';
  for (const character of part.replace(/\s+/g, ' ').trim()) folded += fold(character);
  return folded;
}

export function blockOf(model: PageModel, at: number): number {
  let low = 0;
  let high = model.blockStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((model.blockStarts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Segmenting block by block, and only the blocks a search reaches: V8's segmenter slows down sharply on
 * long strings (about 150 ms for a 45,000-character page at once, 15 ms in paragraphs).
 */
export function blockWords(model: PageModel, block: number): BlockWords {
  const known = model.segmented.get(block);
  if (known !== undefined) return known;
  const start = model.blockStarts[block] ?? 0;
  const next = model.blockStarts[block + 1];
  const end = next === undefined ? model.text.length : next - 1;
  const words: BlockWords = { boundaries: new Set([start, end]), words: [] };
  for (const { index, segment, isWordLike } of wordSegmenter.segment(model.text.slice(start, end))) {
    words.boundaries.add(start + index);
    words.boundaries.add(start + index + segment.length);
    if (isWordLike === true) words.words.push({ start: start + index, end: start + index + segment.length });
  }
  model.segmented.set(block, words);
  return words;
}

/** Whether `offset` in `text` is a word boundary; `side` says which block to look in when it sits at a block's edge. */
export function isBoundary(model: PageModel, offset: number, side: 'start' | 'end'): boolean {
  if (offset <= 0 || offset >= model.text.length) return true;
  return blockWords(model, blockOf(model, side === 'start' ? offset : offset - 1)).boundaries.has(offset);
}

function isStartBoundary(model: PageModel, at: number): boolean {
  if (at > 0 && model.foldStart[at] === model.foldStart[at - 1]) return false;
  return isBoundary(model, model.foldStart[at] ?? model.text.length, 'start');
}

function isEndBoundary(model: PageModel, at: number): boolean {
  if (at < model.folded.length && model.foldStart[at] === model.foldStart[at - 1]) return false;
  return isBoundary(model, model.foldEnd[at - 1] ?? 0, 'end');
}

/** The spec's "find a string in range": the first match at or after `from`, inside one block. */
function findString(
  model: PageModel,
  query: string,
  from: number,
  wordStart: boolean,
  wordEnd: boolean,
): number {
  for (
    let at = model.searchable.indexOf(query, from);
    at >= 0;
    at = model.searchable.indexOf(query, at + 1)
  ) {
    const end = at + query.length;
    if (model.folded.slice(at, end).includes('\n')) continue;
    if (wordStart && !isStartBoundary(model, at)) continue;
    if (wordEnd && !isEndBoundary(model, end)) continue;
    return at;
  }
  return -1;
}

/** The spec's "advance … to the next non-whitespace position". */
function skipSpaces(model: PageModel, at: number): number {
  let position = at;
  while (model.searchable[position] === ' ') position++;
  return position;
}

interface FoldedDirective {
  prefix: string | null;
  textStart: string;
  textEnd: string | null;
  suffix: string | null;
}

/**
 * The spec's "find a range from a text directive", starting the search at `from` (offsets in `folded`).
 * Also returns where the search would go on, so the caller can look for a second match.
 */
function matchFrom(
  model: PageModel,
  directive: FoldedDirective,
  from: number,
): { range: TextRange; resume: number } | null {
  const { prefix, textStart, textEnd, suffix } = directive;
  const length = model.folded.length;
  let searchFrom = from;
  while (searchFrom < length) {
    let start: number;
    const mustEndAtWord = textEnd !== null || suffix === null;
    if (prefix !== null) {
      const prefixAt = findString(model, prefix, searchFrom, true, false);
      if (prefixAt < 0) return null;
      searchFrom = prefixAt + 1;
      const matchStart = skipSpaces(model, prefixAt + prefix.length);
      if (matchStart >= length) return null;
      start = findString(model, textStart, matchStart, false, mustEndAtWord);
      if (start < 0) return null;
      if (start !== matchStart) continue;
    } else {
      start = findString(model, textStart, searchFrom, true, mustEndAtWord);
      if (start < 0) return null;
      searchFrom = start + 1;
    }
    let end = start + textStart.length;
    let rangeEndFrom = end;
    for (;;) {
      if (textEnd !== null) {
        if (rangeEndFrom >= length) return null;
        const endAt = findString(model, textEnd, rangeEndFrom, true, suffix === null);
        if (endAt < 0) return null;
        end = endAt + textEnd.length;
      }
      if (suffix === null) return { range: { start, end }, resume: searchFrom };
      const suffixStart = skipSpaces(model, end);
      const suffixAt = findString(model, suffix, suffixStart, false, true);
      if (suffixAt < 0) return null;
      if (suffixAt === suffixStart) return { range: { start, end }, resume: searchFrom };
      if (textEnd === null) break;
      rangeEndFrom = end;
    }
  }
  return null;
}

function foldDirective(directive: TextDirective): FoldedDirective | null {
  const folded: FoldedDirective = {
    prefix: directive.prefix === undefined ? null : foldQuery(directive.prefix),
    textStart: foldQuery(directive.textStart),
    textEnd: directive.textEnd === undefined ? null : foldQuery(directive.textEnd),
    suffix: directive.suffix === undefined ? null : foldQuery(directive.suffix),
  };
  const parts = [folded.prefix, folded.textStart, folded.textEnd, folded.suffix];
  return parts.includes('') ? null : folded;
}

/** Matches in `model`, as ranges of `model.text`, at most `max` of them. */
export function modelMatches(model: PageModel, directive: TextDirective, max: number): TextRange[] {
  const folded = foldDirective(directive);
  if (folded === null) return [];
  const ranges: TextRange[] = [];
  let from = 0;
  while (ranges.length < max) {
    const match = matchFrom(model, folded, from);
    if (match === null) break;
    const range = {
      start: model.foldStart[match.range.start] ?? 0,
      end: model.foldEnd[match.range.end - 1] ?? 0,
    };
    if (!ranges.some((seen) => seen.start === range.start && seen.end === range.end)) ranges.push(range);
    from = match.resume;
  }
  return ranges;
}

function toPageRange(model: PageModel, range: TextRange): TextRange {
  return { start: model.origin[range.start] ?? 0, end: (model.origin[range.end - 1] ?? -1) + 1 };
}

/**
 * Every distinct range of `pageText` that `directive` (a TextDirective, a URL, or `text=…`) can select, at
 * most `max`: the first is the one browsers highlight; more than one means the directive is ambiguous.
 */
export function findTextFragmentMatches(
  directive: TextDirective | string,
  pageText: string,
  max = Number.POSITIVE_INFINITY,
): TextRange[] {
  const parsed = typeof directive === 'string' ? parseTextDirective(directive) : directive;
  if (parsed === null) return [];
  const model = buildModel(pageText);
  return modelMatches(model, parsed, max).map((range) => toPageRange(model, range));
}

/** The range of `pageText` a browser would highlight for `directive`, or null when it matches nothing. */
export function findTextFragmentMatch(directive: TextDirective | string, pageText: string): TextRange | null {
  return findTextFragmentMatches(directive, pageText, 1)[0] ?? null;
}
