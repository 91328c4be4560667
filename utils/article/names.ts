/**
 * Who wrote it: the names in a byline, without what pages put around them.
 *
 * A byline as printed is "By Howard Blume, Staff Writer", "Written by Jane Doe in Science on 1 June 2019",
 * "By Mike Cason | mcason@al.com", "By Ysabel Yates Illustration by Claire Lordon May 10, 2019",
 * "文● オカモト／ASCII編集部", "著者：後藤大地", "Von Anna Muster und Ben Beispiel". The names are what the reader
 * needs on a card; the lead-in, roles, dates, contacts and credits for pictures are not.
 *
 * A name is a person's unless it reads as a desk or an outlet ("Us Weekly Staff", "BWW News Desk", "Redaktion",
 * "AFP"): callers keep a desk only when no person is named.
 */

import { findDates } from './dates';

/** A name found in a byline, and whether it names a desk or outlet rather than a person. */
export interface BylineName {
  name: string;
  desk: boolean;
}

/**
 * Lead-ins before the names: "By", "Written by", "Words by", "Von", "Par", "Por", "Door", "Di", "Av", "Autor:",
 * "Text:", what a piece is before "by" ("A guest post by", "Ein Artikel von", "Un article de"), a content
 * system's "Submitted by" ("Verfasst von", "Gespeichert von", "Publicado por"), two credits joined ("Text und
 * Interview:"), and the Japanese and Chinese author marks (著者, 作者, 文, 記者, 撰文, 筆者) with their separators.
 */
const LEAD_IN =
  /^(?:(?:(?:written|words|story|text|reported|reporting|posted|published|compiled|edited|interview|submitted)\s+by|(?:an?\s+(?:article|story|post|guest post|column|essay|report)\s+by)|(?:ein(?:e)?\s+(?:artikel|beitrag|gastbeitrag|text|kommentar|bericht|kolumne|reportage)\s+von)|(?:geschrieben|verfasst|gepostet|eingestellt|veröffentlicht|gespeichert)\s+von|(?:un(?:e)?\s+(?:article|chronique|tribune|billet)\s+de)|(?:escrito|publicado)\s+por|(?:un\s+art[ií]culo\s+de)|(?:text|texte|texto|words|interview|reportage|recherche)\s*(?:und|and|&|\+|et|y)\s*(?:interview|text|texte|texto|words|recherche|reportage)|by|von|vom|par|por|door|di|av|af|przez|od|autor(?:in|en)?|author(?:s)?|auteur(?:e)?s?|autore|text|texte|texto|redakteur(?:in)?|reporter)\b\s*[:：]?\s*|(?:著者|作者|筆者|文|記者|撰文|撰稿|编辑|編集|執筆|取材|ライター)\s*(?:[:：●・/／|｜]|\s)\s*)/iu;

/** "ByChris Thompson": a lead-in glued to the name that follows (two elements without a space between them). */
const GLUED_BY = /^(?:by|von|par|por)(?=\p{Lu})/u;

/**
 * Where the credits for pictures start: "Illustration by …", "Photographs by …", "Photo: …", "Fotos: …". The
 * byline's own names come before them.
 */
