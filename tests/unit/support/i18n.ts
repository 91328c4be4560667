import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

const localesDir = path.resolve(__dirname, '../../../public/_locales');

function load(folder: string): Catalogue | undefined {
  const file = path.join(localesDir, folder, 'messages.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalogue) : undefined;
}

const english = load('en') as Catalogue;

/** Chrome's substitution: named placeholders resolve to their `$1`, `$2`… content, then to the values. */
function format(entry: Message | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
  });
}

/** Chrome's getMessage for the English locale: named placeholders resolve to $1, $2… substitutions. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  return format(english[key], substitutions);
}

/** fakeBrowser does not implement i18n; component tests get the real English strings. */
export function installEnglishI18n(): void {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}

/**
 * The browser with its UI in `uiLanguage` (`uk`, `de-AT`, `pt-BR`), resolving messages as Chrome does:
 * the catalogue of the full tag, else of the language, else the default (English); a key the chosen
 * catalogue lacks comes from English.
 */
export function installUiLanguage(uiLanguage: string): void {
  const [language = 'en', region] = uiLanguage.split('-');
  const catalogue = (region ? load(`${language}_${region}`) : undefined) ?? load(language) ?? english;
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    format(catalogue[key] ?? english[key], substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
