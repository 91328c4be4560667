/** Who wrote it: names out of the bylines pages print (utils/article/names.ts). */
import { describe, expect, it } from 'vitest';
import { bylineNames, looksLikeName } from '../../../utils/article/names';

const names = (text: string): string[] => bylineNames(text).map((n) => n.name);

describe('bylineNames', () => {
  it.each([
    // Lead-ins go, in the languages pages use.
    ['By Jane Doe', ['Jane Doe']],
    ['by: Jane Doe', ['Jane Doe']],
    ['Written by Jane Doe', ['Jane Doe']],
    ['Von Anna Muster', ['Anna Muster']],
    ['Par Sébastien Martin', ['Sébastien Martin']],
    ['Por Lucía Gómez', ['Lucía Gómez']],
    ['著者：後藤太郎', ['後藤太郎']],
    // What the piece is before "by", a content system's "submitted by", two credits joined.
    ['A guest post by Jane Doe', ['Jane Doe']],
    ['Ein Beitrag von Anna Muster', ['Anna Muster']],
    ['Gespeichert von Anna Muster', ['Anna Muster']],
    ['Un article de Sébastien Martin', ['Sébastien Martin']],
    ['Publicado por Lucía Gómez', ['Lucía Gómez']],
    ['Text und Interview: Anna Muster', ['Anna Muster']],
    ['文● オカモト／ASCII編集部', ['オカモト', 'ASCII編集部']],
    // An element boundary without a space (a line break here) separates the lead-in, the name and the role.
    ['By\nChris Wood', ['Chris Wood']],
    ['Howard Blume\nStaff Writer', ['Howard Blume']],
    // Roles after the name, and what follows them on the line (job, employer).
    ['Howard Blume, Staff Writer', ['Howard Blume']],
    ['By Dana Lee, Senior Technologist, Civil Liberties Project', ['Dana Lee']],
    ['Andrew Hayes, Software Engineer', ['Andrew Hayes']],
    // Dates, times, e-mail addresses, handles and counters are no names.
    ['By Mike Carson | mcarson@example.test', ['Mike Carson']],
    ['Published: Dec. 22, 2016, 6:47 p.m.', []],
    ['Editor\nDecember 20, 2016', []],
    ['Nathan Wills March 25, 2015', ['Nathan Wills']],
    ['By Sam Lake • 12/16/16 12:21pm', ['Sam Lake']],
    ['Written by Michael Lamb in Hardware on 1 June 2019 at 08:34 PM EDT. 51 Comments', ['Michael Lamb']],
    ['Comments (42)', []],
    ['Autor: www.example.test\nData: 28-04-2021, 09:29', []],
    // Everyone who wrote it, in page order.
    ['By Ana Ruiz, Ben Okafor and Chen Li', ['Ana Ruiz', 'Ben Okafor', 'Chen Li']],
    ['Von Anna Muster und Ben Beispiel', ['Anna Muster', 'Ben Beispiel']],
    ['Martin Dupont (avec Claire Petit et Hugo Roux)', ['Martin Dupont', 'Claire Petit', 'Hugo Roux']],
    ['Posted by kovar, TOGos, Ernest on 2019-02-15', ['kovar', 'TOGos', 'Ernest']],
    // Credits for pictures and editors are not the writers.
    ['By Ysa Yates Illustration by Claire Lord May 10, 2019', ['Ysa Yates']],
    ['By Jane Doe. Photographs by John Roe', ['Jane Doe']],
    ['Written by Rob Ewing Edited by Betty Bayer', ['Rob Ewing']],
    // A nickname in brackets inside a name goes.
    ['Richard (R.J.) Eskin', ['Richard Eskin']],
    // Beside a full name, a lone word is a label, an outlet or a handle.
    ['Mark Stefano\nBuzzReport', ['Mark Stefano']],
    ['Erin Cole\nerincole', ['Erin Cole']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('tells desks and outlets from people', () => {
    expect(bylineNames('By BWW News Desk')).toEqual([{ name: 'BWW News Desk', desk: true }]);
    expect(bylineNames('Us Weekly Staff')).toEqual([{ name: 'Us Weekly Staff', desk: true }]);
    expect(bylineNames('AFP')).toEqual([{ name: 'AFP', desk: true }]);
    expect(bylineNames('Redaktion Wirtschaft')).toEqual([{ name: 'Redaktion Wirtschaft', desk: true }]);
    expect(bylineNames('Jane Staffordshire')).toEqual([{ name: 'Jane Staffordshire', desk: false }]);
  });
});

describe('looksLikeName', () => {
  it.each([
    ['Jane Doe', true],
    ['María de la Maza', true],
    ['J. R. R. Tolkien', true],
    ['後藤太郎', true],
    ['doumae', true],
    ['Staff Writer', false],
    ['Follow', false],
    ['BroadwayWorld.com', false],
    ['This is a sentence about the news.', false],
    ['2016', false],
  ])('%j → %s', (value, expected) => {
    expect(looksLikeName(value)).toBe(expected);
  });
});
