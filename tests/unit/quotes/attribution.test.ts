/**
 * Who said it: one row per attribution pattern, in English, German and French, across quotation styles.
 * Each row: [pattern, lang, text, the quotation as suggested, speaker, role].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string, string, string | undefined];

const SCHOOLS = 'We will rebuild every school that was destroyed';
const BARRIERS = 'The flood barriers held for the first time in a decade';

const english: Row[] = [
  [
    '"…," said NAME, ROLE',
    'en',
    `“${SCHOOLS},” said Maria Gonzalez, the chief executive.`,
    SCHOOLS,
    'Maria Gonzalez',
    'the chief executive',
  ],
  ['"…," NAME said', 'en', `“${SCHOOLS},” Maria Gonzalez said.`, SCHOOLS, 'Maria Gonzalez', undefined],
  [
    '"…," the ROLE, NAME, said',
    'en',
    `“${SCHOOLS},” the chief executive, Maria Gonzalez, said.`,
    SCHOOLS,
    'Maria Gonzalez',
    'the chief executive',
  ],
  [
    '"…," SURNAME said',
    'en',
    `Maria Gonzalez runs the charity. “${SCHOOLS},” Gonzalez said.`,
    SCHOOLS,
    'Maria Gonzalez',
    undefined,
  ],
  [
    '"…," she said',
    'en',
    `Maria Gonzalez runs the charity. “${SCHOOLS},” she said.`,
    SCHOOLS,
    'Maria Gonzalez',
    undefined,
  ],
  [
    '"…," she said skips a man named since',
    'en',
    `Maria Gonzalez met Mr Daniel Okafor on Monday. “${SCHOOLS},” she said.`,
    SCHOOLS,
    'Maria Gonzalez',
    undefined,
  ],
  [
    '"…," he said skips places named since ("Black Sea", "New York")',
    'en',
    'Dmitry Peskov flew from the Black Sea to New York. “Talks will continue, whatever Washington decides,” he said.',
    'Talks will continue, whatever Washington decides',
    'Dmitry Peskov',
    undefined,
  ],
  [
    '"…," Mr SURNAME said',
    'en',
    `Daniel Okafor met Maria Gonzalez on Monday. “${BARRIERS},” Mr Okafor said.`,
    BARRIERS,
    'Daniel Okafor',
    undefined,
  ],
  [
    '"…," Mr. SURNAME said (American full stop)',
    'en',
    `Mr. Okafor arrived late. Daniel Okafor is the governor. “${BARRIERS},” Mr. Okafor said.`,
    BARRIERS,
    'Daniel Okafor',
    undefined,
  ],
  [
    'In a statement, the ROLE, NAME, said: "…"',
    'en',
    `In a statement, the governor, Daniel Okafor, said: “${BARRIERS}.”`,
    `${BARRIERS}.`,
    'Daniel Okafor',
    'the governor',
  ],
  [
    'NAME said that "…" (straight quotes, fragment)',
    'en',
    `Daniel Okafor said that "the flood barriers held for the first time in a decade".`,
    'the flood barriers held for the first time in a decade',
    'Daniel Okafor',
    undefined,
  ],
  [
    "'…,' said NAME (single quotes)",
    'en',
    `‘${BARRIERS},’ said Daniel Okafor.`,
    BARRIERS,
    'Daniel Okafor',
    undefined,
  ],
  [
    'According to NAME, "…"',
    'en',
    `According to Daniel Okafor, “the flood barriers held for the first time in a decade.”`,
    'the flood barriers held for the first time in a decade.',
    'Daniel Okafor',
    undefined,
  ],
  [
    '"…," said ROLE NAME',
    'en',
    '“Talks will continue, whatever Washington decides,” said Kremlin spokesman Dmitry Peskov.',
    'Talks will continue, whatever Washington decides',
    'Dmitry Peskov',
    'Kremlin spokesman',
  ],
  [
    'the ROLE, NAME, said: "…" (possessive in the role)',
    'en',
    'The Kremlin’s spokesman, Dmitry Peskov, said: “Talks will continue, whatever Washington decides.”',
    'Talks will continue, whatever Washington decides.',
    'Dmitry Peskov',
    'The Kremlin’s spokesman',
  ],
  [
    'ROLE NAME said: "…" (role with "of")',
    'en',
    'US secretary of state Antony Blinken said: “We were clear about the consequences of any invasion.”',
    'We were clear about the consequences of any invasion.',
    'Antony Blinken',
    'US secretary of state',
  ],
  [
    'Title NAME said: "…"',
    'en',
    'President Joe Biden said: “America is back, and diplomacy is back at the center of our foreign policy.”',
    'America is back, and diplomacy is back at the center of our foreign policy.',
    'Joe Biden',
    'President',
  ],
  [
    '"…," the ROLE said (the person last named with that role)',
    'en',
    'Kremlin spokesman Dmitry Peskov spoke on Monday. “Talks will continue, whatever Washington decides,” the spokesman said.',
    'Talks will continue, whatever Washington decides',
    'Dmitry Peskov',
    'Kremlin spokesman',
  ],
  [
    '"…," SURNAME said, for a surname that is also a month',
    'en',
    'Theresa May spoke in Brussels. “We will leave the union on the day we promised,” May said.',
    'We will leave the union on the day we promised',
    'Theresa May',
    undefined,
  ],
  [
    '"…?" NAME asked',
    'en',
    '“Will the talks resume before the end of the year?” Maria Gonzalez asked.',
    'Will the talks resume before the end of the year?',
    'Maria Gonzalez',
    undefined,
  ],
  [
    '"…," ORGANISATION said',
    'en',
    '“Allies will not send troops to defend Ukraine,” Nato said.',
    'Allies will not send troops to defend Ukraine',
    'Nato',
    undefined,
  ],
  [
    'NAME, ROLE, said … "…" (fragment in paraphrase)',
    'en',
    'Maria Gonzalez, the chief executive, said the plan was “a waste of money and of everybody’s time”.',
    'a waste of money and of everybody’s time',
    'Maria Gonzalez',
    'the chief executive',
  ],
];

const german: Row[] = [
  [
    '„…“, sagte NAME',
    'de',
    '„Wir werden jede zerstörte Schule wieder aufbauen“, sagte Maria Gonzalez.',
    'Wir werden jede zerstörte Schule wieder aufbauen',
    'Maria Gonzalez',
    undefined,
  ],
  [
    '„…“, so SURNAME',
    'de',
    'Maria Gonzalez leitet die Stiftung. „Wir werden jede zerstörte Schule wieder aufbauen“, so Gonzalez.',
    'Wir werden jede zerstörte Schule wieder aufbauen',
    'Maria Gonzalez',
    undefined,
  ],
  [
    'NAME sagte: „…“',
    'de',
    'Maria Gonzalez sagte: „Wir werden jede zerstörte Schule wieder aufbauen.“',
    'Wir werden jede zerstörte Schule wieder aufbauen.',
    'Maria Gonzalez',
    undefined,
  ],
  [
    'Am Montag sagte NAME: »…« (verb second)',
    'de',
    'Am Montag sagte Maria Gonzalez: »Wir werden jede zerstörte Schule wieder aufbauen.«',
    'Wir werden jede zerstörte Schule wieder aufbauen.',
    'Maria Gonzalez',
    undefined,
  ],
  [
    '„…“, sagte sie',
    'de',
    'Außenministerin Annalena Baerbock reiste nach Kiew. „Wir werden die Ukraine weiter unterstützen“, sagte sie.',
    'Wir werden die Ukraine weiter unterstützen',
    'Annalena Baerbock',
    'Außenministerin',
  ],
  [
    '«…», sagte ROLE NAME (Swiss guillemets)',
    'de',
    '«Wir werden die Ukraine weiter unterstützen», sagte Außenministerin Annalena Baerbock.',
    'Wir werden die Ukraine weiter unterstützen',
    'Annalena Baerbock',
    'Außenministerin',
  ],
  [
    'ADJECTIVE ROLE NAME sagte: „…“ (capitalised role words)',
    'de',
    'Der Grüne Politiker Anton Hofreiter sagte: „Wir werden die Ukraine weiter unterstützen.“',
    'Wir werden die Ukraine weiter unterstützen.',
    'Anton Hofreiter',
    'Grüne Politiker',
  ],
  [
    'Laut NAME …: „…“',
    'de',
    'Laut Annalena Baerbock ist klar: „Wir werden die Ukraine weiter unterstützen.“',
    'Wir werden die Ukraine weiter unterstützen.',
    'Annalena Baerbock',
    undefined,
  ],
];

const french: Row[] = [
  [
    '« … », a déclaré NAME',
    'fr',
    '« Nous reconstruirons chaque école détruite », a déclaré Marie Dupont.',
    'Nous reconstruirons chaque école détruite',
    'Marie Dupont',
    undefined,
  ],
  [
    'Selon NAME, « … » (fragment)',
    'fr',
    'Selon Marie Dupont, « nous reconstruirons chaque école détruite ».',
    'nous reconstruirons chaque école détruite',
    'Marie Dupont',
    undefined,
  ],
  [
    'NAME a déclaré : « … » (no-break spaces)',
    'fr',
    'Marie Dupont a déclaré\u00a0: «\u00a0Nous reconstruirons chaque école détruite.\u00a0»',
    'Nous reconstruirons chaque école détruite.',
    'Marie Dupont',
    undefined,
  ],
  [
    '« … », a-t-elle ajouté',
    'fr',
    'Marie Dupont, la directrice, était à Lyon. « Nous reconstruirons chaque école détruite », a-t-elle ajouté.',
    'Nous reconstruirons chaque école détruite',
    'Marie Dupont',
    'la directrice',
  ],
  [
    '« … », déclare-t-elle',
    'fr',
    'Marie Dupont est à Lyon. « Nous reconstruirons chaque école détruite », déclare-t-elle.',
    'Nous reconstruirons chaque école détruite',
    'Marie Dupont',
    undefined,
  ],
  [
    '« … », a dit ROLE, NAME.',
    'fr',
    '« Nous reconstruirons chaque école détruite », a dit la maire, Marie Dupont.',
    'Nous reconstruirons chaque école détruite',
    'Marie Dupont',
    'la maire',
  ],
  [
    'ROLE, NAME, a déclaré : « … »',
    'fr',
    'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré : « Les discussions vont continuer, quoi que décide Washington. »',
    'Les discussions vont continuer, quoi que décide Washington.',
    'Dmitri Peskov',
    'Le porte-parole du Kremlin',
  ],
];

describe.each([
  ['English', english],
  ['German', german],
  ['French', french],
])('attribution in %s', (_language, rows) => {
  it.each(rows)('%s', (_pattern, lang, text, quote, speaker, role) => {
    expect(speakers(suggest(article(text, lang)))).toEqual([[quote, speaker, role]]);
  });
});

describe('attribution across a quotation broken by its attribution', () => {
  it('offers both parts with the same speaker (“X,” she said. “Y.”)', () => {
    const text =
      '“We will rebuild every school in the valley,” said Maria Gonzalez. “It will take ten years and all the money we have.”';
    expect(speakers(suggest(article(text)))).toEqual(
      expect.arrayContaining([
        ['We will rebuild every school in the valley', 'Maria Gonzalez', undefined],
        ['It will take ten years and all the money we have.', 'Maria Gonzalez', undefined],
      ]),
    );
  });

  it('offers a continuation after "she said," as a fragment of the same speaker', () => {
    const text =
      'Maria Gonzalez leads the charity. “We will rebuild,” she said, “because the children of this town deserve nothing less.”';
    // “We will rebuild” is three words: too short on its own.
    expect(speakers(suggest(article(text)))).toEqual([
      ['because the children of this town deserve nothing less.', 'Maria Gonzalez', undefined],
    ]);
  });

  it('carries the speaker into a quotation that runs over several paragraphs', () => {
    const text = [
      'Maria Gonzalez, the mayor, spoke first.',
      '“We have lost three bridges and two schools in one night.',
      '“We will rebuild all of them before the winter comes,” she said.',
    ].join('\n\n');
    const result = suggest(article(text));
    expect(result).toContainEqual(
      expect.objectContaining({
        text: 'We have lost three bridges and two schools in one night.',
        speaker: 'Maria Gonzalez',
        role: 'the mayor',
        paragraph: 1,
      }),
    );
    expect(result).toContainEqual(
      expect.objectContaining({
        text: 'We will rebuild all of them before the winter comes',
        speaker: 'Maria Gonzalez',
        paragraph: 2,
      }),
    );
  });

  it('gives a paragraph that is only a quotation the speaker of the quotation before it', () => {
    const text = [
      '“We will rebuild all of them before the winter comes,” said Maria Gonzalez.',
      '“Nobody in this town will be left without a roof.”',
    ].join('\n\n');
    expect(speakers(suggest(article(text)))).toEqual(
      expect.arrayContaining([
        ['Nobody in this town will be left without a roof.', 'Maria Gonzalez', undefined],
      ]),
    );
  });
});

describe('attribution it cannot tell', () => {
  it.each([
    ['a pronoun before anyone is named', '“We will rebuild every school that was destroyed,” she said.'],
    ['an anonymous source', '“There is nothing left to discuss with them at all,” one official said.'],
  ])('%s: the quotation has no speaker', (_case, text) => {
    const [quote] = speakers(suggest(article(text)));
    expect(quote?.[1]).toBeUndefined();
  });

  it('does not carry a speaker over another sentence, where another voice may come in', () => {
    const text =
      'Maria Gonzalez said: “We will rebuild every school in the valley.” Critics disagreed. “This plan will fail the children of this town.”';
    expect(speakers(suggest(article(text)))).toEqual([
      ['We will rebuild every school in the valley.', 'Maria Gonzalez', undefined],
      ['This plan will fail the children of this town.', undefined, undefined],
    ]);
  });

  it('does not take the next sentence’s subject after a closed quotation', () => {
    // “….” closes a sentence: "Maria Gonzalez said the plan…" is a new sentence, not an attribution.
    const text =
      'Daniel Okafor spoke first. “We will rebuild every school in town.” Maria Gonzalez said the plan was ready.';
    expect(speakers(suggest(article(text)))).toEqual([
      ['We will rebuild every school in town.', undefined, undefined],
    ]);
  });
});

/**
 * Gender is known only from honorifics ("Mr", "Ms", "Frau"), so "she said" after a sentence naming two people
 * cannot simply take the last one named: a wrong name on a shared card is worse than none. The pronoun takes
 * the one person who fits in the window (this sentence and the one before, or the sentence that last names
 * someone), else the subject of that sentence, else the speaker of the quotation before, else nobody.
 */
