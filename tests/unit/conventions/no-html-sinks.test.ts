// Page text must never become HTML. Biome enforces this in the editor (biome.json overrides and
// lint/no-html-sinks.grit); this test is the backstop that also reads comments, HTML and CSS, so the
// words do not appear in extension code at all and a reviewer never has to wonder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));
const EXTENSION_DIRS = ['entrypoints', 'components', 'utils'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|html|css)$/;

/** Each sink with the pattern that finds it (`outerHTML` only when assigned: reading it is harmless). */
const HTML_SINKS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['innerHTML', /innerHTML/],
  ['outerHTML =', /outerHTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\s*\.\s*write/],
];

/** "file:line: sink" for every sink found in a source text. */
function findHtmlSinks(file: string, source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, index) => {
    for (const [name, pattern] of HTML_SINKS) if (pattern.test(line)) found.push(`${file}:${index + 1}: ${name}`);
  });
  return found;
}

function extensionSourceFiles(): string[] {
  return EXTENSION_DIRS.flatMap((dir) =>
    readdirSync(join(REPO_DIR, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => SOURCE_FILE.test(file))
      .map((file) => join(dir, file)),
  );
}

describe('the HTML-sink scan', () => {
  it('finds every sink, in code and in comments', () => {
    const sample = [
      'el.innerHTML = text;',
      '// never use insertAdjacentHTML here',
      'host.outerHTML = markup;',
      'node.outerHTML += more;',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(page);',
      'document .writeln(page);',
    ].join('\n');
    expect(findHtmlSinks('sample.ts', sample)).toEqual([
      'sample.ts:1: innerHTML',
      'sample.ts:2: insertAdjacentHTML',
      'sample.ts:3: outerHTML =',
      'sample.ts:4: outerHTML =',
      'sample.ts:5: dangerouslySetInnerHTML',
      'sample.ts:6: document.write',
      'sample.ts:7: document.write',
    ]);
  });

  it('lets harmless reads and comparisons of outerHTML pass', () => {
    expect(findHtmlSinks('ok.ts', 'const before = root.outerHTML;\nexpect(root.outerHTML === before);\nel.textContent = text;')).toEqual(
      [],
    );
  });
});

describe('extension code (entrypoints/, components/, utils/)', () => {
  const files = extensionSourceFiles();

  it('is all scanned', () => {
    // The overlay, popup, content script, parser and adapters: far more than a handful of files.
    expect(files.length).toBeGreaterThan(80);
    expect(files).toContain(join('components', 'cable-overlay.tsx'));
    expect(files).toContain(join('entrypoints', 'popup', 'index.html'));
  });

  it('never names an HTML sink', () => {
    const found = files.flatMap((file) => findHtmlSinks(file, readFileSync(join(REPO_DIR, file), 'utf8')));
    expect(found).toEqual([]);
  });
});

describe('biome.json', () => {
  const config = JSON.parse(readFileSync(join(REPO_DIR, 'biome.json'), 'utf8')) as {
    overrides: { includes: string[]; plugins?: string[]; linter?: { rules?: Record<string, Record<string, unknown>> } }[];
  };

  it('forbids the same sinks as a lint rule on extension code', () => {
    const extension = config.overrides.find((override) => override.includes.includes('components/**'));
    expect(extension?.includes).toEqual(expect.arrayContaining(['entrypoints/**', 'components/**', 'utils/**']));
    expect(extension?.plugins).toEqual(['./lint/no-html-sinks.grit']);
    const restricted = extension?.linter?.rules?.nursery?.noJsRestrictedProperties as { options: { entries: { property: string }[] } };
    expect(restricted.options.entries.map((entry) => entry.property)).toEqual(
      expect.arrayContaining(['innerHTML', 'insertAdjacentHTML', 'write']),
    );
    const grit = readFileSync(join(REPO_DIR, 'lint/no-html-sinks.grit'), 'utf8');
    expect(grit).toContain('`$target.innerHTML = $value`');
    expect(grit).toContain('`$target.outerHTML = $value`');
  });
});
