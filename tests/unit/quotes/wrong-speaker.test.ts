/**
 * Shapes of English attribution where the nearest or first reading names the wrong person, and the engine
 * must give no name instead (issue 14: no name beats a wrong one). Each row is a minimal text written for
 * this test: [kind, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

const SAID = 'We will open the new bridge before the winter';

function speakerOf(text: string, quote: string): string | undefined {
  const found = directQuotes(suggest(article(text))).find((candidate) => candidate.text === quote);
  expect(found).toBeDefined();
  return found?.speaker;
}

describe('a pronoun when the article genders someone other than the subject', () => {
  it.each<Row>([
    [
      'an honorific gives the other person the pronoun’s gender',
      `Tom Berg met Ms. Lindqvist on Tuesday. “${SAID},” she said.`,
      SAID,
      undefined,
    ],
    [
      'a gendered role gives the other person the pronoun’s gender',
      `Tom Berg met Anna Lindqvist, a spokeswoman for the city, on Tuesday. “${SAID},” she said.`,
      SAID,
      undefined,
    ],
    [
      'a kinship noun gives the other person the pronoun’s gender',
      `Tom Berg visited his mother, Anna Lindqvist, on Tuesday. “${SAID},” she said.`,
      SAID,
      undefined,
    ],
    [
      'the subject keeps the pronoun when the article genders them too',
      `Mrs. Berg met Ms. Lindqvist on Tuesday. “${SAID},” she said.`,
      SAID,
      'Berg',
    ],
    [
      'the subject keeps it when the other person is of the other gender',
      `Tom Berg met Ms. Lindqvist on Tuesday. “${SAID},” he said.`,
      SAID,
      'Tom Berg',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

describe('a list of people speaks as nobody', () => {
  it.each<Row>([
    [
      'a list after the verb ("said A, B and C")',
      `The council met. “${SAID},” said Mayor Anna Lindqvist, Tom Berg and Ola Ek.`,
      SAID,
      undefined,
    ],
    [
      'a list before the verb ("A, B and C said:")',
      `The council met. Mayor Anna Lindqvist, Tom Berg and Ola Ek said: “${SAID}.”`,
      `${SAID}.`,
      undefined,
    ],
    [
      'a list as the subject of the sentence before',
      `The council met. Mayor Anna Lindqvist, Tom Berg and Ola Ek agreed on one thing. “${SAID}.”`,
      `${SAID}.`,
      undefined,
    ],
    [
      'an appositive naming someone else is no list',
      `The council met. “${SAID},” said Mayor Anna Lindqvist, Tom Berg’s deputy.`,
      SAID,
      'Anna Lindqvist',
    ],
    [
      'one speaker with a role is no list',
      `The council met. “${SAID},” said Anna Lindqvist, the mayor, on Tuesday.`,
      SAID,
      'Anna Lindqvist',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

describe('a person named after "a spokesman for", "an aide to" is whom the speaker works for', () => {
  it.each<Row>([
    ['an aide to a person', `The council met. “${SAID},” said an aide to Anna Lindqvist.`, SAID, undefined],
    [
      'a spokesman for a person with a title',
      `The council met. “${SAID},” a spokesman for Mayor Anna Lindqvist said.`,
      SAID,
      undefined,
    ],
    [
      'an aide to a person with a title',
      `The council met. “${SAID},” said an aide to Mayor Anna Lindqvist.`,
      SAID,
      undefined,
    ],
    [
      'the speaker named before the role, the one spoken for after it',
      `The council met. Ola Ek, spokeswoman for Mayor Anna Lindqvist, said: “${SAID}.”`,
      `${SAID}.`,
      'Ola Ek',
    ],
    [
      'the speaker named before the role, after the quotation',
      `The council met. “${SAID},” said Ola Ek, an adviser to Mayor Anna Lindqvist.`,
      SAID,
      'Ola Ek',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

describe('a speech verb in its -ing form after a name is that person’s, not the subject’s', () => {
  it.each<Row>([
    [
      '"quoted X as saying:"',
      `The council met. Mayor Anna Lindqvist quoted the builder Tom Berg as saying: “${SAID}.”`,
      `${SAID}.`,
      'Tom Berg',
    ],
    [
      '"recalled X telling her:"',
      `The council met. Mayor Anna Lindqvist recalled the builder Tom Berg telling her: “${SAID}.”`,
      `${SAID}.`,
      'Tom Berg',
    ],
    [
      'the subject still speaks through a finite verb after an object ("told X:")',
      `The council met. Mayor Anna Lindqvist told the builder Tom Berg: “${SAID}.”`,
      `${SAID}.`,
      'Anna Lindqvist',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

describe('a clause between the subject and a capitalised title glues no name to a role', () => {
  it.each<Row>([
    [
      'a film title after "is going to star in"',
      `Ryan Berg has two daughters. Berg is going to star in the film Night Harbour 2049. “${SAID},” he says.`,
      SAID,
      'Ryan Berg',
    ],
    [
      'a role glued to a name still is one ("Swedish foreign minister Anna Lindqvist")',
      `Swedish foreign minister Anna Lindqvist met the press. “${SAID},” she said.`,
      SAID,
      'Anna Lindqvist',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