describe('pronouns when several people are in play', () => {
  const SELL = 'We will not sell the company, whatever the offer';
  it.each<[string, string, string, string | undefined]>([
    [
      'the subject of the sentence before ("Maria Gonzalez met Peter Smith", not the last named)',
      `Maria Gonzalez met Peter Smith on Tuesday. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      'the subject after a lead ("On Tuesday, Maria Gonzalez met …")',
      `On Tuesday, Maria Gonzalez met Peter Smith. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      'the subject of the sentence that last names someone, further back',
      `Maria Gonzalez met Peter Smith on Tuesday. The talks went well. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      'not a possessive: "Peter Smith’s lawyer, Maria Gonzalez," has Maria Gonzalez for subject',
      `Peter Smith’s lawyer, Maria Gonzalez, spoke on Tuesday. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      '"she" skips a subject an honorific makes a man ("Mr Smith met Maria Gonzalez")',
      `Mr Smith met Maria Gonzalez on Tuesday. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      '"he" takes the man among them ("Mr Smith met Maria Gonzalez")',
      `Mr Smith met Maria Gonzalez on Tuesday. “${SELL},” he said.`,
      SELL,
      'Smith',
    ],
    [
      'nobody: two people, neither the subject ("The board thanked Peter Smith and Maria Gonzalez")',
      `The board thanked Peter Smith and Maria Gonzalez on Tuesday. “${SELL},” she said.`,
      SELL,
      undefined,
    ],
    [
      'nobody: two people, and the pronoun’s own sentence names one of them without being about them',
      `Maria Gonzalez met Peter Smith on Tuesday. Asked about Smith, she said: “${SELL}.”`,
      `${SELL}.`,
      undefined,
    ],
    [
      'nobody: the subject is not named first ("After meeting Peter Smith, Maria Gonzalez …")',
      `After meeting Peter Smith, Maria Gonzalez left. “${SELL},” she said.`,
      SELL,
      undefined,
    ],
    [
      'one person: still resolved',
      `Maria Gonzalez runs the company. “${SELL},” she said.`,
      SELL,
      'Maria Gonzalez',
    ],
    [
      'one person in the window, another further back (the seed page: Blinken, then Peskov, then "he")',
      `US secretary of state Antony Blinken spoke on Monday. Kremlin spokesman Dmitry Peskov said it was too early. However, he tempered this comment. “${SELL},” he said.`,
      SELL,
      'Dmitry Peskov',
    ],
  ])('%s', (_case, text, quote, speaker) => {
    const found = speakers(suggest(article(text))).find(([quoted]) => quoted === quote);
    expect(found).toBeDefined();
    expect(found?.[1]).toBe(speaker);
  });

  it('never names the man for "she" ("Mr Smith met Maria Gonzalez …, she said")', () => {
    for (const text of [
      `Mr Smith met Maria Gonzalez on Tuesday. “${SELL},” she said.`,
      `Peter Smith met Maria Gonzalez on Tuesday. Mr Smith left early. “${SELL},” she said.`,
      `Mr Peter Smith met Maria Gonzalez on Tuesday. “${SELL},” she said.`,
    ]) {
      const speaker = speakers(suggest(article(text))).find(([quoted]) => quoted === SELL)?.[1];
      expect(speaker === undefined || speaker === 'Maria Gonzalez', `${text} → ${speaker}`).toBe(true);
    }
  });

  it('takes the speaker of the quotation before when the subject tells nothing', () => {
    const text = `“The plan is ready for the board,” said Maria Gonzalez. The board thanked her and Peter Smith. “${SELL},” she said.`;
    expect(speakers(suggest(article(text)))).toContainEqual([SELL, 'Maria Gonzalez', undefined]);
  });

  it('prefers the subject of the sentence before to the speaker of the quotation before', () => {
    const text = `“The plan is ready for the board,” said Maria Gonzalez. Peter Smith disagreed. “${SELL},” he said.`;
    expect(speakers(suggest(article(text)))).toContainEqual([SELL, 'Peter Smith', undefined]);
  });
});
