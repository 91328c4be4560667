/**
 * French, Spanish and Portuguese attribution as a careful reader does it: the language files' verbs, roles
 * and organisation nouns, and the rules that read them. One row per kind, each with the smallest sentence
 * that shows it, written for this test. Each row: [kind, lang, text, quotation, speaker]; `undefined` as
 * the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

/** Enough of each language for the text to read as it, whatever else the rows add. */
const ES =
  'El ayuntamiento cerró ayer el mercado central por obras. Los comerciantes llevan una semana sin ' +
  'vender y piden una solución antes del verano.';
const FR =
  'La mairie a fermé hier le marché couvert pour des travaux. Les commerçants attendent une solution ' +
  'depuis une semaine et demandent des aides avant l’été.';
const PT =
  'A prefeitura fechou ontem o mercado municipal para obras. Os comerciantes estão há uma semana sem ' +
  'vender e pedem uma solução antes do verão.';

const rows: Row[] = [
  [
    'es: a speech verb typed twice is one verb',
    'es',
    `${ES}\n\n“Nadie nos ha explicado cuánto durarán las obras”, dijo dijo Marta Olmedo, comerciante del mercado.`,
    'Nadie nos ha explicado cuánto durarán las obras',
    'Marta Olmedo',
  ],
  [
    'es: "el titular de" a body, then the holder’s name',
    'es',
    `${ES}\n\n“Las obras terminarán antes de agosto sin falta”, afirmó el titular de Obras, Ramón Castro.`,
    'Las obras terminarán antes de agosto sin falta',
    'Ramón Castro',
  ],
  [
    'es: "el oficial" for the one officer in view',
    'es',
    `${ES} Al mercado llegó el coronel Tomás Ibarra, jefe de la policía local.\n\n«Hemos reforzado la vigilancia en todas las calles del barrio», puntualizó el oficial.`,
    'Hemos reforzado la vigilancia en todas las calles del barrio',
    'Tomás Ibarra',
  ],
  [
    'es: "el oficial" with two people in view names nobody',
    'es',
    `${ES} Al mercado llegaron el coronel Tomás Ibarra y la alcaldesa Rosa Vidal.\n\n«Hemos reforzado la vigilancia en todas las calles del barrio», puntualizó el oficial.`,
    'Hemos reforzado la vigilancia en todas las calles del barrio',
    undefined,
  ],
  [
    'es: "sostuvo" after the quotation',
    'es',
    `${ES}\n\n“El mercado volverá a abrir cuando sea seguro para todos”, sostuvo Ignacio Prieto.`,
    'El mercado volverá a abrir cuando sea seguro para todos',
    'Ignacio Prieto',
  ],
  [
    'es: "reiteró" with the role and name inverted',
    'es',
    `${ES}\n\n“No vamos a subir los alquileres de los puestos este año”, reiteró la concejala Elena Soto.`,
    'No vamos a subir los alquileres de los puestos este año',
    'Elena Soto',
  ],
  [
    'fr: "rétorque-t-il" after the quotation',
    'fr',
    `${FR} Le maire, Paul Girard, a visité le chantier.\n\n« Les travaux seront finis avant la rentrée, c’est promis », rétorque-t-il.`,
    'Les travaux seront finis avant la rentrée, c’est promis',
    'Paul Girard',
  ],
  [
    'fr: "renchérit" with the speaker after it',
    'fr',
    `${FR}\n\n« Nous avons perdu la moitié de nos clients en une semaine », renchérit Claire Moulin, fromagère.`,
    'Nous avons perdu la moitié de nos clients en une semaine',
    'Claire Moulin',
  ],
  [
    'fr: "l’architecte" for the one architect of the article',
    'fr',
    `${FR} Le chantier est suivi par Hugo Lefort, architecte de la ville, et par la maire.\n\n« Le toit était bien plus abîmé que prévu au départ », explique l’architecte.`,
    'Le toit était bien plus abîmé que prévu au départ',
    'Hugo Lefort',
  ],
  [
    'fr: "il" after a sentence about someone described, not named, is not the woman named before',
    'fr',
    `${FR}\n\nClaire Moulin tient un stand depuis vingt ans. Elle, elle reste confiante. S’il arrive à l’architecte d’en rire, il reste prudent. Il ajoute, « les clients ne reviendront pas avant la fin des travaux ».`,
    'les clients ne reviendront pas avant la fin des travaux',
    undefined,
  ],
  [
    'es: "la congregación" for the one congregation of the article',
    'es',
    `${ES} El comedor del barrio lo gestiona la Congregación de las Hermanas del Pilar.\n\nEn un comunicado, la congregación señaló: «No vamos a dejar a nadie sin comida mientras dure el cierre».`,
    'No vamos a dejar a nadie sin comida mientras dure el cierre',
    'Congregación de las Hermanas del Pilar',
  ],
  [
    'es: "la congregación" with two congregations named is nobody',
    'es',
    `${ES} El comedor lo gestionan la Congregación de las Hermanas del Pilar y la Congregación de San Roque.\n\n«No vamos a dejar a nadie sin comida mientras dure el cierre», señaló la congregación.`,
    'No vamos a dejar a nadie sin comida mientras dure el cierre',
    undefined,
  ],
  [
    'fr: "l’association" for the one association, named with its first word capitalised',
    'fr',
    `${FR} Les marchands ont écrit au maire avec l’Association des amis du marché.\n\n« Nous ne pouvons pas attendre la fin de l’été sans aucune aide », dénonce l’association.`,
    'Nous ne pouvons pas attendre la fin de l’été sans aucune aide',
    'Association',
  ],
  [
    'pt: "a associação" for the one association of the article',
    'pt',
    `${PT} Os feirantes procuraram a Associação dos Moradores do Centro.\n\n“Não podemos esperar até o fim do ano sem nenhuma ajuda”, afirmou a associação.`,
    'Não podemos esperar até o fim do ano sem nenhuma ajuda',
    'Associação dos Moradores do Centro',
  ],
  [
    'fr: the attribution set inside the marks, an inverted verb and its pronoun',
    'fr',
    `${FR} Claire Moulin tient un stand depuis vingt ans.\n\n« Depuis la fermeture, je vends trois fois moins, explique-t-elle. Personne ne nous a prévenus. »`,
    'Depuis la fermeture, je vends trois fois moins, explique-t-elle. Personne ne nous a prévenus.',
    'Claire Moulin',
  ],
  [
    'fr: the attribution set inside the marks, a verb and a name between commas',
    'fr',
    `${FR}\n\n« Depuis la fermeture, explique Claire Moulin, je vends trois fois moins qu’avant. »`,
    'Depuis la fermeture, explique Claire Moulin, je vends trois fois moins qu’avant.',
    'Claire Moulin',
  ],
  [
    'fr: an inverted pronoun inside the marks with two women in view names nobody',
    'fr',
    `${FR} Claire Moulin et Anne Roy tiennent un stand depuis vingt ans.\n\n« Depuis la fermeture, je vends trois fois moins, explique-t-elle. Personne ne nous a prévenus. »`,
    'Depuis la fermeture, je vends trois fois moins, explique-t-elle. Personne ne nous a prévenus.',
    undefined,
  ],
  [
    'fr: a quotation after one of hers, in a sentence whose pronoun is a man’s, is not hers',
    'fr',
    `${FR} Claire Moulin tient un stand depuis vingt ans. Elle est inquiète.\n\n« Depuis la fermeture, je vends trois fois moins, explique-t-elle. Personne ne nous a prévenus. » S’il arrive à l’architecte de sourire, il reste sévère : « Le toit était bien plus abîmé que prévu au départ ».`,
    'Le toit était bien plus abîmé que prévu au départ',
    undefined,
  ],
  [
    'es: a role the article gives in "X es una abogada" is X’s, not the one person in view’s',
    'es',
    `${ES} Ana Ruiz es una abogada del barrio.\n\nEl concejal Pedro Gil visitó el mercado el lunes.\n\nLa alcaldía no ha respondido todavía.\n\n«Vamos a llevar el caso a los tribunales si no hay respuesta», dijo la abogada.`,
    'Vamos a llevar el caso a los tribunales si no hay respuesta',
    'Ana Ruiz',
  ],
  [
    'fr: "il" in a sentence describing "l’architecte" is the one architect',
    'fr',
    `${FR} Hugo Lefort est un architecte reconnu.\n\nClaire Moulin tient un stand depuis vingt ans. Elle est inquiète.\n\nS’il arrive à l’architecte de sourire, il ajoute : « Le toit était bien plus abîmé que prévu au départ ».`,
    'Le toit était bien plus abîmé que prévu au départ',
    'Hugo Lefort',
  ],
  [
    'fr: "il" is not a woman whose pronouns disagree, the man named too far back',
    'fr',
    `${FR} Hugo Lefort est un architecte reconnu.\n\nClaire Moulin tient un stand depuis vingt ans. Elle est inquiète.\n\nIl ajoute : « Le toit était bien plus abîmé que prévu au départ ».`,
    'Le toit était bien plus abîmé que prévu au départ',
    undefined,
  ],
  [
    'es: whom it was said to, then the speaker’s role and name',
    'es',
    `${ES}\n\n«Vamos a pagar las ayudas antes del verano a todos», señaló a este diario el ministro Luis Cano.`,
    'Vamos a pagar las ayudas antes del verano a todos',
    'Luis Cano',
  ],
  [
    'es: a listener named with her role is not the speaker',
    'es',
    `${ES}\n\n«Vamos a pagar las ayudas antes del verano a todos», dijo a la ministra Ana Ruiz un vendedor.`,
    'Vamos a pagar las ayudas antes del verano a todos',
    undefined,
  ],
  [
    'pt: a name after "a empresa" is a company’s, and "a empresa" speaks for it',
    'pt',
    `${PT} A empresa Alfa Obras foi contratada pela prefeitura.\n\n“As obras serão entregues dentro do prazo previsto”, informou a empresa.`,
    'As obras serão entregues dentro do prazo previsto',
    'Alfa Obras',
  ],
  [
    'es: a name inside a "que" clause is not the subject the next quotation takes its voice from',
    'es',
    `${ES}\n\nEl presidente del gremio además espera que tanto la ministra del Interior, Ana Ruiz, como el alcalde cumplan su compromiso.\n\n«Nadie nos ha dicho cuándo volveremos a abrir el mercado del barrio».`,
    'Nadie nos ha dicho cuándo volveremos a abrir el mercado del barrio',
    undefined,
  ],
  [
    'es: a plural verb with a dropped subject is several people, not the one person in view',
    'es',
    `${ES} La alcaldesa Rosa Vidal visitó el mercado el lunes.\n\n«Nadie nos ha dicho cuándo volveremos a abrir el mercado», señalaron.`,
    'Nadie nos ha dicho cuándo volveremos a abrir el mercado',
    undefined,
  ],
  [
    'es: a plural verb names the body it is said from',
    'es',
    `${ES} La Asociación de Vecinos del Centro convocó una protesta.\n\n«Nadie nos ha dicho cuándo volveremos a abrir el mercado», señalaron desde la asociación.`,
    'Nadie nos ha dicho cuándo volveremos a abrir el mercado',
    'Asociación de Vecinos del Centro',
  ],
  [
    'fr: a plural subject before a colon does not pass the floor to the person in view',
    'fr',
    `${FR} La maire Anne Roy a visité le marché lundi.\n\nLes commerçants ont dénoncé : « Personne ne nous a dit quand le marché rouvrira ».`,
    'Personne ne nous a dit quand le marché rouvrira',
    undefined,
  ],
  [
    'pt: "disseram os moradores" is several people, none of them named',
    'pt',
    `${PT} O prefeito Paulo Mendes visitou o mercado na segunda-feira.\n\n“Ninguém nos disse quando o mercado vai reabrir”, disseram os moradores.`,
    'Ninguém nos disse quando o mercado vai reabrir',
    undefined,
  ],
  [
    'es: the attribution between dashes inside the marks, a role and a name',
    'es',
    `${ES}\n\n«Nosotros —dijo el ministro Luis Cano— vamos a pagar las ayudas antes del verano».`,
    'Nosotros —dijo el ministro Luis Cano— vamos a pagar las ayudas antes del verano',
    'Luis Cano',
  ],
  [
    'es: a dropped subject between dashes is the one person in view',
    'es',
    `${ES} La ministra Ana Ruiz visitó el mercado el lunes.\n\n«Nosotros —afirmó— vamos a pagar las ayudas antes del verano a todos».`,
    'Nosotros —afirmó— vamos a pagar las ayudas antes del verano a todos',
    'Ana Ruiz',
  ],
  [
    'es: a dropped subject between dashes with two people in view is nobody',
    'es',
    `${ES} La ministra Ana Ruiz y el alcalde Pedro Gil visitaron el mercado el lunes.\n\n«Nosotros —afirmó— vamos a pagar las ayudas antes del verano a todos».`,
    'Nosotros —afirmó— vamos a pagar las ayudas antes del verano a todos',
    undefined,
  ],
  [
    'es: a dropped subject between dashes goes on with the one speaking',
    'es',
    `${ES} La ministra Ana Ruiz y el alcalde Pedro Gil visitaron el mercado el lunes.\n\n«Las obras terminarán en julio», dijo Ana Ruiz. «Nosotros —agregó— vamos a pagar las ayudas antes del verano».`,
    'Nosotros —agregó— vamos a pagar las ayudas antes del verano',
    'Ana Ruiz',
  ],
  [
    'es: a dropped subject after "X y el alcalde Y" did something together is neither',
    'es',
    `${ES} La ministra Ana Ruiz y el alcalde Pedro Gil visitaron el mercado el lunes.\n\n«Vamos a pagar las ayudas antes del verano a todos», afirmó.`,
    'Vamos a pagar las ayudas antes del verano a todos',
    undefined,
  ],
  [
    'es: a dropped subject is the subject of the running text, not the one she went with',
    'es',
    `${ES} La ministra Ana Ruiz visitó el mercado el lunes con el alcalde Pedro Gil.\n\n«Vamos a pagar las ayudas antes del verano a todos», afirmó.`,
    'Vamos a pagar las ayudas antes del verano a todos',
    'Ana Ruiz',
  ],
  [
    'pt: "salientou" with a role and name',
    'pt',
    `${PT}\n\n“As obras vão terminar antes do fim do mês”, salientou o secretário Paulo Mendes.`,
    'As obras vão terminar antes do fim do mês',
    'Paulo Mendes',
  ],
  [
    'pt: "o delegado" for the one police chief of the article',
    'pt',
    `${PT} O caso é investigado pelo delegado Marcos Vieira.\n\n“Ainda não sabemos quem provocou o incêndio no mercado”, afirmou o delegado.`,
    'Ainda não sabemos quem provocou o incêndio no mercado',
    'Marcos Vieira',
  ],
];

