/**
 * Newsroom attribution in English, one construction per row, each in sentences written for this test:
 * [construction, text, quotation, speaker]. `undefined` is a row where a careful reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

const QUOTE = 'We have asked the ministry for an urgent meeting this week';

function speakerOf(text: string, quote: string): string | undefined {
  const found = directQuotes(suggest(article(text))).find((candidate) => candidate.text === quote);
  expect(found).toBeDefined();
  return found?.speaker;
}

describe('English newsroom attribution', () => {
  it.each<Row>([
    [
      'a verb and its object between two names glue no role to the second ("X chairs the … at Y")',
      `Hannah Lutz chairs the parents' association at Riverside Primary. The school may close.\n\n“${QUOTE},” she said.`,
      QUOTE,
      'Hannah Lutz',
    ],
    [
      'two people joined over a role ("Coach X and captain Y") leave "he" to nobody',
      `United face City on Saturday. Coach Mark Tilney and captain Joe Ross both spoke to reporters.\n\n“${QUOTE},” he said.`,
      QUOTE,
      undefined,
    ],
  ])('%s', (_, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
