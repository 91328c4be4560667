/**
 * Polish, Czech and Russian newsroom attribution, one construction a row: the quotation (found at all) and
 * its speaker, or nobody where a careful reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

/** The speaker shown for the quotation opening with `opening`: undefined when none is sure enough. */
function speakerOf(text: string, lang: string, opening: string): string | undefined | null {
  const found = directQuotes(suggest(article(text, lang))).find((quote) => quote.text.startsWith(opening));
  if (found === undefined) return null;
  return (found.confidence ?? 0) >= 0.5 ? found.speaker : undefined;
}

const PL_LEAD = 'Gmina otworzyła w sobotę nową bibliotekę w Lesznie. Na otwarcie przyszło kilkaset osób.\n\n';
const RU_LEAD = 'В субботу в Самаре открылась новая библиотека. На открытие пришли сотни жителей.\n\n';
const CS_LEAD = 'Město v sobotu otevřelo novou knihovnu v Kolíně. Na otevření přišly stovky lidí.\n\n';

describe('the quotation is found and its speaker read', () => {
  it.each([
    [
      'Polish, a dash turn ending in "?" before "– pyta X"',
      'pl',
      `${PL_LEAD}– Kto by pomyślał, że tyle osób przyjdzie do biblioteki w sobotę? – pyta Ewa Malinowska.`,
      'Kto by pomyślał',
      'Ewa Malinowska',
    ],
    [
      'Polish, a dash turn ending in "!" before "– zapewnia X"',
      'pl',
      `${PL_LEAD}– Będziemy otwarci także w niedziele przez całe lato! – zapewnia Ewa Malinowska.`,
      'Będziemy otwarci także',
      'Ewa Malinowska',
    ],
    [
      'Polish, a colon paragraph introduces the dash paragraph after it',
      'pl',
      `${PL_LEAD}Ewa Malinowska, dyrektorka biblioteki, nie kryje radości:\n\n– Czekaliśmy na ten budynek prawie dziesięć lat. Warto było.`,
      'Czekaliśmy na ten budynek',
      'Ewa Malinowska',
    ],
    [
      'Polish, "– wspomina role Name" after the marks',
      'pl',
      `${PL_LEAD}„Pierwsze książki przywieźliśmy tu jeszcze zimą, w wielkich kartonach” – wspomina bibliotekarka Ewa Malinowska.`,
      'Pierwsze książki',
      'Ewa Malinowska',
    ],
    [
      'Russian, "— …? — удивляется X"',
      'ru',
      `${RU_LEAD}— Кто бы мог подумать, что в субботу придёт столько людей? — удивляется Ольга Петрова.`,
      'Кто бы мог подумать',
      'Ольга Петрова',
    ],
    [
      'Czech, a role before the name that is also an adjective ("vedoucí")',
      'cs',
      `${CS_LEAD}Vedoucí knihovny Eva Dvořáková řekla: „Na tuhle budovu jsme čekali skoro deset let.“`,
      'Na tuhle budovu',
      'Eva Dvořáková',
    ],
    [
      'Czech, a reflexive verb of manner after the marks ("usmívá se")',
      'cs',
      `${CS_LEAD}„Na tuhle budovu jsme čekali skoro deset let,“ usmívá se Eva Dvořáková.`,
      'Na tuhle budovu',
      'Eva Dvořáková',
    ],
    [
      'Polish, whom it was said to between the verb and the name ("w rozmowie z PAP")',
      'pl',
      `${PL_LEAD}– Czekaliśmy na ten budynek prawie dziesięć lat – podkreśliła w rozmowie z PAP Ewa Malinowska.`,
      'Czekaliśmy na ten budynek',
      'Ewa Malinowska',
    ],
    [
      'Polish, the conversation named before the subject ("W rozmowie z nami X przyznała, że „…”")',
      'pl',
      `${PL_LEAD}W rozmowie z nami Ewa Malinowska przyznała, że „czekaliśmy na ten budynek prawie dziesięć lat”.`,
      'czekaliśmy na ten budynek',
      'Ewa Malinowska',
    ],
    [
      'Polish, a body after "z" in lower case between the name and the verb',
      'pl',
      `${PL_LEAD}Ewa Malinowska z miejskiej biblioteki publicznej tłumaczy: „Czekaliśmy na ten budynek prawie dziesięć lat”.`,
      'Czekaliśmy na ten budynek',
      'Ewa Malinowska',
    ],
    [
      'Russian, "в беседе с корреспондентом" and a medium before the name',
      'ru',
      `${RU_LEAD}«Мы ждали это здание почти десять лет», — отметила в беседе с корреспондентом ТАСС Ольга Петрова.`,
      'Мы ждали это здание',
      'Ольга Петрова',
    ],
  ])('%s', (_case, lang, text, opening, speaker) => {
    expect(speakerOf(text, lang, opening)).toBe(speaker);
  });
});

