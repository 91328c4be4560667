/**
 * Quoted words that nobody said: an example or a supposed utterance. A how-to, a language question or an
 * essay quotes sentences as specimens ("e.g. “…”", "Beispiel: …"), as what someone would say ("if someone
 * says “…”", "one could say “…”", "Die meisten würden sagen „…“") or as the reader's own question ("If you
 * are wondering “…?”"). A direct quotation needs a speaker or a speech frame; these frames say the words are
 * supposed, not reported. Read only for a quotation nothing attributes, with each language's words
 * (`hypothetical` in `lang/`).
 */
import { escapeRegExp } from '../article/words';
import type { AttributionContext } from './attribution';
import { LANGUAGES } from './lang';
import type { HypotheticalData } from './lang/types';
import type { Lexicon } from './lexicon';
import type { QuoteSpan } from './quotation-marks';
import type { Range } from './text-ranges';

interface Frames {
  /** An example marker ending right before a quotation (only spaces, brackets, commas or a colon after it). */
  exampleBefore: RegExp;
  /** An example label opening a sentence ("Beispiele: …") or standing alone on a line ("Example:"). */
  exampleLabel: RegExp;
  exampleLine: RegExp;
  /** A conditional opening a sentence, after a label or a bracket maybe. */
  conditional: RegExp;
  modals: ReadonlySet<string>;
  utterances: ReadonlySet<string>;
  /** A phrase telling the reader to ask or tell themselves something, ending right before a quotation. */
  selfBefore: RegExp;
  /** A verb of meaning right after a quotation, a comma maybe between ("“…,” means"). */
  meaningAfter: RegExp;
}

const cache = new WeakMap<Lexicon, Frames | null>();
const EVERY: readonly HypotheticalData[] = Object.values(LANGUAGES).flatMap((language) =>
  language.hypothetical === undefined ? [] : [language.hypothetical],
);

/** An entry as a pattern: its spaces any run of white space, its full stops optional spaces after them. */
function entryPattern(entry: string): string {
  return escapeRegExp(entry)
    .replace(/\s+/gu, '\\s*')
    .replace(/\\\.(?!$)/gu, '\\.\\s*');
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

function alternation(entries: readonly string[]): string {
  return [...new Set(entries)]
    .sort((a, b) => b.length - a.length)
    .map(entryPattern)
    .join('|');
}

const EXAMPLES = alternation(EVERY.flatMap((each) => each.examples));
const MODALS: ReadonlySet<string> = new Set(EVERY.flatMap((each) => each.modals));
const UTTERANCES: ReadonlySet<string> = new Set(EVERY.flatMap((each) => each.utterances));
const SELF_BEFORE = new RegExp(
  `${NOT_WORD_BEFORE}(?:${alternation(EVERY.flatMap((each) => each.selfAddress ?? []))})[\\s,:]*$`,
  'iu',
);
const MEANING_AFTER = new RegExp(
  `^[\\s,]*(?:${alternation(EVERY.flatMap((each) => each.meaningVerbs ?? []))})${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * Examples, modals and verbs of saying from every language (an English answer about German quotes German
 * examples: "könnte man sagen „…“"); conditionals from the article's own languages only, as a word that opens
 * a conditional in one language opens other sentences in another (Portuguese "se", Spanish "Se trata de").
 */
function framesFor(lexicon: Lexicon): Frames | null {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const own = lexicon.languages.flatMap((language) => language.hypothetical?.conditionals ?? []);
  const frames =
    own.length === 0
      ? null
      : {
          exampleBefore: new RegExp(`${NOT_WORD_BEFORE}(?:${EXAMPLES})[\\s,:(\\[]*$`, 'iu'),
          exampleLabel: new RegExp(`^[\\s(\\[]*(?:${EXAMPLES})\\s*:`, 'iu'),
          exampleLine: new RegExp(`^\\s*(?:${EXAMPLES})\\s*:?\\s*$`, 'iu'),
          conditional: new RegExp(
            `^[\\s(\\[]*(?:[^\\s:.!?]{1,30}\\s*:\\s*)?(?:${alternation(own)})${NOT_WORD_AFTER}`,
            'iu',
          ),
          modals: MODALS,
          utterances: UTTERANCES,
          selfBefore: SELF_BEFORE,
          meaningAfter: MEANING_AFTER,
        };
  cache.set(lexicon, frames);
  return frames;
}

/** The sentence holding `offset`, within its paragraph. */
function sentenceBefore(context: AttributionContext, span: QuoteSpan): Range {
  const { sentences } = context;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? 0) <= span.open) low = middle;
    else high = middle - 1;
  }
  const paragraphStart = context.paragraphs[span.paragraph]?.start ?? 0;
  const sentence = sentences[low];
  const start = sentence !== undefined && sentence.start <= span.open ? sentence.start : paragraphStart;
  return { start: Math.max(start, paragraphStart), end: span.open };
}

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

/**
 * A modal before a verb of saying, asking or wondering, said by nobody in particular: "die meisten würden
 * … sagen", "one could argue", "you may ask". A person's pronoun in the sentence ("she could reply") makes
 * it that person's words.
 */
function supposedUtterance(frames: Frames, lexicon: Lexicon, lead: string): boolean {
  const words = (lead.toLowerCase().match(WORD) ?? []) as string[];
  const modal = words.findIndex((word) => frames.modals.has(word));
  if (modal === -1 || words.some((word) => lexicon.pronouns.has(word))) return false;
  return words.slice(modal + 1).some((word) => frames.utterances.has(word));
}

/**
 * The quotation is an example or a supposed utterance: an example marker right before it or labelling its
 * sentence or the line before its paragraph, the reader told to ask or tell themselves it ("ask yourself,
 * “…”"), a verb of meaning right after it ("“…,” means …": an expression explained), a sentence opening with
 * a conditional, or a modal with a verb of saying before it in its sentence.
 */
export function supposed(context: AttributionContext, span: QuoteSpan): boolean {
  const frames = framesFor(context.lexicon);
  if (frames === null) return false;
  const { text, paragraphs } = context;
  const paragraph = paragraphs[span.paragraph];
  const near = text.slice(Math.max(paragraph?.start ?? 0, span.open - 40), span.open);
  if (frames.exampleBefore.test(near) || frames.selfBefore.test(near)) return true;
  if (frames.meaningAfter.test(text.slice(span.close + 1, span.close + 40))) return true;
  const sentence = sentenceBefore(context, span);
  const lead = text.slice(sentence.start, span.open);
  if (frames.exampleLabel.test(lead) || frames.conditional.test(lead)) return true;
  const before = paragraphs[span.paragraph - 1];
  if (before !== undefined && frames.exampleLine.test(text.slice(before.start, before.end))) return true;
  return supposedUtterance(frames, context.lexicon, lead);
}

/** A call's opening bracket right before the mark (`console.log("`, `it("`), or a command-line option (`-m '`). */
const CALL_BEFORE = /[\p{L}\p{N}_$\]]\(\s*$/u;
const OPTION_BEFORE = /(?:^|\s)--?[a-z][\w-]*[\s=]$/iu;

/**
 * The quotation is a string in code quoted on the page (a program's message, a test's name, a commit message):
 * its mark opens an argument of a call or a command-line option on its line. Nobody said those words.
 */
export function inCode(context: AttributionContext, span: QuoteSpan): boolean {
  const window = context.text.slice(Math.max(0, span.open - 200), span.open);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return CALL_BEFORE.test(before) || OPTION_BEFORE.test(before);
}
