/**
 * Who said a quotation. The attribution is looked for, in order:
 * 1. right after it: "…," said Maria Gonzalez, the chief executive / "…," she said / „…“, so Merkel /
 *    « … », a-t-il déclaré;
 * 2. before it in the same sentence: In a statement, the governor, Daniel Okafor, said: "…" /
 *    Peskov said it presented "…" / Am Montag sagte Merkel: „…“ / selon le ministre, « … »;
 * 3. from a neighbour: a quotation that opens its sentence with no attribution of its own continues the
 *    speaker before it ("X," he said. "Y.") or after it in the paragraph, or the last speaker of the previous
 *    paragraph when it opens its paragraph; a quotation running on into the next paragraph takes the
 *    speaker of its continuation.
 * Pronouns resolve to the person most recently named who fits (see people.ts) only when nobody else who fits is
 * named close by; otherwise to the subject of the sentence naming them or the previous quotation's speaker, and
 * else to nobody (see `resolvePronoun`).
 */
import {
  type AttributionLanguage,
  FRENCH_INVERTED_STEMS,
  PERSON_PRONOUNS,
  SOURCE_FIRST_VERBS,
  SPEECH_VERBS,
} from './lexicon';
import { fitsPronoun, type Mention, type People, type Person, roleOf } from './people';
import type { QuoteSpan } from './quotes';
import { isRolePhrase, isRoleWord } from './roles';
import { firstLetterCase, type Paragraph, paragraphAt, type Range } from './text';

export interface Attribution {
  speaker: string;
  role?: string;
  /** 'after': the attribution follows the quotation, which makes the quotation a full clause. */
  via: 'after' | 'before' | 'inherited';
}

export interface AttributionContext {
  text: string;
  paragraphs: readonly Paragraph[];
  /** All top-level quotations, in text order. */
  quotes: readonly QuoteSpan[];
  people: People;
  /** The trimmed sentences of a paragraph. */
  sentencesOf(paragraph: number): readonly Range[];
  verbs: VerbMatcher;
}

/** The context of one quotation: the shared context and what is known of the quotation before it. */
interface QuoteContext extends AttributionContext {
  /** The quotation before and its speaker, when it has one and is in the same or the previous paragraph. */
  previous?: { open: number; paragraph: number; speaker: string };
}

interface WordToken extends Range {
  word: string;
  lower: string;
}

interface VerbMatch extends Range {
  phrase: string;
  /** How many word tokens the verb phrase spans. */
  length: number;
  /** A French inverted pronoun ("déclare-t-il"). */
  pronoun?: string;
}

export type VerbMatcher = (tokens: readonly WordToken[], index: number) => VerbMatch | undefined;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** A sentence end between attribution words; the dots of "Mr." and of initials do not count. */
const SENTENCE_BREAK =
  /[!?;]|(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mme|Mlle|Hr|Fr|\p{Lu}))\.(?!\p{N})/u;
const LEADING_PUNCTUATION = /^[\s,.!?…;:—–-]*/u;
/** Words that may follow a subject before its verb ("she later said", "Gonzalez has said"). */
const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'also',
  'later',
  'then',
  'once',
  'previously',
  'again',
  'hat',
  'a',
]);
/** What may follow the speaker's name before the verb: an appositive and auxiliaries. */
const SPEAKER_SUFFIX =
  /^\s*(?:,[^,.;:!?]{0,100},?)?\s*(?:(?:has|had|have|also|later|then|once|previously|again|hat|a)\s+)*$/iu;
/** An honorific written before the name ("Mr Kuleba"): part of the name phrase, not a role. */
const TRAILING_HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle|M|Herr|Frau)\.?$/u;
const DETERMINERS = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'l’', "l'", 'les']);
/** A verb that is more than this many words before the quotation is not introducing it. */
const MAX_WORDS_FROM_VERB = 20;