describe('nobody, where a careful reader could not tell', () => {
  it.each([
    [
      'Polish, a verb in the plural after two people',
      'pl',
      `${PL_LEAD}Ewa Malinowska i Jan Wróbel oprowadzali gości po budynku.\n\n– Czekaliśmy na ten budynek prawie dziesięć lat – mówili.`,
      'Czekaliśmy na ten budynek',
    ],
    [
      'Czech, a verb in the plural after two people',
      'cs',
      `${CS_LEAD}Eva Dvořáková a Petr Svoboda provázeli hosty budovou.\n\n„Na tuhle budovu jsme čekali skoro deset let,“ řekli.`,
      'Na tuhle budovu',
    ],
    [
      'Polish, the name after "w rozmowie z" is the listener',
      'pl',
      `${PL_LEAD}– Czekaliśmy na ten budynek prawie dziesięć lat – powiedziała w rozmowie z Janem Wróblem.`,
      'Czekaliśmy na ten budynek',
    ],
  ])('%s', (_case, lang, text, opening) => {
    expect(speakerOf(text, lang, opening)).toBeUndefined();
  });
});

describe('a colon before dash paragraphs introduces speech, not a list', () => {
  it('list items after a colon are no quotations', () => {
    const text = `${PL_LEAD}Na miejscu można skorzystać z kilku usług:\n\n– wypożyczalni książek\n\n– czytelni czasopism`;
    expect(directQuotes(suggest(article(text, 'pl')))).toEqual([]);
  });
});

describe('a name and a colon label the quotation with its speaker', () => {
  it.each([
    [
      'Polish, "Name: – …" opens a dash turn',
      'pl',
      `${PL_LEAD}Sklep prowadzi od roku Ewa Malinowska.\n\nEwa Malinowska: – Będziemy otwarci także w niedziele przez całe lato.`,
      'Będziemy otwarci także',
      'Ewa Malinowska',
    ],
    [
      'Polish, "Name: „…”" (the name given elsewhere too: "Fun Fact:" alone is a heading)',
      'pl',
      `${PL_LEAD}Sklep prowadzi od roku Ewa Malinowska.\n\nEwa Malinowska: „Będziemy otwarci także w niedziele przez całe lato”.`,
      'Będziemy otwarci także',
      'Ewa Malinowska',
    ],
    [
      'Russian, "Name: «…»"',
      'ru',
      `${RU_LEAD}Магазином уже год руководит Ольга Петрова.\n\nОльга Петрова: «Мы будем открыты и по воскресеньям всё лето».`,
      'Мы будем открыты',
      'Ольга Петрова',
    ],
    [
      'Czech, "Name: „…“"',
      'cs',
      `${CS_LEAD}Obchod už rok vede Eva Dvořáková.\n\nEva Dvořáková: „Budeme otevřeno i v neděli po celé léto.“`,
      'Budeme otevřeno',
      'Eva Dvořáková',
    ],
  ])('%s', (_case, lang, text, opening, speaker) => {
    expect(speakerOf(text, lang, opening)).toBe(speaker);
  });
});
