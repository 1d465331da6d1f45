/**
 * UI strings. The table is public/_locales/en/messages.json (the browser's own i18n format), so a
 * translation is one more `_locales/<lang>/messages.json` file, not a code change. In the extension
 * the browser picks the reader's language (falling back to English itself). Where there is no
 * extension API (unit tests under Node), a table registered with `setFallbackMessages` answers
 * with the same placeholder rules: the extension's bundles do not carry a copy of the table.
 */
import type englishTable from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishTable;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

let fallbackMessages: Readonly<Record<string, MessageEntry>> | null = null;

/** The table that answers where the browser's i18n API is missing or has nothing (utils/english-messages.ts). */
export function setFallbackMessages(table: Readonly<Record<string, MessageEntry>> | null): void {
  fallbackMessages = table;
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

/**
 * Private-use characters stand in for substitutions: the browser fills a message once per key and
 * count, and each call after that only swaps the stand-ins for its values. A native `getMessage`
 * per call cost the overlay milliseconds on long cables (one label per paragraph).
 */
const STAND_INS = ['\uE001', '\uE002', '\uE003', '\uE004', '\uE005', '\uE006', '\uE007', '\uE008', '\uE009'];
const STAND_IN = /[\uE001-\uE009]/g;

/** Filled templates per i18n object (a test may swap the object), keyed `key` + count; '' = no message. */
const templates = new WeakMap<I18nApi, Map<string, string>>();

function browserTemplate(i18n: I18nApi, key: string, count: number): string {
  let cache = templates.get(i18n);
  if (!cache) {
    cache = new Map();
    templates.set(i18n, cache);
  }
  const cacheKey = `${key}\u0000${count}`;
  let template = cache.get(cacheKey);
  if (template === undefined) {
    try {
      // Called on its object: a detached native getMessage throws "Illegal invocation" in Chromium.
      template = i18n.getMessage(key, STAND_INS.slice(0, count)) || '';
    } catch {
      // Test doubles of the extension APIs throw for i18n: the fallback table answers instead.
      template = '';
    }
    cache.set(cacheKey, template);
  }
  return template;
}

/** The UI string `key` in the reader's language (the fallback table's, else the key, when the browser has none to give). */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const list = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  const i18n = browserI18n();
  if (i18n && list.length <= STAND_INS.length) {
    const template = browserTemplate(i18n, key, list.length);
    if (template !== '')
      return list.length === 0 ? template : template.replace(STAND_IN, (standIn) => list[standIn.charCodeAt(0) - 0xe001] ?? '');
  }
  const entry = fallbackMessages?.[key];
  return entry ? formatMessage(entry, list) : key;
}