/** The speech-verb table for the article's language: English always, German or French by `lang`, all three if unknown. */
export function verbMatcher(lang: string | null | undefined): VerbMatcher {
  const primary = typeof lang === 'string' ? lang.toLowerCase().split(/[-_]/u)[0] : undefined;
  const languages: AttributionLanguage[] =
    primary === 'en'
      ? ['en']
      : primary === 'de'
        ? ['en', 'de']
        : primary === 'fr'
          ? ['en', 'fr']
          : ['en', 'de', 'fr'];
  const byFirstWord = new Map<string, string[][]>();
  for (const language of languages) {
    for (const verb of SPEECH_VERBS[language]) {
      const words = verb.split(' ');
      const first = words[0] ?? '';
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
    }
  }
  const french = languages.includes('fr');
  return (tokens, index) => {
    const token = tokens[index];
    if (token === undefined) return undefined;
    if (french) {
      const inverted = /^(\p{L}+)(?:-t)?-(il|elle)$/u.exec(token.lower);
      if (
        inverted?.[1] !== undefined &&
        inverted[2] !== undefined &&
        FRENCH_INVERTED_STEMS.has(inverted[1])
      ) {
        // "a-t-il déclaré": the participle after "a-t-il" belongs to the verb.
        const participle = inverted[1] === 'a' ? tokens[index + 1] : undefined;
        const end = participle?.end ?? token.end;
        return {
          start: token.start,
          end,
          phrase: token.lower,
          length: participle ? 2 : 1,
          pronoun: inverted[2],
        };
      }
    }
    for (const words of byFirstWord.get(token.lower) ?? []) {
      if (words.every((word, offset) => tokens[index + offset]?.lower === word)) {
        const last = tokens[index + words.length - 1] ?? token;
        return { start: token.start, end: last.end, phrase: words.join(' '), length: words.length };
      }
    }
    return undefined;
  };
}

function wordTokens(text: string, start: number, end: number): WordToken[] {
  return Array.from(text.slice(start, end).matchAll(WORD), (match) => ({
    word: match[0],
    lower: match[0].toLowerCase(),
    start: start + match.index,
    end: start + match.index + match[0].length,
  }));
}

/** Attributions for all quotations (undefined where no speaker can be told), index for index. */
export function attributeQuotes(context: AttributionContext): (Attribution | undefined)[] {
  const { quotes } = context;
  const found: (Attribution | undefined)[] = [];
  quotes.forEach((span, index) => {
    const previous = quotes[index - 1];
    const speaker = found[index - 1]?.speaker;
    const here: QuoteContext =
      previous === undefined || speaker === undefined || previous.paragraph < span.paragraph - 1
        ? context
        : { ...context, previous: { open: previous.open, paragraph: previous.paragraph, speaker } };
    found.push(attributeAfter(here, span, index) ?? attributeBefore(here, span, index));
  });

  // A quotation running on into the next paragraph is attributed where it ends.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const span = quotes[i];
    const next = found[i + 1];
    if (
      span?.continued &&
      found[i] === undefined &&
      next !== undefined &&
      quotes[i + 1]?.paragraph === span.paragraph + 1
    )
      found[i] = { ...next, via: 'inherited' };
  }
  // "X," he said. "Y." — a quotation standing as its own sentence continues the speaker of a quotation in
  // the sentence right before or right after it, or, when it opens its paragraph, of a quotation in the last
  // sentence of the paragraph before. Further away, another voice may have come in between.
  const sentenceOf = (span: QuoteSpan, offset: number): number =>
    sentenceIndexAt(context, span.paragraph, offset);
  for (let i = 0; i < quotes.length; i++) {
    const span = quotes[i];
    if (span === undefined || found[i] !== undefined || !opensSentence(context, span)) continue;
    const here = sentenceOf(span, span.open);
    const previous = quotes[i - 1];
    const next = quotes[i + 1];
    let inherited: Attribution | undefined;
    if (previous?.paragraph === span.paragraph && here - sentenceOf(previous, previous.close) <= 1)
      inherited = found[i - 1];
    if (
      inherited === undefined &&
      next?.paragraph === span.paragraph &&
      sentenceOf(next, next.open) - here <= 1
    )
      inherited = found[i + 1];
    const opensParagraph =
      here === 0 &&
      context.text.slice(context.paragraphs[span.paragraph]?.start ?? 0, span.open).trim() === '';
    if (inherited === undefined && opensParagraph && previous?.paragraph === span.paragraph - 1) {
      const lastSentence = context.sentencesOf(previous.paragraph).length - 1;
      if (sentenceOf(previous, previous.close) === lastSentence) inherited = found[i - 1];
    }
    if (inherited !== undefined) found[i] = { ...inherited, via: 'inherited' };
  }
  return found;
}