const CREDIT =
  /(?:^|[\s|•·,;(])(?:(?:edited|produced|translated|fact-checked|graphics|design(?:ed)?)\s+by\b|(?:lead |top |cover )?(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?|illustrated|graphics?|artwork|art|animation|video|fotos?|bilder?|ilustraci[oó]n|ilustração|illustrazioni|dessin|infografik)(?:\s+(?:by|von|de|par|por|di))|(?:photo(?:graph)?s?|fotos?|bild|images?|illustration)\s*[:：])/iu;

/**
 * Roles, desks and page furniture that share a line with the names: "Staff Writer", "Senior Editor", "Follow",
 * "Twitter". A part made only of these (and small words) is not a name.
 */
const ROLE_WORDS = new Set([
  'staff',
  'writer',
  'writers',
  'editor',
  'editors',
  'editorial',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'contributor',
  'contributors',
  'contributing',
  'columnist',
  'photographer',
  'producer',
  'senior',
  'associate',
  'assistant',
  'deputy',
  'chief',
  'managing',
  'executive',
  'political',
  'politics',
  'science',
  'health',
  'sports',
  'business',
  'tech',
  'technology',
  'culture',
  'investigative',
  'national',
  'international',
  'foreign',
  'special',
  'digital',
  'freelance',
  'guest',
  'intern',
  'fellow',
  'analyst',
  'host',
  'anchor',
  'critic',
  'opinion',
  'news',
  'desk',
  'team',
  'bureau',
  'wire',
  'service',
  'services',
  'newsroom',
  'follow',
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'email',
  'e-mail',
  'mail',
  'bio',
  'profile',
  'more',
  'view',
  'all',
  'posts',
  'articles',
  'stories',
  'updated',
  'last',
  'published',
  'posted',
  'comments',
  'comment',
  'share',
  'read',
  'min',
  'the',
  'a',
  'an',
  'of',
  'for',
  'at',
  'on',
  'in',
  'and',
  'redakteur',
  'redakteurin',
  'redaktion',
  'korrespondent',
  'korrespondentin',
  'autor',
  'autorin',
  'journalist',
  'journalistin',
  'journaliste',
  'rédacteur',
  'rédactrice',
  'rédaction',
  'envoyé',
  'envoyée',
  'spécial',
  'spéciale',
  'periodista',
  'redactor',
  'redactora',
  'redacción',
  'corresponsal',
  'giornalista',
  'redazione',
  'orcid',
  // Jobs a byline states after the name ("Andrew Hayden, Software Engineer").
  'engineer',
  'developer',
  'manager',
  'designer',
  'scientist',
  'researcher',
  'professor',
  'director',
  'officer',
  'president',
  'founder',
  'co-founder',
  'cofounder',
  'ceo',
  'cto',
  'cfo',
  'vp',
  'lead',
  'head',
  'product',
  'program',
  'programme',
  'software',
  'student',
  'lawyer',
  'attorney',
  'physician',
  'nurse',
  'technologist',
  'strategist',
  'consultant',
  'advisor',
  'adviser',
  'specialist',
  'coordinator',
  'member',
  'partner',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commentator',
  'blogger',
  'chefredakteur',
  'chefredakteurin',
  'mitarbeiter',
  'mitarbeiterin',
  'leiter',
  'leiterin',
]);

/** Words that make a name a desk or an outlet, not a person. */
const DESK_WORDS =
  /(?:^|\s)(?:staff|desk|team|editors|newsroom|bureau|wire|agency|agencies|press|news service|news services|wire services?)$|^(?:redaktion|rédaction|redacción|redazione|the editors|our (?:\S+ )?(?:staff|correspondents?))\b|編集部|編集局|编辑部|記者クラブ|^(?:ap|afp|dpa|reuters|epa|ansa|apa|sda|kna|epd|efe|upi|pa|xinhua|kyodo|jiji|yonhap|associated press|agence france-presse)$/iu;

/** Particles inside names: "Ruth van der Veld", "María de la Maza", "Ahmed bin Ali". */
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'zu',
  'af',
  'st',
  'mc',
  'mac',
]);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;

/** Separators between the lines of a byline (element boundaries arrive as line breaks); commas split a line. */
const SEGMENT_SEPARATORS = /\s*(?:\n|\||｜|•|·|／|\/|;|\s[-–—]\s)\s*/u;
/** Joiners between names: "A and B", "A und B", "A et B", "A y B", "A & B", "A、B", "A e B". */
const NAME_JOINERS = /\s*(?:&|、|，)\s*|\s+(?:and|und|et|y|e|i|en|og|och|ja|и)\s+/iu;

/**
 * What follows a name on the same line and is not part of it: " in Science", " on 1 June 2019", " for The
 * Guardian", " at 10:00", " am 5. Mai". Cut there.
 */
const AFTER_NAME = /\s+(?:in|on|at|for|from|am|um|le|el|il|em|op|w|the)\s+\S|\s+\d|\s*\(|\s+-\s|\s+[–—]\s/u;

function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase().replace(/[.:]+$/, ''));
}

/**
 * A part of a byline line without its lead-in and what follows the name on it, or null when nothing is left or
 * it is contact or a count ("mcason@al.com", "Comments (42)").
 */
function namePart(raw: string): string | null {
  let part = raw.trim().replace(GLUED_BY, '');
  for (let previous = ''; previous !== part; ) {
    previous = part;
    part = part.replace(LEAD_IN, '').trim();
  }
  if (part === '' || /^[\p{P}\p{S}\s]*$/u.test(part)) return null;
  // A label whose value was a date or a link ("Data:", "Datum:") names nobody.
  if (/[:：]$/.test(part)) return null;
  // An e-mail address, a handle or a link is contact, not a name; a number in brackets is a counter.
  if (/@|:\/\/|^www\./i.test(part) && !/\s/.test(part.replace(/^@/, ''))) return null;
  if (/\(\s*\d[\d.,\s]*\)/.test(part)) return null;
  const after = part.match(AFTER_NAME);
  if (after?.index !== undefined && after.index > 0) part = part.slice(0, after.index);
  return part;
}

