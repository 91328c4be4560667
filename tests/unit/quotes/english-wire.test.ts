/**
 * Wire-copy attribution in English, one construction per row, each in sentences written for this test (the
 * constructions were found in published news text): [construction, text, quotation, speaker]. `undefined`
 * is a row where a careful reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

const QUOTE = 'The harbour wall will not survive another winter like this one';
const NEXT = 'We warned the council about the cracks three years ago';

function speakerOf(text: string, quote: string): string | undefined {
  const found = directQuotes(suggest(article(text))).find((candidate) => candidate.text === quote);
  expect(found).toBeDefined();
  return found?.speaker;
}

describe('English wire-copy attribution', () => {
  it.each<Row>([
    [
      'a body glued before a role and a name ("said Harbourline analyst Mira Sand") is the role’s, not the speaker',
      `Port fees rose again in March.\n\n“${QUOTE},” said Harbourline Research analyst Mira Sand.`,
      QUOTE,
      'Mira Sand',
    ],
    [
      'a paragraph naming only bodies does not hide the person a pronoun points back to',
      `“${NEXT},” Tom Okafor told the Gazette.\n\nHe said the Harbour Authority spends half what the Coastal Agency does on repairs.\n\n“${QUOTE},” he added.`,
      QUOTE,
      'Tom Okafor',
    ],
    [
      'a single word after "a statement released by" is who issued the statement',
      `Delmar faced questions at the hearing.\n\nIts plan “${QUOTE},” according to a statement released by Delmar officials on Friday.`,
      QUOTE,
      'Delmar',
    ],
    [
      'an unknown word before a role noun ("Forestry researchers have warned") is no body, nor then a speaker',
      `Forestry researchers have warned of a “slow, silent and complete collapse of the northern woods” across the region.\n\nThe damage, per Greenhill, comes from a beetle first seen in 2019.\n\n“${QUOTE},” the company said in a statement.`,
      'slow, silent and complete collapse of the northern woods',
      undefined,
    ],
    [
      'an acronym opening a sentence before a verb ("NWA added …") is the body "the agency said" means',
      `NWA added the bridge to its list of urgent repairs on Monday.\n\n“${QUOTE},” the agency said.`,
      QUOTE,
      'NWA',
    ],
    [
      'the body that just spoke, whose one-word name ends in the noun ("Harbourbank … the bank added")',
      `Lending slowed in the spring.\n\n“${NEXT},” Harbourbank said on Tuesday.\n\n“${QUOTE},” the bank added.`,
      QUOTE,
      'Harbourbank',
    ],
    [
      'a word that begins a name not yet given ("Danish authorities" … "the Danish Maritime Registry") is nobody’s',
      `The Harbour Board denied the reports on Monday.\n\n“${NEXT},” a senior harbour official said on Wednesday.\n\nThe official, who asked not to be named, said the board would ask Danish authorities for details.\n\n“${QUOTE},” he said.\n\nThe figures were first published by the Danish Maritime Registry in May.`,
      QUOTE,
      undefined,
    ],
    [
      'a church is a body: "he" is never the Church named before',
      `The Nordholm Lutheran Church denied the reports on Monday.\n\nA senior official, who asked not to be named, said the figures were wrong.\n\n“${QUOTE},” he said.`,
      QUOTE,
      undefined,
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