/** Index of the sentence holding `offset` in its paragraph (binary search), -1 before the first. */
function sentenceIndexAt(context: AttributionContext, paragraph: number, offset: number): number {
  const sentences = context.sentencesOf(paragraph);
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The sentence holding `offset` in its paragraph. */
function sentenceAt(context: AttributionContext, paragraph: number, offset: number): Range {
  const found = context.sentencesOf(paragraph)[sentenceIndexAt(context, paragraph, offset)];
  return found ?? { start: context.paragraphs[paragraph]?.start ?? 0, end: offset };
}

/** The quotation is the start of its sentence (nothing but whitespace before it). */
export function opensSentence(context: AttributionContext, span: QuoteSpan): boolean {
  const sentence = sentenceAt(context, span.paragraph, span.open);
  return context.text.slice(sentence.start, span.open).trim() === '';
}

function attributeAfter(context: QuoteContext, span: QuoteSpan, index: number): Attribution | undefined {
  if (span.continued) return undefined;
  const { text } = context;
  const paragraph = context.paragraphs[span.paragraph];
  if (paragraph === undefined) return undefined;
  const next = context.quotes[index + 1];
  const from = span.close + 1;
  const limit = Math.min(
    paragraph.end,
    from + 200,
    next?.paragraph === span.paragraph ? next.open : paragraph.end,
  );
  if (from >= limit) return undefined;
  const lead = LEADING_PUNCTUATION.exec(text.slice(from, limit))?.[0] ?? '';
  const leadEnd = from + lead.length;
  const tokens = wordTokens(text, leadEnd, limit).slice(0, 14);
  const first = tokens[0];
  if (first === undefined) return undefined;
  // "…win." Gonzalez said the plan… — after a full stop, a capitalised word starts a new sentence.
  const periodEnded = text[span.inner.end - 1] === '.' || lead.includes('.');
  if (periodEnded && firstLetterCase(first.word) === 'upper') return undefined;
  for (let t = 0; t < Math.min(12, tokens.length); t++) {
    const token = tokens[t];
    if (token === undefined || SENTENCE_BREAK.test(text.slice(leadEnd, token.start))) return undefined;
    const verb = context.verbs(tokens, t);
    if (verb === undefined) continue;
    let attribution: Omit<Attribution, 'via'> | undefined;
    if (verb.pronoun !== undefined)
      attribution = t === 0 ? fromPronoun(context, verb.pronoun, span.open) : undefined;
    else if (text.slice(leadEnd, verb.start).trim() === '')
      attribution = speakerAfterVerb(context, verb.end, limit, span.open);
    else attribution = speakerPhrase(context, { start: leadEnd, end: verb.start }, span.open);
    return attribution === undefined ? undefined : { ...attribution, via: 'after' };
  }
  return undefined;
}

function attributeBefore(context: QuoteContext, span: QuoteSpan, index: number): Attribution | undefined {
  const { text, quotes } = context;
  const sentence = sentenceAt(context, span.paragraph, span.open);
  const from = Math.max(sentence.start, span.open - 300);
  // Words inside earlier quotations in the sentence are the speaker's, not the attribution.
  const earlier: QuoteSpan[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const quote = quotes[k];
    if (quote === undefined || quote.close < from) break;
    earlier.push(quote);
  }
  const inQuote = (token: WordToken): boolean =>
    earlier.some((quote) => quote.open < token.start && token.end <= quote.close);
  const tokens = wordTokens(text, from, span.open).filter((token) => !inQuote(token));
  let verb: VerbMatch | undefined;
  let verbIndex = -1;
  for (let t = 0; t < tokens.length; t++) {
    const match = context.verbs(tokens, t);
    if (match === undefined) continue;
    verb = match;
    verbIndex = t;
    t += match.length - 1;
  }
  if (verb === undefined || tokens.length - (verbIndex + verb.length) > MAX_WORDS_FROM_VERB) return undefined;
  let attribution: Omit<Attribution, 'via'> | undefined;
  if (verb.pronoun !== undefined) attribution = fromPronoun(context, verb.pronoun, span.open);
  else if (SOURCE_FIRST_VERBS.has(verb.phrase))
    attribution = speakerAfterVerb(context, verb.end, span.open, span.open);
  else {
    // The subject: the last name or pronoun before the verb in this sentence.
    const mention = context.people.mentionsIn({ start: from, end: verb.start }).at(-1);
    const pronoun = tokens
      .slice(0, verbIndex)
      .filter((token) => PERSON_PRONOUNS.has(token.lower))
      .at(-1);
    if (pronoun !== undefined && (mention === undefined || pronoun.start > mention.start))
      attribution = fromPronoun(context, pronoun.lower, span.open);
    else if (
      mention !== undefined &&
      (mention.person !== undefined || text.slice(mention.end, verb.start).trim() === '')
    )
      attribution = fromMention(context, mention);
    // German puts the verb second: "Am Montag sagte Merkel: „…“".
    else attribution = speakerAfterVerb(context, verb.end, span.open, span.open);
  }
  return attribution === undefined ? undefined : { ...attribution, via: 'before' };
}

/** The words between a quotation and its verb: "Maria Gonzalez", "the chief executive, Maria Gonzalez,", "he". */
function speakerPhrase(
  context: QuoteContext,
  range: Range,
  at: number,
): Omit<Attribution, 'via'> | undefined {
  const { text } = context;
  const phrase = text.slice(range.start, range.end);
  const tokens = wordTokens(text, range.start, range.end);
  const first = tokens[0];
  if (first === undefined || tokens.length > 10 || SENTENCE_BREAK.test(phrase)) return undefined;
  if (PERSON_PRONOUNS.has(first.lower) && tokens.slice(1).every((token) => AUXILIARIES.has(token.lower)))
    return fromPronoun(context, first.lower, at);
  const mention = context.people.mentionsIn(range).at(-1);
  if (mention !== undefined) {
    const prefix = text
      .slice(range.start, mention.start)
      .trim()
      .replace(TRAILING_HONORIFIC, '')
      .replace(/[,—–-]+$/u, '')
      .trim();
    if (prefix !== '' && !isRolePhrase(prefix)) return undefined;
    if (!SPEAKER_SUFFIX.test(text.slice(mention.end, range.end))) return undefined;
    return fromMention(context, mention);
  }
  return tokens.length <= 6 ? fromRoleNoun(context, tokens, at) : undefined;
}

/** The speaker written after the verb: "said Maria Gonzalez", "sagte er", "so Merkel", "said the spokesman". */
function speakerAfterVerb(
  context: QuoteContext,
  from: number,
  limit: number,
  at: number,
): Omit<Attribution, 'via'> | undefined {
  const { text } = context;
  const tokens = wordTokens(text, from, limit).slice(0, 9);
  const first = tokens[0];
  if (first === undefined) return undefined;
  if (PERSON_PRONOUNS.has(first.lower)) return fromPronoun(context, first.lower, at);
  const mentions = context.people.mentionsIn({ start: from, end: tokens.at(-1)?.end ?? limit });
  const fits = (mention: Mention): boolean => {
    const prefix = text.slice(from, mention.start).trim().replace(TRAILING_HONORIFIC, '').trim();
    return prefix === '' || (!/[.;:!?]/u.test(prefix) && isRolePhrase(prefix.replace(/,$/u, '')));
  };
  // "said Kremlin spokesman Dmitry Peskov": "Kremlin" belongs to the role. A named person wins over a bare
  // capitalised word, which is the speaker only when nobody is named ("said Nato").
  const speaker =
    mentions.find((mention) => mention.person !== undefined && fits(mention)) ?? mentions.find(fits);
  return speaker === undefined ? fromRoleNoun(context, tokens, at) : fromMention(context, speaker);
}

/** "the spokesman said" / "sagte die Ministerin": the person last named with that role. */
function fromRoleNoun(
  context: AttributionContext,
  tokens: readonly WordToken[],
  at: number,
): Omit<Attribution, 'via'> | undefined {
  if (!DETERMINERS.has(tokens[0]?.lower ?? '')) return undefined;
  const roleWord = tokens.slice(1, 4).find((token) => isRoleWord(token.word));
  const person = roleWord === undefined ? undefined : context.people.personWithRole(at, roleWord.lower);
  if (person === undefined) return undefined;
  return person.role === undefined ? { speaker: person.name } : { speaker: person.name, role: person.role };
}

function fromPronoun(
  context: QuoteContext,
  pronoun: string,
  at: number,
): Omit<Attribution, 'via'> | undefined {
  const person = resolvePronoun(context, pronoun, at);
  if (person === undefined) return undefined;
  return person.role === undefined ? { speaker: person.name } : { speaker: person.name, role: person.role };
}

/**
 * Who a pronoun before `at` ("she said", "sagte er") stands for. Gender is known only from honorifics, so
 * "the person last named who fits" is a guess whenever two people are in play, and a wrong name is worse than
 * none. The look-back window runs up to `at` from the sentence before the pronoun's, or from further back:
 * from the sentence that last names someone who fits, and from the quotation before when it has a speaker and
 * is in this paragraph or the one before (that speaker is in play too). With one person in the window who
 * fits, it is them. With several:
 * 1. the subject of the sentence that last names someone: its first person named (not a possessive), when
 *    the sentence starts with them, with their role ("Kremlin spokesman Dmitry Peskov"), or with a short lead
 *    ending in a comma ("On Tuesday, Maria Gonzalez met Peter Smith." → "she" is Maria Gonzalez);
 * 2. else the speaker of the quotation before, if they are one of them (the conversation continues);
 * 3. else nobody.
 */
function resolvePronoun(context: QuoteContext, pronoun: string, at: number): Person | undefined {
  const latest = context.people.mentionBefore(at, pronoun);
  const person = latest?.person;
  if (latest === undefined || person === undefined) return undefined;
  const named = sentenceAt(context, paragraphAt(context.paragraphs, latest.start), latest.start);
  const { previous } = context;
  const windowStart = Math.min(
    named.start,
    sentenceBefore(context, at)?.start ?? named.start,
    previous === undefined ? named.start : sentenceAt(context, previous.paragraph, previous.open).start,
  );
  const candidates = new Set<Person>();
  for (const mention of context.people.mentionsIn({ start: windowStart, end: at })) {
    if (mention.person !== undefined && fitsPronoun(mention.person, pronoun)) candidates.add(mention.person);
  }
  if (candidates.size <= 1) return person;
  const subject = subjectOf(context, { start: named.start, end: Math.min(named.end, at) });
  if (subject !== undefined && candidates.has(subject)) return subject;
  for (const candidate of candidates) if (candidate.name === previous?.speaker) return candidate;
  return undefined;
}

/** The sentence before the one holding `offset`, in its paragraph or at the end of the paragraph before. */
function sentenceBefore(context: AttributionContext, offset: number): Range | undefined {
  const paragraph = paragraphAt(context.paragraphs, offset);
  const index = sentenceIndexAt(context, paragraph, offset);
  if (index > 0) return context.sentencesOf(paragraph)[index - 1];
  return paragraph > 0 ? context.sentencesOf(paragraph - 1).at(-1) : undefined;
}

/** A lead before the subject: "On Tuesday,", "Referring to the Biden administration’s refusal …,". */
const MAX_LEAD_WORDS = 15;

/**
 * The grammatical subject of a sentence, when it is a person: the first person named (not a possessive,
 * "Peter Smith’s lawyer"), if only a role, an honorific or a short comma-ended lead comes before them.
 */
function subjectOf(context: AttributionContext, sentence: Range): Person | undefined {
  const { text } = context;
  const first = context.people
    .mentionsIn(sentence)
    .find(
      (mention) =>
        mention.person !== undefined && !/^['’]s\b/u.test(text.slice(mention.end, mention.end + 3)),
    );
  if (first?.person === undefined) return undefined;
  const prefix = text.slice(sentence.start, first.start).trim().replace(TRAILING_HONORIFIC, '').trim();
  const isRole = (phrase: string): boolean => {
    const trimmed = phrase.replace(/[,—–-]+$/u, '').trim();
    return trimmed === '' || isRolePhrase(trimmed);
  };
  if (isRole(prefix)) return first.person;
  const comma = prefix.lastIndexOf(',');
  if (comma === -1) return undefined;
  const lead = prefix.slice(0, comma);
  if (/[“”"«»„.;:!?]/u.test(lead) || wordTokens(lead, 0, lead.length).length > MAX_LEAD_WORDS)
    return undefined;
  return isRole(prefix.slice(comma + 1)) ? first.person : undefined;
}

function fromMention(context: AttributionContext, mention: Mention): Omit<Attribution, 'via'> {
  const speaker = mention.person?.name ?? mention.name;
  const role = roleOf(context.text, mention);
  return role === undefined ? { speaker } : { speaker, role };
}
