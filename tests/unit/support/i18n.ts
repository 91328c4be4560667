import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, Message>;

/** Chrome's getMessage for the English locale: named placeholders resolve to $1, $2… substitutions. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
  });
}

/** fakeBrowser does not implement i18n; component tests get the real English strings. */
export function installEnglishI18n(): void {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