/** Whether `part` reads as a name (of a person or a desk): a few words, no sentence, not only roles. */
export function looksLikeName(part: string): boolean {
  const value = part.trim();
  if (value.length < 2 || value.length > 60 || !LETTER.test(value) || isPlaceholderAuthor(value))
    return false;
  if (/[\d@]|:\/\/|www\./i.test(value)) return false;
  // A domain ("BroadwayWorld.com") names the site.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu.test(value)) return false;
  if (CJK.test(value)) return value.replace(/\s+/g, '').length <= 20;
  const words = value.split(/\s+/);
  if (words.length > 6) return false;
  // Sentence punctuation is no name; initials ("J. R. R. Tolkien") and hyphens are.
  if (/[!?;"“”]|\.\s*$/.test(value.replace(/\b\p{L}\./gu, ''))) return false;
  const nameWords = words.filter((word) => !PARTICLES.has(word.toLowerCase()) && !isRoleWord(word));
  if (nameWords.length === 0) return false;
  // A desk ("BWW News Desk") is a name too; roles alone ("Staff Writer") are not.
  if (DESK_WORDS.test(value)) return true;
  return words.every((word) => !isRoleWord(word) || PARTICLES.has(word.toLowerCase()));
}

/** A content system's stand-in for a missing author ("No Author", "admin", "Unknown") or contact only: nobody. */
const PLACEHOLDER_AUTHOR =
  /^(?:no author|no byline|unknown(?: author)?|author|admin|administrator|webmaster|guest|none|null|undefined|n\/a|autor unbekannt|unbekannt|inconnu|desconocido)$/iu;

/** An e-mail address (also written "name[at]host") or a bare domain ("example.de") is contact, not an author. */
const CONTACT_ONLY = /^(?:\S+(?:@|\[at\]|\(at\))\S+|(?:[\p{L}\p{N}-]+\.)+[a-z]{2,})$/iu;

export function isPlaceholderAuthor(value: string): boolean {
  const trimmed = value.trim();
  return PLACEHOLDER_AUTHOR.test(trimmed) || CONTACT_ONLY.test(trimmed);
}

export function isDesk(name: string): boolean {
  return DESK_WORDS.test(name.trim());
}

/** Trims quotes, brackets and punctuation around a name: "《KT》" → "KT", "Jane Doe," → "Jane Doe". */
function trimName(value: string): string {
  return value
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/[\s\p{P}\p{S}]+$/u, (tail) =>
      /^\.$/.test(tail.trim()) && /\s\p{L}\.$/u.test(value) ? '.' : '',
    )
    .trim();
}

/** Drops roles written after or before a name inside one part: "Staff Writer Jane Doe" → "Jane Doe". */
function withoutRoles(part: string): string {
  const words = part.split(/\s+/);
  let start = 0;
  let end = words.length;
  while (start < end && isRoleWord(words[start] ?? '') && !DESK_WORDS.test(part)) start++;
  while (end > start && isRoleWord(words[end - 1] ?? '') && !DESK_WORDS.test(part)) end--;
  return words.slice(start, end).join(' ');
}

/**
 * The names of a byline's text, in order, each once. `text` may hold line breaks where the page's elements
 * met without a space ("Howard Blume⏎Staff Writer"); they separate parts like commas do.
 */
export function bylineNames(text: string): BylineName[] {
  let line = text.normalize('NFKC').replace(/[\u00a0\u2009\u202f]/g, ' ');
  // Dates and times are no names ("Editor⏎December 20, 2016"): each becomes a separator.
  const dates = findDates(line);
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i];
    if (date !== undefined) line = `${line.slice(0, date.start)}\n${line.slice(date.end)}`;
  }
  const credit = line.match(CREDIT);
  if (credit?.index !== undefined) line = line.slice(0, credit.index);
  const names: BylineName[] = [];
  const seen = new Set<string>();
  // "Richard (R.J.) Eskow": a nickname or initials in brackets inside a name go; "(avec A et B)", "(with A and B)"
  // lists co-authors.
  line = line
    .replace(/\s*\((?:avec|with|mit|con|com|met)\s+/giu, '\n')
    .replace(/\s*\([^()\n]{1,12}\)(?=\s+\p{Lu})/gu, '');
  for (const segment of line.split(SEGMENT_SEPARATORS)) {
    // Within one line, what follows a part that is no name is that person's job and employer ("By Jane Doe,
    // Senior Technologist, ACLU Speech, Privacy and Technology Project"): the line stops there.
    for (const rawPart of segment.split(',')) {
      const part = namePart(rawPart);
      if (part === null) continue;
      let named = false;
      for (const piece of part.split(NAME_JOINERS)) {
        const name = trimName(withoutRoles(piece.replace(LEAD_IN, '').trim()));
        if (!looksLikeName(name)) continue;
        named = true;
        const key = name.toLowerCase().replace(/\s+/g, ' ');
        if (seen.has(key)) continue;
        seen.add(key);
        names.push({ name, desk: isDesk(name) });
      }
      if (!named) break;
    }
  }
  return withoutLoneWords(names);
}

/**
 * Beside a full name, a lone word is a label, a handle, an outlet or a weekday ("Jane Doe, BuzzFeed", "Erin
 * Cunningham, erinmcunningham", "Joe Wee, Monday"); a byline of lone words is a list of user names and stays.
 */
export function withoutLoneWords(names: readonly BylineName[]): BylineName[] {
  const isFull = (n: BylineName): boolean => /\s/.test(n.name) || CJK.test(n.name);
  const full = names.some((n) => !n.desk && isFull(n));
  return full ? names.filter((n) => n.desk || isFull(n)) : [...names];
}

/**
 * The people among `names`, or, when none is a person, the desks: "never the desk when a person is named".
 */
export function preferPeople(names: readonly BylineName[]): BylineName[] {
  const people = names.filter((n) => !n.desk);
  return people.length > 0 ? people : [...names];
}
