/**
 * UI strings. The table is public/_locales/en/messages.json (the browser's own i18n format), so a
 * translation is one more `_locales/<lang>/messages.json` file, not a code change. In the extension
 * the browser picks the reader's language; under Node and in unit tests (no extension APIs) the
 * bundled English table answers, with the same placeholder rules.
 */
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/** The browser's i18n API where it exists: synchronous and identical in `browser` and `chrome`, so no polyfill. */
function browserI18n(): I18nApi | null {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n ?? null;
}

/**
 * The browser's rules, for the English table: `$NAME$` is the placeholder NAME (any case), whose
 * content `$1`…`$9` is the matching substitution; `$$` is a literal dollar sign.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  const substitute = (text: string) => text.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? match : substitute(content);
  });
}

/** The UI string `key` in the reader's language (English when the browser has none to give). */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const list = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  const i18n = browserI18n();
  if (i18n) {
    try {
      // Called on its object: a detached native getMessage throws "Illegal invocation" in Chromium.
      const translated = i18n.getMessage(key, list);
      if (translated) return translated;
    } catch {
      // Test doubles of the extension APIs throw for i18n: the English table answers instead.
    }
  }
  return formatMessage(english[key], list);
}
