/**
 * Spanish and Portuguese newsroom attribution: the constructions a reader of a wire service, a national
 * daily or a local paper meets every day, one row each, in sentences written for this test. Each row:
 * [construction, lang, text, quotation, speaker]; `undefined` as the speaker means "nobody": a careful
 * reader could not tell, and a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const ES =
  'El ayuntamiento cerró ayer el mercado central por obras. Los comerciantes llevan una semana sin ' +
  'vender y piden una solución antes del verano.';
const BR =
  'A prefeitura fechou ontem o mercado municipal para obras. Os comerciantes estão há uma semana sem ' +
  'vender e pedem uma solução antes do verão.';
const PT =
  'A câmara municipal fechou ontem o mercado do Bolhão para obras. Os comerciantes estão há uma semana ' +
  'sem vender e pedem uma solução antes do verão.';

const SAID_ES = 'Nadie nos avisó con tiempo de las obras';
const SAID_PT = 'Ninguém nos avisou das obras com antecedência';

const rows: Row[] = [
  [
    'pt: "disse ao amigo X": the friend spoken to is not the speaker',
    'pt',
    `${BR}\n\n"${SAID_PT}", disse ao amigo João Silva.`,
    SAID_PT,
    undefined,
  ],
  [
    'es: "contó al compañero X": the colleague spoken to is not the speaker',
    'es',
    `${ES}\n\n"${SAID_ES}", contó al compañero Luis Cano.`,
    SAID_ES,
    undefined,
  ],
  // Reflexive verbs of saying: the pronoun is part of the verb.
  [
    'es: "se quejó" after the quotation',
    'es',
    `${ES}\n\n«${SAID_ES}», se quejó Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "se lamenta" in the present, the age after the name',
    'es',
    `${ES}\n\n"${SAID_ES}", se lamenta Luis Ferrer, de 58 años.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "se queja" between dialogue dashes',
    'es',
    `${ES}\n\n—${SAID_ES} —se queja Ana Ruiz—. Nos enteramos por la radio.`,
    SAID_ES,
    'Ana Ruiz',
  ],
  [
    'pt: the pronoun after the verb in Portugal ("queixou-se")',
    'pt',
    `${PT}\n\n«${SAID_PT}», queixou-se Luís Ferreira.`,
    SAID_PT,
    'Luís Ferreira',
  ],
  [
    'pt: the pronoun before the verb in Brazil ("se queixou")',
    'pt',
    `${BR}\n\n"${SAID_PT}", se queixou Luís Ferreira.`,
    SAID_PT,
    'Luís Ferreira',
  ],
  // Whom it was said to, between the verb and the speaker: a medium by its noun or its name in capitals.
  [
    'es: "explicó a este diario" then the speaker',
    'es',
    `${ES}\n\n"${SAID_ES}", explicó a este diario Luis Ferrer, que vende fruta desde 1990.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "dijo a la prensa" then the speaker',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo a la prensa Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: a paper named in capitals, then the speaker',
    'es',
    `${ES}\n\n“${SAID_ES}”, manifestó a EL PAÍS Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "a la agencia Efe", the agency’s name glued to the speaker’s',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo a la agencia Efe Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'pt: "à agência Lusa", then the speaker and his role',
    'pt',
    `${PT}\n\n«${SAID_PT}», afirmou à agência Lusa Luís Ferreira, presidente da associação de comerciantes.`,
    SAID_PT,
    'Luís Ferreira',
  ],
  [
    'es: "dijo a la ministra Ana Ruiz": the listener named with a role is not the speaker',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo a la ministra Ana Ruiz.`,
    SAID_ES,
    undefined,
  ],
  [
    'pt: "disse à repórter Ana Souza": the listener is not the speaker',
    'pt',
    `${BR}\n\n"${SAID_PT}", disse à repórter Ana Souza.`,
    SAID_PT,
    undefined,
  ],
  // The subject after the verb, past whom it was said to and when: a role of a body, then the name.
  [
    'es: "el presidente de la asociación, X": a role of a body, not the body',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo el presidente de la asociación, Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "dijo a la prensa" then the role and the name',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo a la prensa el presidente de la asociación, Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "ha denunciado este martes" then the role and the name',
    'es',
    `${ES}\n\n"${SAID_ES}", ha denunciado este martes el presidente de la asociación de comerciantes, Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'es: "dijo a la prensa el comerciante" with two men in view names nobody',
    'es',
    `${ES} Luis Ferrer y Pedro Gil visitaron el mercado por la tarde.\n\n"${SAID_ES}", dijo a la prensa el comerciante.`,
    SAID_ES,
    undefined,
  ],
  [
    'pt: "de acordo com a prefeita, Ana Souza,": the name set off after the role',
    'pt',
    `${BR} A obra atrasou.\n\nDe acordo com a prefeita, Ana Souza, "o mercado vai reabrir antes do fim de julho".`,
    'o mercado vai reabrir antes do fim de julho',
    'Ana Souza',
  ],
  [
    'es: "dijo a la ministra, Ana Ruiz": the listener set off by a comma is still the listener',
    'es',
    `${ES}\n\n"${SAID_ES}", dijo a la ministra, Ana Ruiz.`,
    SAID_ES,
    undefined,
  ],
  [
    'pt: "informou a Associação Comercial em nota": the feminine article is no "and"',
    'pt',
    `${BR}\n\n"A decisão de fechar o mercado foi precipitada e mal explicada", informou a Associação Comercial em nota.`,
    'A decisão de fechar o mercado foi precipitada e mal explicada',
    'Associação Comercial',
  ],
  [
    'es: "escribió en su cuenta de Twitter el comerciante X": where it was said, then the role and name',
    'es',
    `${ES}\n\n«${SAID_ES}», escribió en su cuenta de Twitter el comerciante Luis Ferrer.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'pt: "disse em entrevista ao jornal o prefeito X"',
    'pt',
    `${BR}\n\n"${SAID_PT}", disse em entrevista ao jornal o prefeito Luís Ferreira.`,
    SAID_PT,
    'Luís Ferreira',
  ],
  [
    'es: "dijo en una entrevista con la periodista Ana Ruiz": the interviewer is not the speaker',
    'es',
    `${ES}\n\n«${SAID_ES}», dijo en una entrevista con la periodista Ana Ruiz.`,
    SAID_ES,
    undefined,
  ],
  // An age given with a name marks a person, whom an epithet then stands for.
  [
    'es: "Luis Ferrer, de 58 años," then "lamentó el comerciante"',
    'es',
    `${ES}\n\nLuis Ferrer, de 58 años, vende fruta desde 1990. "${SAID_ES}", lamentó el comerciante.`,
    SAID_ES,
    'Luis Ferrer',
  ],
  [
    'pt: "Luís Ferreira tem 58 anos" then "lamentou o comerciante"',
    'pt',
    `${BR}\n\nLuís Ferreira tem 58 anos e vende frutas desde 1990. "${SAID_PT}", lamentou o comerciante.`,
    SAID_PT,
    'Luís Ferreira',
  ],
  [
    'es: two men given their ages, then "el comerciante": nobody',
    'es',
    `${ES}\n\nLuis Ferrer, de 58 años, y Pedro Gil, de 61 años, venden fruta desde 1990. "${SAID_ES}", lamentó el comerciante.`,
    SAID_ES,
    undefined,
  ],
  // Epithets and dropped subjects never buy a name with a guess.
  [
    'pt: "o comerciante" is not the councilwoman named beside a man',
    'pt',
    `${PT}\n\nLuís Ferreira falou com Pedro Santos e com a vereadora Ana Souza durante a visita. «${SAID_PT}», lamentou o comerciante.`,
    SAID_PT,
    undefined,
  ],
  [
    'es: a dropped subject after a sentence about two people, one of them the last speaker, is nobody',
    'es',
    `${ES}\n\n"${SAID_ES}", explica Luis Ferrer. Después, Luis Ferrer y la concejala Marta Olmedo discutieron a gritos.\n\n"Nos enteramos por la radio el mismo día del cierre", añade.`,
    'Nos enteramos por la radio el mismo día del cierre',
    undefined,
  ],
];

describe('Spanish and Portuguese attribution', () => {
  it.each(rows)('%s', (_construction, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
    else {
      expect(found?.speaker).toBe(speaker);
      expect(found?.confidence ?? 0).toBeGreaterThanOrEqual(0.5);
    }
  });
});
