/**
 * Everyday shapes of English attribution, each in its smallest sentence written for this test:
 * [kind, text, quotation, speaker].
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

describe('English attribution shapes', () => {
  it.each<Row>([
    [
      'a company abbreviation ends no sentence ("Acme Inc. said")',
      `The council met. “${SAID},” Acme Inc. said in a statement.`,
      SAID,
      'Acme Inc',
    ],
    [
      'a company abbreviation before a colon ("Acme Ltd. said:")',
      `The council met. Acme Ltd. said on Monday: “${SAID}.”`,
      `${SAID}.`,
      'Acme Ltd',
    ],
    [
      'the base form after a modal ("she would later say")',
      `Mayor Anna Lindqvist met the council. “${SAID},” she would later say.`,
      SAID,
      'Anna Lindqvist',
    ],
    [
      'the base form after a modal ("he will tell you")',
      `Mayor Tom Berg met the council. “${SAID},” he will tell you.`,
      SAID,
      'Tom Berg',
    ],
    [
      'a capitalised common noun opening the sentence is no speaker ("People who know X said:")',
      `Mayor Tom Berg met the council. People who know Tom Berg said: “${SAID}.”`,
      `${SAID}.`,
      undefined,
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

describe('a person introduced in the sentence or paragraph before, marked by ", who"', () => {
  it.each<Row>([
    [
      'the sentence before',
      `The council met on Monday. Anna Lindqvist, who chairs the board, was blunt. “${SAID}.”`,
      `${SAID}.`,
      'Anna Lindqvist',
    ],
    [
      'the paragraph before',
      `The council met on Monday. Anna Lindqvist, who chairs the board, was blunt.\n\n“${SAID}.”`,
      `${SAID}.`,
      'Anna Lindqvist',
    ],
    [
      'not a body (", which")',
      `The council met on Monday. Lindqvist Bridges, which builds the road, was blunt. “${SAID}.”`,
      `${SAID}.`,
      undefined,
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