describe('French, Spanish and Portuguese attribution', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe('page furniture in French, Spanish and Portuguese pages', () => {
  const suggested = (text: string, lang: string): string[] =>
    suggest(article(text, lang), { limit: 50 }).map((candidate) => candidate.text);

  it.each([
    [
      'es',
      `${ES}\n\nLucía Ferrer cubre temas de economía y consumo en la región desde hace más de diez años.`,
    ],
    [
      'fr',
      `${FR}\n\nPaul Girard couvre la politique locale et les questions de logement depuis plus de dix ans.`,
    ],
    [
      'pt',
      `${PT}\n\nAtenção: imagens retiradas da internet possuem direitos autorais e podem ser removidas a qualquer momento.`,
    ],
  ])('%s: an author bio or an image-rights notice is never suggested', (lang, text) => {
    const last = text.split('\n\n').at(-1) ?? '';
    expect(suggested(text, lang).some((line) => last.includes(line) || line.includes(last))).toBe(false);
  });

  it('a line that opens in lower case (a figure’s caption) is not a standalone sentence', () => {
    const caption =
      'meses lleva el mercado cerrado sin que nadie haya explicado todavía la razón del cierre.';
    const text = `${ES} La situación es cada vez más difícil para todos los comerciantes del barrio.\n\n9\n\n${caption}`;
    expect(suggested(text, 'es')).not.toContain(caption);
  });

  it('a quotation heading a headline is not offered as a quotation', () => {
    const text = `${ES}\n\n“Aquí ya no viene nadie a comprar”: la queja de los vendedores del mercado\n\nLa alcaldesa, Rosa Vidal, no ha respondido todavía a las peticiones de los comerciantes.`;
    expect(directQuotes(suggest(article(text, 'es'), { limit: 50 }))).toEqual([]);
  });

  it('a quotation inside a "read also" promo names nobody and is not offered', () => {
    const text = `${FR}\n\nLire aussi Paul Girard, « Comment les marchés couverts ont changé nos villes », juin 2020.`;
    expect(directQuotes(suggest(article(text, 'fr'), { limit: 50 }))).toEqual([]);
  });
});

describe('interviews: answers belong to the one person interviewed', () => {
  const speakersOf = (text: string, lang: string): (string | undefined)[] =>
    directQuotes(suggest(article(text, lang), { limit: 50 }))
      .sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text))
      .map((candidate) => candidate.speaker);
  const qa = (intro: string, pairs: number): string =>
    [
      intro,
      '¿Cómo se preparó para esta carrera?',
      '«Entrené durante dos meses en la montaña con el equipo nacional».',
      '¿Qué viene ahora?',
      '«Ahora quiero descansar una semana y luego pensar en la próxima temporada».',
    ]
      .slice(0, 1 + 2 * pairs)
      .join('\n\n');

  it('answers in quotation marks after questions are the interviewee’s', () => {
    const intro = 'La ciclista Nora Ibáñez ganó el domingo la carrera de la ciudad. Hablamos con ella.';
    expect(speakersOf(qa(intro, 2), 'es')).toEqual(['Nora Ibáñez', 'Nora Ibáñez']);
  });

  it('an introduction naming two people names nobody', () => {
    const intro = 'La ciclista Nora Ibáñez y su entrenador Pablo Ruiz hablaron tras la carrera de la ciudad.';
    expect(speakersOf(qa(intro, 2), 'es')).toEqual([undefined, undefined]);
  });

  it('one question answered is a question in an article, not an interview', () => {
    const intro = 'La ciclista Nora Ibáñez ganó el domingo la carrera de la ciudad. Hablamos con ella.';
    expect(speakersOf(qa(intro, 1), 'es')).toEqual([undefined]);
  });

  it('holds in English, with answer labels', () => {
    const text = [
      'The chef Tom Hale opened his third restaurant this spring. We asked him about it.',
      'Why open another one now?',
      'A: "Because the first two are full every night and the team is ready."',
      'What comes next?',
      'A: "A long holiday, and then maybe a small bakery by the harbour."',
    ].join('\n\n');
    expect(speakersOf(text, 'en')).toEqual(['Tom Hale', 'Tom Hale']);
  });
});
