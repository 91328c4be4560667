/**
 * Speech set off by dashes (Polish, Finnish): a paragraph opening with a dash is the speaker's turn, closed
 * by "– verb Name" or ", Name verb"; in English and German a dash is punctuation.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

describe('a turn closed by its attribution', () => {
  it.each([
    [
      'Polish, "– mówi" and a name with a role',
      'pl',
      'Firma otwiera nowy sklep w Gdańsku.\n\n– Chcemy być bliżej naszych klientów w całym mieście – mówi Jan Nowak, prezes firmy.',
      [['Chcemy być bliżej naszych klientów w całym mieście', 'Jan Nowak', 'prezes firmy']],
    ],
    [
      'Polish, a dash inside the speech that no speech verb follows',
      'pl',
      'Anna Kowalska prowadzi sklep od lat.\n\n- Promocje działają wszędzie – nawet na wsi i w małych miastach – dodaje Kowalska.',
      [['Promocje działają wszędzie – nawet na wsi i w małych miastach', 'Anna Kowalska', undefined]],
    ],
    [
      'Finnish, ", Name sanoo" after a sentence or two',
      'fi',
      'Tutkija Liisa Virtanen on tutkinut unta pitkään.\n\n– Talvella nukumme huonommin. Syömme myös enemmän sokeria, Virtanen sanoo.',
      [['Talvella nukumme huonommin. Syömme myös enemmän sokeria', 'Liisa Virtanen', 'Tutkija']],
    ],
    [
      'Finnish, ", sanoo role Name"',
      'fi',
      'Talvi on ollut lämmin koko maassa.\n\n– Lauhat talvet yleistyvät nopeasti ja lunta on vähemmän, sanoo tutkija Pekka Laine.',
      [['Lauhat talvet yleistyvät nopeasti ja lunta on vähemmän', 'Pekka Laine', 'tutkija']],
    ],
    [
      'Russian, ", – сказал Name"',
      'ru',
      'Иван Петров возглавляет компанию с 2010 года.\n\n– Это очень хорошая новость для всего нашего города, – сказал Петров.',
      [['Это очень хорошая новость для всего нашего города', 'Иван Петров', undefined]],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(speakers(suggest(article(text, lang)))).toEqual(expected);
  });

  it('a second turn opens with a dash after the attribution', () => {
    const text =
      'Jan Nowak prowadzi firmę od dziesięciu lat.\n\n' +
      '– Chcemy być bliżej naszych klientów w całym mieście – mówi Nowak. – Dlatego otwieramy trzy nowe sklepy w tym roku – dodaje.';
    expect(speakers(suggest(article(text, 'pl'))).map(([quote]) => quote)).toEqual([
      'Chcemy być bliżej naszych klientów w całym mieście',
      'Dlatego otwieramy trzy nowe sklepy w tym roku',
    ]);
  });

  it('a dash paragraph right after a turn goes on with the same speaker', () => {
    const text =
      'Tutkija Liisa Virtanen on tutkinut unta pitkään.\n\n' +
      '– Talvella nukumme huonommin ja syömme enemmän sokeria, Virtanen sanoo.\n\n' +
      '– Kesällä taas valoa on liikaa ja uni jää lyhyeksi.';
    expect(speakers(suggest(article(text, 'fi'))).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ['Talvella nukumme huonommin ja syömme enemmän sokeria', 'Liisa Virtanen'],
      ['Kesällä taas valoa on liikaa ja uni jää lyhyeksi.', 'Liisa Virtanen'],
    ]);
  });

  it('a dash paragraph after the reporter’s own paragraph is no continued turn', () => {
    const text =
      '– Talvella nukumme huonommin ja syömme enemmän sokeria, Virtanen sanoo.\n\n' +
      'Uni on tärkeää kaikille ihmisille.\n\n– kesällä valoa on liikaa ja uni jää lyhyeksi';
    expect(speakers(suggest(article(text, 'fi'))).map(([quote]) => quote)).toEqual([
      'Talvella nukumme huonommin ja syömme enemmän sokeria',
    ]);
  });

  it('a dash paragraph with no attribution closing it is not a quotation', () => {
    const text = 'Sklep oferuje wiele usług.\n\n– dostawy do domu w całym mieście przez cały tydzień;';
    expect(speakers(suggest(article(text, 'pl')))).toEqual([]);
  });
});

describe('never where a dash is punctuation', () => {
  it.each([
    [
      'English',
      'en',
      '– The council will rebuild every school in the city – said Maria Gonzalez, the mayor.',
    ],
    ['German', 'de', '– Wir bauen jede Schule in der Stadt wieder auf, sagt Anna Weber.'],
  ])('%s', (_case, lang, text) => {
    expect(speakers(suggest(article(text, lang)))).toEqual([]);
  });
});
