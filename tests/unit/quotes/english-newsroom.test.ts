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
    [
      'a full name alone before a colon, named elsewhere in the article ("X: “…”")',
      `The storm destroyed 300 houses. Carla Deane runs the shelter at the church.\n\nCarla Deane: “${QUOTE}.”`,
      `${QUOTE}.`,
      'Carla Deane',
    ],
    [
      'two capitalised words before a colon that name nobody else in the article are a heading',
      `The walking festival opens on Saturday. Organisers expect record numbers.\n\nFun Fact: “${QUOTE}.”`,
      `${QUOTE}.`,
      undefined,
    ],
    [
      'a company named by its trade ("Acme Logistics") is the company that "the company said" means',
      `Acme Logistics was fined after a warehouse fire. Investigators found blocked exits.\n\n“${QUOTE},” the company said.`,
      QUOTE,
      'Acme Logistics',
    ],
    [
      'a body’s statement read ("Acme’s statement read: “…”")',
      `A worker died at a warehouse on Monday. Police are investigating.\n\nTidewater Group’s statement read: “${QUOTE}.”`,
      `${QUOTE}.`,
      'Tidewater Group',
    ],
    [
      'a statement from a body said ("A statement from Acme said: “…”")',
      `Skyway Airlines cancelled forty flights on Friday. A fault grounded its fleet.\n\nA statement from Skyway Airlines said: “${QUOTE}.”`,
      `${QUOTE}.`,
      'Skyway Airlines',
    ],
    [
      'a party and state in brackets after the name ("Sen. X (D-Mass.) said")',
      `Congress returned on Monday. The budget fight resumed.\n\n“${QUOTE},” Sen. Elizabeth Warren (D-Mass.) said.`,
      QUOTE,
      'Elizabeth Warren',
    ],
    [
      'a party in brackets after the name ("X (D) said")',
      `Congress returned on Monday. The budget fight resumed.\n\n“${QUOTE},” Anna Berg (R) said.`,
      QUOTE,
      'Anna Berg',
    ],
    [
      'a role qualified by a name is its one holder ("the Labour leader" of "Labour leader X")',
      `Labour leader Keir Dalton faced questions on Sunday. Polls show the party trailing.\n\n“${QUOTE},” the Labour leader said.`,
      QUOTE,
      'Keir Dalton',
    ],
    [
      'a qualified role nobody holds is no epithet for whoever is in view ("the Chicago Fire actor")',
      `Mia Lord posted a photo of her mother, Ruth Lord. The picture was taken in Chicago.\n\n“${QUOTE},” the Chicago Fire actor said.`,
      QUOTE,
      undefined,
    ],
    [
      'a nationality noun is a role ("Irishman X" … "the Irishman said")',
      `Rovers beat Leeds on Saturday. Irishman Liam Dunne scored a hat-trick.\n\n“${QUOTE},” the Irishman said.`,
      QUOTE,
      'Liam Dunne',
    ],
    [
      '"the statement said" after a body issued one ("Acme issued a statement")',
      `Carrow Council issued a statement on Monday. It answered questions about the pool.\n\n“${QUOTE},” the statement said.`,
      QUOTE,
      'Carrow Council',
    ],
    [
      '"the statement said" names no body merely named nearby',
      `A body was found at the Tidewater Group depot. Police opened an inquiry.\n\n“${QUOTE},” the statement said.`,
      QUOTE,
      undefined,
    ],
    [
      'a club named by its last word ("Greenfield Rovers") is what "the club said" means',
      `Former striker Ian Holt has died aged 58. He scored 120 goals for Greenfield Rovers.\n\n“${QUOTE},” the club said in a statement.`,
      QUOTE,
      'Greenfield Rovers',
    ],
    [
      'a chief constable is a title and a role ("Chief Constable X" … "the chief constable said")',
      `A man has been charged. Chief Constable Mark Hensley gave details on Wednesday.\n\nThe chief constable said: “${QUOTE}.”`,
      `${QUOTE}.`,
      'Mark Hensley',
    ],
    [
      'according to a statement from a body, after the quotation',
      `A review at Harbour Health Trust is complete. It looked at complaints.\n\n“${QUOTE},” according to a statement from Harbour Health Trust.`,
      QUOTE,
      'Harbour Health Trust',
    ],
    [
      'a statement issued by a body said, after the quotation',
      `A review is complete. It looked at complaints.\n\n“${QUOTE},” said a statement issued by Harbour Health Trust.`,
      QUOTE,
      'Harbour Health Trust',
    ],
    [
      'a British abbreviated title is no part of the name ("Cllr Yates said")',
      `Residents near the plant report headaches. Local councillor Dan Yates has called for tests.\n\n“${QUOTE},” Cllr Yates said.`,
      QUOTE,
      'Dan Yates',
    ],
    [
      'a priest’s abbreviated title is no part of the name ("Fr Carey said")',
      `The church was damaged in the storm. Father Paul Carey has led the parish for years.\n\n“${QUOTE},” Fr Carey said.`,
      QUOTE,
      'Paul Carey',
    ],
  ])('%s', (_, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
