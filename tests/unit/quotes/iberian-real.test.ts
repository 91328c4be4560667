/**
 * Spanish and Portuguese shapes found in published news text, each written again here in sentences of this
 * test's own: one row per kind of attribution real pages print and the engine once missed or misread. Each
 * row: [shape, lang, text, quotation, speaker]; `undefined` as the speaker means "nobody": a careful reader
 * could not tell, and a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const ES =
  'La alcaldesa Marta Olmedo presentó ayer el plan de obras del barrio. Los vecinos llevan meses ' +
  'pidiendo que se arregle la plaza.';
const PT =
  'O vereador Paulo Tavares apresentou ontem o plano de obras do bairro. Os moradores pedem há meses ' +
  'que a praça seja arranjada.';
const SAID_ES = 'La plaza estará terminada antes de que empiece el verano';
const SAID_PT = 'A praça vai ficar pronta antes do começo do verão';

const rows: Row[] = [
  // A dropped subject, then only when or where it was said: the person in view.
  [
    'es: "afirmó en una ocasión"',
    'es',
    `${ES}\n\n«${SAID_ES}», afirmó en una ocasión.`,
    SAID_ES,
    'Marta Olmedo',
  ],
  ['es: "aseguró ayer"', 'es', `${ES}\n\n"${SAID_ES}", aseguró ayer.`, SAID_ES, 'Marta Olmedo'],
  [
    'pt: "afirmou, durante a reunião"',
    'pt',
    `${PT}\n\n“${SAID_PT}”, afirmou, durante a reunião com os moradores.`,
    SAID_PT,
    'Paulo Tavares',
  ],
  [
    'es: "dijo ayer en Sevilla": a place after a preposition names nobody',
    'es',
    `${ES}\n\n«${SAID_ES}», dijo ayer en Sevilla.`,
    SAID_ES,
    'Marta Olmedo',
  ],
  // A place after a preposition of where is never the speaker.
  [
    'es: "señaló el portavoz desde un atril en Toledo"',
    'es',
    `Los vecinos llevan meses pidiendo que se arregle la plaza.\n\n«${SAID_ES}», señaló el portavoz desde un atril en Toledo.`,
    SAID_ES,
    undefined,
  ],
  [
    'pt: "afirmou o secretário durante evento em Coimbra"',
    'pt',
    `Os moradores pedem há meses que a praça seja arranjada.\n\n"${SAID_PT}", afirmou o secretário durante evento em Coimbra.`,
    SAID_PT,
    undefined,
  ],
  // A body's name in capitals then a word: the word is no person holding the role.
  [
    'es: "el director comercial de TALSA Hidráulica"',
    'es',
    `Los vecinos llevan meses pidiendo que se arregle la plaza.\n\n“${SAID_ES}”, afirmó el director comercial de TALSA Hidráulica.`,
    SAID_ES,
    undefined,
  ],
  // A role set off by a comma before the name that ends the clause: the name is the role's holder.
  [
    'es: "aseguró a Reuters la jefa de obras del distrito, Nuria Pardo"',
    'es',
    `Los vecinos llevan meses pidiendo que se arregle la plaza.\n\n"${SAID_ES}", aseguró a Reuters la jefa de obras del distrito, Nuria Pardo.`,
    SAID_ES,
    'Nuria Pardo',
  ],
  [
    'es: two roles of two bodies, then the name',
    'es',
    `Los vecinos llevan meses pidiendo que se arregle la plaza.\n\n“${SAID_ES}”, afirmó el presidente de la Comisión Regional de Vivienda y director técnico de la Oficina de Obras, Tomás Sanz.`,
    SAID_ES,
    'Tomás Sanz',
  ],
  // Named once as the subject of a verb of saying, then called by an epithet: that person.
  [
    'es: "X denunció …", called by the surname too, then "señaló el cantante"',
    'es',
    `Desde su cuenta de Instagram, Iván Robles denunció el estado de la carretera. Robles la recorre cada semana.\n\n“${SAID_ES}”, señaló el cantante.`,
    SAID_ES,
    'Iván Robles',
  ],
  // Bodies are named in full before a verb of saying too ("Protección Civil denunció"): never called by a
  // last word alone, such a name marks no person a role can stand for.
  [
    'es: "Protección Civil denunció …" then "dijo la alcaldesa": nobody',
    'es',
    `Protección Civil denunció el estado de la carretera el lunes.\n\n“${SAID_ES}”, dijo la alcaldesa.`,
    SAID_ES,
    undefined,
  ],
  [
    'es: "X, role precisó a la radio:" then "afirmó la magistrada"',
    'es',
    `Al respecto, Elena Prado, presidenta del tribunal precisó a la radio:\n\n“${SAID_ES}”, afirmó la magistrada.`,
    SAID_ES,
    'Elena Prado',
  ],
  // …but not when the sentence names somebody else in full too.
  [
    'es: "X denunció con Y …" then "señaló el cantante": nobody',
    'es',
    `Desde su cuenta de Instagram, Iván Robles denunció con Pedro Gil el estado de la carretera.\n\n“${SAID_ES}”, señaló el cantante.`,
    SAID_ES,
    undefined,
  ],
  // The listener after the epithet: "explicó el funcionario a la Agencia X".
  [
    'es: "explicó el funcionario a la Agencia Norte"',
    'es',
    `Jorge Lidia Campos, titular de la oficina de turismo, precisó que llegan mil visitantes al día. “${SAID_ES}”, explicó el funcionario a la Agencia Norte.`,
    SAID_ES,
    'Jorge Lidia Campos',
  ],
];

describe('Spanish and Portuguese shapes of published news', () => {
  it.each(rows)('%s', (_shape, lang, text, quotation, speaker) => {
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
