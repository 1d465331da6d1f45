// A translation must be a file, not a code change: the UI components may not write words into
// their markup themselves. This walks the JSX of every UI component and flags English text, as
// JSX text, as a string child ({'Copy'}, {`${n} items`}) or in a text attribute (aria-label,
// title …). Words come from t('…') (utils/i18n.ts); symbols (¶, ×, ?, ·) and page text are fine.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));

// Babel's parser (a pinned devDependency, via @preact/preset-vite) reads TSX; it ships no types,
// so the one function used here is typed by hand.
const { parseSync } = createRequire(import.meta.url)('@babel/core') as {
  parseSync(code: string, options: object): { program: unknown } | null;
};

/** The UI code whose strings must come from _locales (the content script's mounting code is not UI text). */
const UI_DIRS = ['components', 'entrypoints/popup', 'entrypoints/help'];

/** Attributes a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Not words of the UI: an example host name in the "Add a site" field. */
const ALLOWED = new Set(['cables.example.org']);

/** Two letters in a row: a word, not a symbol, number or punctuation. */
const WORDS = /\p{L}{2,}/u;

interface Finding {
  line: number;
  text: string;
}

function isWords(text: string): boolean {
  return WORDS.test(text) && !ALLOWED.has(text.trim());
}

/** Every literal UI text in the JSX of `source`. */
function literalUiText(source: string): Finding[] {
  const ast = parseSync(source, { configFile: false, babelrc: false, parserOpts: { plugins: ['jsx', 'typescript'] } });
  const findings: Finding[] = [];
  const report = (node: { loc?: { start: { line: number } } | null }, text: string) =>
    findings.push({ line: node.loc?.start.line ?? 0, text: text.trim() });
  const visit = (node: unknown, parentType: string | null): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parentType);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as { type?: unknown; [key: string]: unknown };
    if (typeof record.type !== 'string') return;
    const typed = record as { type: string; loc?: { start: { line: number } } | null };
    switch (typed.type) {
      case 'JSXText': {
        const value = String(record.value);
        if (isWords(value)) report(typed, value);
        break;
      }
      case 'JSXAttribute': {
        const name = (record.name as { name?: unknown }).name;
        const value = record.value as { type?: string; value?: unknown } | null;
        // Other attributes (class, id, data-*) are code, not text a reader meets.
        if (typeof name !== 'string' || !TEXT_ATTRIBUTES.has(name)) return;
        if (value?.type === 'StringLiteral' && isWords(String(value.value))) report(typed, String(value.value));
        break;
      }
      case 'StringLiteral':
        // Only a string written straight into the markup ({'Copy'}); strings elsewhere are keys, classes, code.
        if (parentType === 'JSXExpressionContainer' && isWords(String(record.value))) report(typed, String(record.value));
        break;
      case 'TemplateLiteral':
        if (parentType === 'JSXExpressionContainer') {
          const quasis = record.quasis as { value: { cooked?: string | null } }[];
          const text = quasis.map((quasi) => quasi.value.cooked ?? '').join('…');
          if (isWords(text)) report(typed, text);
        }
        break;
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
      visit(value, typed.type);
    }
  };
  visit(ast?.program ?? null, null);
  return findings;
}

function uiFiles(): string[] {
  return UI_DIRS.flatMap((dir) =>
    readdirSync(join(REPO_DIR, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => join(dir, file)),
  );
}

describe('UI components take their words from _locales', () => {
  it('finds literal text where it is (the check itself)', () => {
    const source = [
      "const a = <button title='Copy link'>Copy</button>;",
      "const b = <p aria-label={t('ok')}>{'Not found'} {`${n} paragraphs`}</p>;",
      "const c = <span title={t('x')} class={`cl-chip ${name}`}>¶ × ? · {' '} {n}</span>;",
      'const e = <abbr title={`${label}, not releasable`} />;',
      "const d = <input placeholder='cables.example.org' class='cl-button' data-action='remove-site' />;",
    ].join('\n');
    expect(literalUiText(source)).toEqual([
      { line: 1, text: 'Copy link' },
      { line: 1, text: 'Copy' },
      { line: 2, text: 'Not found' },
      { line: 2, text: '… paragraphs' },
      { line: 4, text: '…, not releasable' },
    ]);
  });

  it('no component writes English words into its markup', () => {
    const files = uiFiles();
    expect(files.length).toBeGreaterThan(25);
    const found = files.flatMap((file) =>
      literalUiText(readFileSync(join(REPO_DIR, file), 'utf8')).map((finding) => `${file}:${finding.line} ${finding.text}`),
    );
    expect(found).toEqual([]);
  });
});
