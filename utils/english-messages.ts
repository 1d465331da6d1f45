// The English UI strings as the fallback table, for code that runs without the extension APIs
// (the unit tests register it in their setup). The extension never imports this: the browser reads
// public/_locales itself, and the table stays out of every bundle.
import english from '../public/_locales/en/messages.json';
import { setFallbackMessages } from './i18n.ts';

export function registerEnglishFallback(): void {
  setFallbackMessages(english);
}
