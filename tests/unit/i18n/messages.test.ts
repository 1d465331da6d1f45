// The UI strings table (public/_locales/en/messages.json) and the code that uses it must agree:
// a key used in code but missing from the table shows an empty string in the browser, and a key in
// the table that no code uses is dead weight for every translator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerEnglishFallback } from '../../../utils/english-messages.ts';
import { formatMessage, setFallbackMessages, t } from '../../../utils/i18n.ts';

const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));

interface Entry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const MESSAGES = JSON.parse(readFileSync(join(REPO_DIR, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
const KEYS = Object.keys(MESSAGES);

/** Every source file that can show a UI string, with its text. */
function uiSources(): { file: string; text: string }[] {
  const files = ['components', 'entrypoints', 'utils'].flatMap((dir) =>
    readdirSync(join(REPO_DIR, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx|html)$/.test(file))
      .map((file) => join(dir, file)),
  );
  return [...files, 'wxt.config.ts'].map((file) => ({ file, text: readFileSync(join(REPO_DIR, file), 'utf8') }));
}

afterEach(() => vi.unstubAllGlobals());

describe('messages.json', () => {
  it('holds the UI strings, each with a description for translators', () => {
    expect(KEYS.length).toBeGreaterThan(90);
    for (const [key, entry] of Object.entries(MESSAGES)) {
      // Chrome accepts ASCII letters, digits and underscores in message names.
      expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description.trim(), key).not.toBe('');
    }
  });

  it('defines every placeholder a message uses, and uses every one it defines', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
      const defined = Object.keys(entry.placeholders ?? {})
        .map((name) => name.toLowerCase())
        .sort();
      expect(used, key).toEqual(defined);
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('never closes a comment: WXT copies messages and descriptions into JSDoc (.wxt/types/i18n.d.ts)', () => {
    // "(pattern */cable/*)" in a description once broke every `tsc` run.
    for (const [key, entry] of Object.entries(MESSAGES)) expect(`${entry.message} ${entry.description}`, key).not.toContain('*/');
  });

  it('names the extension, with a description within the Chrome Web Store’s 132 characters', () => {
    expect(MESSAGES.extension_name!.message).toBe('Cable Lens');
    expect(MESSAGES.extension_description!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('code and messages.json agree', () => {
  const sources = uiSources();
  const all = sources.map((source) => source.text).join('\n');

  it('every key the code asks for exists', () => {
    const asked = new Set<string>();
    for (const { text } of sources) {
      for (const match of text.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) asked.add(match[1]!);
      for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(match[1]!);
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !(key in MESSAGES))).toEqual([]);
  });

  it('every key in the table is used by the code', () => {
    // A key is used where it is named: t('key'), a MessageKey table ('key'), or __MSG_key__ in the manifest.
    const unused = KEYS.filter((key) => !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('the manifest takes its name and description from the table', () => {
    const config = sources.find((source) => source.file === 'wxt.config.ts')!.text;
    expect(config).toContain("default_locale: 'en'");
    expect(config).toContain("name: '__MSG_extension_name__'");
    expect(config).toContain("description: '__MSG_extension_description__'");
  });
});

describe('formatMessage (the browser’s placeholder rules, for the bundled English table)', () => {
  it('puts substitutions where the placeholders are, whatever their case', () => {
    const entry = { message: 'Cable $ID$ has $Count$ paragraphs', placeholders: { id: { content: '$1' }, COUNT: { content: '$2' } } };
    expect(formatMessage(entry, ['09ASTANA559', '4'])).toBe('Cable 09ASTANA559 has 4 paragraphs');
  });

  it('leaves missing substitutions empty and keeps $$ as a dollar sign', () => {
    expect(formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, [])).toBe('Costs $5 for ');
  });

  it('does not treat a substitution as a placeholder (page text stays text)', () => {
    expect(t('popup_site_added', '$HOST$ <b>x</b>')).toBe('Added $HOST$ <b>x</b>');
  });
});

describe('t()', () => {
  it('falls back to English where the browser has no i18n API (Node, unit tests)', () => {
    expect(t('status_showing_many', '3')).toBe('Cable Lens is showing 3 cables');
    expect(t('status_paragraph', ['1'])).toBe('1 paragraph');
  });

  it('asks the browser first, with the substitutions, on the i18n object', () => {
    const i18n = {
      getMessage(this: unknown, key: string, substitutions: string[]) {
        expect(this).toBe(i18n);
        return key === 'popup_reset' ? 'Standard wiederherstellen' : `${key}:${substitutions.join(',')}`;
      },
    };
    vi.stubGlobal('browser', { i18n });
    expect(t('popup_reset')).toBe('Standard wiederherstellen');
    expect(t('status_cable', '09ASTANA559')).toBe('status_cable:09ASTANA559');
  });

  it('fills each message once per key and count; later calls only swap in their values', () => {
    // A browser-like getMessage: the English table with the browser's placeholder rules.
    const table = JSON.parse(readFileSync(fileURLToPath(new URL('../../../public/_locales/en/messages.json', import.meta.url)), 'utf8'));
    const calls: string[] = [];
    const i18n = {
      getMessage(key: string, substitutions: string[]) {
        calls.push(key);
        return formatMessage(table[key], substitutions);
      },
    };
    vi.stubGlobal('browser', { i18n });
    expect(t('status_cable', '09ASTANA559')).toBe('Cable 09ASTANA559');
    expect(t('status_cable', '04ANKARA348')).toBe('Cable 04ANKARA348');
    // Values are inserted as written, never read as placeholders or stand-ins themselves.
    expect(t('status_cable', '$1 $$ \uE001')).toBe('Cable $1 $$ \uE001');
    expect(t('popup_reset')).toBe('Reset to defaults');
    expect(t('popup_reset')).toBe('Reset to defaults');
    expect(calls).toEqual(['status_cable', 'popup_reset']);
  });

  it('answers with the key where neither the browser nor a fallback table has the string', () => {
    // The extension's bundles carry no table: there the browser always answers (default_locale en).
    setFallbackMessages(null);
    try {
      expect(t('popup_reset')).toBe('popup_reset');
    } finally {
      registerEnglishFallback();
    }
    expect(t('popup_reset')).toBe('Reset to defaults');
  });

  it('falls back to English when the browser returns nothing or throws', () => {
    vi.stubGlobal('browser', { i18n: { getMessage: () => '' } });
    expect(t('popup_reset')).toBe('Reset to defaults');
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {
      i18n: {
        getMessage: () => {
          throw new Error('not mocked');
        },
      },
    });
    expect(t('help_title')).toBe('How to read a cable');
  });
});
