/**
 * Polish, Russian and Czech as their newsrooms print speech (kinds found in published text; the sentences
 * here are our own): a dash turn inside a paragraph, after the reporter's sentence; the reporter's sentences
 * after a turn's attribution; a turn going on after the attributed one; "z" + a body's name after a speaker;
 * academic degrees before a Czech name.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

const said = (text: string, lang: string): [string, string | undefined][] =>
  speakers(suggest(article(text, lang))).map(([quote, speaker]) => [quote, speaker]);

describe('dash turns inside a paragraph', () => {
  it.each([
    [
      'a turn after the reporter’s sentence, the verb with no name',
      'pl',
      'Trenerka Maria Lis szykuje drużynę do finału. – Każdy mecz gramy tak, jakby był ostatni w sezonie. Nikt tu nie odpuszcza – powiedziała w piątek.',
      [['Każdy mecz gramy tak, jakby był ostatni w sezonie. Nikt tu nie odpuszcza', 'Maria Lis']],
    ],
    [
      'a turn after the reporter’s sentence, set off by hyphens',
      'pl',
      'Szpital w Lesznie przyjął w nocy trzech pacjentów. - Wszyscy są w stanie stabilnym i pozostają pod obserwacją lekarzy - mówi dyrektor szpitala Tomasz Wróbel.',
      [['Wszyscy są w stanie stabilnym i pozostają pod obserwacją lekarzy', 'Tomasz Wróbel']],
    ],
    [
      'the reporter’s sentences before the turn and after its attribution',
      'pl',
      'Małe sklepy znów zyskują klientów. – Sprzedaż w sklepach osiedlowych rośnie od trzech kwartałów z rzędu – zauważa analityk Piotr Zając. Sieci handlowe widzą to samo w swoich danych.',
      [['Sprzedaż w sklepach osiedlowych rośnie od trzech kwartałów z rzędu', 'Piotr Zając']],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });

  it('a turn after the attributed one goes on to the paragraph’s end, the same speaker’s', () => {
    const text =
      'Burmistrz Ewa Sowa otworzyła nowy most na rzece.\n\n' +
      '– Czekaliśmy na tę przeprawę prawie dwadzieścia lat – mówi Sowa. – Teraz dojazd do szkoły zajmie dzieciom kwadrans, a nie godzinę.';
    expect(said(text, 'pl').sort()).toEqual([
      ['Czekaliśmy na tę przeprawę prawie dwadzieścia lat', 'Ewa Sowa'],
      ['Teraz dojazd do szkoły zajmie dzieciom kwadrans, a nie godzinę.', 'Ewa Sowa'],
    ]);
  });

  it('a sentence ending before a dash that no speech verb closes is no turn', () => {
    const text =
      'Pociąg odjechał o szóstej. – Kolejny kurs dopiero jutro rano – tak brzmi komunikat na dworcu.';
    expect(said(text, 'pl')).toEqual([]);
  });
});

describe('the speaker after the verb', () => {
  it.each([
    [
      'a dropped subject and whom it was said to: the person in view',
      'pl',
      'Wojewoda Karol Mazur odwiedził w środę zalane wsie.\n\n– Pomoc dla rodzin trafi na konta jeszcze w tym tygodniu – powiedział dziennikarzom.',
      [['Pomoc dla rodzin trafi na konta jeszcze w tym tygodniu', 'Karol Mazur']],
    ],
    [
      'an unnamed subject after the verb is nobody in view',
      'pl',
      'Wojewoda Karol Mazur odwiedził w środę zalane wsie.\n\n– Woda weszła do domów w nocy, nikt nas nie ostrzegł – mówi jedna z mieszkanek.',
      [['Woda weszła do domów w nocy, nikt nas nie ostrzegł', undefined]],
    ],
    [
      'Polish "z" and a body’s name in the genitive: where the speaker is from',
      'pl',
      '„Nasze wyniki w tym kwartale są lepsze, niż zakładaliśmy w planie” – powiedział Adam Kruk z Orlenu.',
      [['Nasze wyniki w tym kwartale są lepsze, niż zakładaliśmy w planie', 'Adam Kruk']],
    ],
    [
      'Polish "z" and names in the instrumental: two subjects, nobody',
      'pl',
      '„Ta umowa otwiera nam drogę na nowe rynki w całej Europie” – powiedział Adam Kruk z Janem Sroką.',
      [['Ta umowa otwiera nam drogę na nowe rynki w całej Europie', undefined]],
    ],
    [
      'Polish "przekazał" closing a dash turn',
      'pl',
      '– Prace na budowie potrwają jeszcze co najmniej dwa miesiące – przekazał rzecznik spółki Marek Gil.',
      [['Prace na budowie potrwają jeszcze co najmniej dwa miesiące', 'Marek Gil']],
    ],
    [
      'Czech, an academic degree before the name',
      'cs',
      '„Oprava mostu začne hned po skončení letní sezony,“ uvedl Ing. Pavel Dvořák, vedoucí odboru dopravy.',
      [['Oprava mostu začne hned po skončení letní sezony', 'Pavel Dvořák']],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });
});

describe('names in another case', () => {
  it.each([
    [
      'Russian "по словам" and a surname in the genitive: the person named in the nominative',
      'ru',
      'Глава района Олег Смирнов провёл встречу с жителями.\n\nПо словам Смирнова, «дорогу к школе отремонтируют до первого сентября».',
      [['дорогу к школе отремонтируют до первого сентября', 'Олег Смирнов']],
    ],
    [
      'Russian "по словам" and a name never given in the nominative: nobody, not the genitive',
      'ru',
      'По словам Смирнова, «дорогу к школе отремонтируют до первого сентября».',
      [['дорогу к школе отремонтируют до первого сентября', undefined]],
    ],
    [
      'Polish "zdaniem" and a surname in the genitive',
      'pl',
      'Prezes spółdzielni Jan Kowalski spotkał się z mieszkańcami.\n\nZdaniem Kowalskiego „remont dachu zakończy się jeszcze przed zimą”.',
      [['remont dachu zakończy się jeszcze przed zimą', 'Jan Kowalski']],
    ],
    [
      'Czech "podle" and a woman’s surname in the genitive',
      'cs',
      'Starostka Jana Nováková představila plán opravy náměstí.\n\nPodle Novákové „oprava náměstí začne hned na jaře“.',
      [['oprava náměstí začne hned na jaře', 'Jana Nováková']],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });
});

describe('a medium quoting someone', () => {
  it.each([
    [
      'Russian "цитирует" + a medium + a full name in the accusative',
      'ru',
      'Глава компании Иван Петров выступил на форуме в Казани.\n\n«Мы не планируем повышать цены на хлеб в этом году», — цитирует РИА Новости Ивана Петрова.',
      [['Мы не планируем повышать цены на хлеб в этом году', 'Иван Петров']],
    ],
    [
      'Russian "цитирует" + someone the article does not name: nobody, never the medium',
      'ru',
      'Глава компании Иван Петров выступил на форуме в Казани.\n\n«Мы не планируем повышать цены на хлеб в этом году», — цитирует ТАСС представителя профсоюза.',
      [['Мы не планируем повышать цены на хлеб в этом году', undefined]],
    ],
    [
      'Polish "cytuje" closing a dash turn',
      'pl',
      'Burmistrz Adam Nowak zapowiedział budowę basenu.\n\n– Pierwsi pływacy wejdą do wody za dwa lata – cytuje Nowaka lokalny portal.',
      [['Pierwsi pływacy wejdą do wody za dwa lata', 'Adam Nowak']],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });
});

describe('Polish nationality nouns', () => {
  it('a capitalised nationality noun after the verb is no name', () => {
    const text =
      'Klub podpisał kontrakt z nowym bramkarzem.\n\n„Liga angielska to dla mnie zupełnie nowe i wielkie wyzwanie” – powiedział Brazylijczyk.';
    expect(said(text, 'pl')).toEqual([
      ['Liga angielska to dla mnie zupełnie nowe i wielkie wyzwanie', undefined],
    ]);
  });
});

describe('a woman’s surname in the nominative', () => {
  it.each([
    [
      'ru: "сказала Смирнова" is a woman of her own name, not the governor Смирнов',
      'ru',
      'Губернатор Иван Смирнов открыл новую школу в понедельник.\n\nНа церемонии выступила и директор школы. «Мы не допустим повышения тарифов в этом году», — сказала Смирнова.',
      [['Мы не допустим повышения тарифов в этом году', 'Смирнова']],
    ],
    [
      'cs: "uvedla Nováková" is not the minister Novák',
      'cs',
      'Ministr Petr Novák otevřel v pondělí novou školu.\n\nNa slavnosti promluvila i ředitelka školy. „Nedovolíme zdražení jízdného v tomto roce,“ uvedla Nováková.',
      [['Nedovolíme zdražení jízdného v tomto roce', 'Nováková']],
    ],
  ])('%s', (_case, lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });
});
