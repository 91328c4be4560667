/** Standalone sentences: what makes one quotable, what is never offered, and spreading over the article. */
import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from '../../../utils/quotes';
import { article, suggest } from './helpers';

const sentences = (result: QuoteCandidate[]): QuoteCandidate[] => result.filter((c) => c.kind === 'sentence');
const scoreOf = (result: QuoteCandidate[], text: string): number | undefined =>
  result.find((c) => c.text === text)?.score;

describe('quotability', () => {
  it.each([
    [
      'a leading pronoun',
      'The city council approved 40 million euros for new flood barriers along the river on Monday night.',
      'It approved 40 million euros for new flood barriers along the river on Monday night, after a long debate.',
    ],
    [
      'a leading "But"',
      'The city council approved 40 million euros for new flood barriers along the river on Monday night.',
      'But the city council approved 40 million euros for new flood barriers along the river on Monday night.',
    ],
    [
      'a leading "However,"',
      'The city council approved 40 million euros for new flood barriers along the river on Monday night.',
      'However, the council approved 40 million euros for new flood barriers along the river on Monday night.',
    ],
    [
      'an unresolved "they"',
      'The city council approved 40 million euros for new flood barriers along the river on Monday night.',
      'At the end of the night they approved 40 million euros for new flood barriers along the river.',
    ],
    [
      'no claim (no number, contrast or superlative)',
      'The city council approved 40 million euros for new flood barriers along the river on Monday night.',
      'The city council met in the old town hall on the square to talk about the river on Monday night.',
    ],
  ])('a self-contained claim ranks above a sentence with %s', (_case, better, worse) => {
    // Separate paragraphs, so the per-paragraph spreading does not touch the scores.
    const result = suggest(article(`${worse}\n\n${better}`));
    expect(scoreOf(result, better)).toBeGreaterThan(scoreOf(result, worse) ?? 1);
  });

  it('offers only sentences of 60 to 240 characters', () => {
    const short = 'The council met on Monday.';
    const long = `The council approved the budget, ${'which covers roads, schools, bridges, parks and flood barriers, '.repeat(4)}after a debate that lasted until the early morning.`;
    const fine = 'The council approved 40 million euros for new flood barriers on Monday night.';
    const result = suggest(article(`${short} ${fine}\n\n${long}`));
    expect(sentences(result).map((c) => c.text)).toEqual([fine]);
  });
});

describe('never offered', () => {
  it.each([
    [
      'a photo caption',
      'Firefighters work through the night to contain the blaze in the hills above the city. Photo: Reuters',
    ],
    [
      'a caption credit line',
      'Russian armoured vehicles during exercises in the Rostov region this week. Photograph: AP',
    ],
    [
      'an agency credit',
      'Additional reporting by Reuters and Agence France-Presse in Paris, Berlin and Brussels.',
    ],
    [
      'a newsletter promo',
      'Sign up for our free daily briefing and get the best of our journalism in your inbox every morning.',
    ],
    [
      'a read-more promo',
      'Read more: Explainer: what does Russia want from Nato, and why does it matter so much now?',
    ],
    [
      'a comment form',
      'Leave a Reply. Your email address will not be published. Required fields are marked with a star.',
    ],
    [
      'a cookie notice',
      'This website uses cookies. By continuing to use this site, you accept our use of cookies.',
    ],
    [
      'a German promo',
      'Lesen Sie auch: Warum die Verhandlungen in Genf so lange dauern und was jetzt passieren muss.',
    ],
    [
      'a French promo',
      'Lire aussi : Pourquoi les négociations à Genève durent si longtemps et ce qui doit se passer.',
    ],
  ])('%s', (_case, furniture) => {
    const body =
      'The city council approved 40 million euros for new flood barriers along the river on Monday.';
    const result = suggest(article(`${body}\n\n${furniture}`));
    expect(sentences(result).map((c) => c.text)).toEqual([body]);
  });

  it('a sentence that is mostly a quotation: the quotation is offered instead', () => {
    const text =
      '“We will rebuild every school that was destroyed by the flood,” said Maria Gonzalez, the chief executive.';
    const result = suggest(article(text));
    expect(result.map((c) => [c.kind, c.text])).toEqual([
      ['direct', 'We will rebuild every school that was destroyed by the flood'],
    ]);
  });

  it('a sentence that is mostly an unattributed fragment (the fragment itself is offered, without a speaker)', () => {
    const text =
      'Critics said nothing. It was “a disgrace to the city and an insult to every resident who lost a home”.';
    const result = suggest(article(text));
    expect(result.filter((candidate) => candidate.kind === 'sentence')).toEqual([]);
    expect(result.map((candidate) => [candidate.kind, candidate.text, candidate.speaker])).toEqual([
      ['direct', 'a disgrace to the city and an insult to every resident who lost a home', undefined],
    ]);
  });
});

describe('spreading over the article', () => {
  const strong = [
    'The council approved 40 million euros for flood barriers, the largest sum it has ever spent.',
    'More than 2,000 homes were flooded in March, and not one of them was insured against it.',
    'The river rose 4 metres in a single night, the highest level recorded since 1910.',
    'Only 3 of the 12 pumping stations worked, because the rest had never been repaired.',
  ];
  const plain = 'The mayor walked along the river with residents of the old town on Tuesday morning.';
  const result = suggest(article(`${strong.join(' ')}\n\n${plain}`));

  it('takes at most two sentences from one paragraph', () => {
    expect(sentences(result).filter((c) => c.paragraph === 0)).toHaveLength(2);
  });

  it('offers a weaker sentence from another paragraph', () => {
    expect(sentences(result).map((c) => c.text)).toContain(plain);
  });
});
